using Campaign.Testing;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Campaign.Documents.Tests.Rendering;

public sealed class ImportedPagesTests
{
    /// <summary>A small PDF of its own: <paramref name="pages"/> pages of 300×400 pt saying which page they are.</summary>
    private static byte[] External(string name, int pages) => Document.Create(c => c.Page(page =>
    {
        page.Size(300, 400);
        page.Margin(30);
        page.Content().Column(col =>
        {
            for (var i = 1; i <= pages; i++)
            {
                if (i > 1) col.Item().PageBreak();
                col.Item().Text($"{name} sheet {i}");
            }
        });
    })).GeneratePdf();

    private static void Footer(IContainer footer) => footer.AlignRight().Text(t =>
    {
        t.Span("Page ");
        t.CurrentPageNumber();
        t.Span(" of ");
        t.TotalPages();
    });

    private static byte[] WithAppendices(params (string Title, byte[] Pdf)[] appendices) => Document.Create(c =>
    {
        c.Page(page =>
        {
            page.Margin(40);
            page.Content().Column(col =>
            {
                col.Item().Text("Own pages");
                foreach (var (title, _) in appendices)
                    col.Item().Text(t =>
                    {
                        t.Span($"{title} starts on page ");
                        t.PageNumberOf(title);
                    });
            });
            page.Footer().Element(Footer);
        });
        foreach (var (title, pdf) in appendices)
            c.Page(page =>
            {
                page.Margin(20);
                page.Location(title).ImportPages(pdf, title);
                page.Footer().Element(Footer);
            });
    }).GeneratePdf();

    [Fact]
    public void Imported_pages_follow_the_own_pages_and_the_numbering_runs_on_through_them()
    {
        var pdf = WithAppendices(("Alpha", External("Alpha", 2)), ("Beta", External("Beta", 3)));

        var pages = PdfText.Pages(pdf);
        Assert.Equal(6, pages.Count);
        Assert.Contains("Alpha starts on page 2", pages[0]);
        Assert.Contains("Beta starts on page 4", pages[0]);
        Assert.Contains("Page 1 of 6", pages[0]);
        Assert.Contains("Alpha sheet 2", pages[2]);
        Assert.Contains("Page 3 of 6", pages[2]);
        Assert.Contains("Beta sheet 3", pages[5]);
        Assert.Contains("Page 6 of 6", pages[5]);
    }

    [Fact]
    public void Imported_pages_keep_their_own_size_and_get_a_bookmark()
    {
        var pdf = WithAppendices(("Alpha", External("Alpha", 2)));

        using var document = PdfPigDocument.Open(pdf);
        var sizes = document.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))).ToList();
        Assert.Equal([(595.0, 842.0), (300.0, 400.0), (300.0, 400.0)], sizes);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains("Alpha", bookmarks.GetNodes().Select(n => n.Title));
    }

    [Fact]
    public void The_output_with_imported_pages_passes_qpdf_check()
    {
        var (exitCode, output) = PdfText.QpdfCheck(WithAppendices(("Alpha", External("Alpha", 2)), ("Beta", External("Beta", 1))));

        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_refused_naming_the_document()
    {
        var error = Assert.Throws<DocumentLayoutException>(() => WithAppendices(("Minutes.docx", "PK\u0003\u0004 not a pdf"u8.ToArray())));

        Assert.Contains("“Minutes.docx” could not be read as a PDF", error.Message);
    }

    [Fact]
    public void An_imported_run_cannot_also_have_content()
    {
        var error = Assert.Throws<DocumentLayoutException>(() => Document.Create(c => c.Page(page =>
        {
            page.ImportPages(External("Alpha", 1), "Alpha");
            page.Content().Text("mine");
        })).GeneratePdf());

        Assert.Contains("cannot have content of its own", error.Message);
    }

    [Fact]
    public void A_page_number_of_an_unknown_location_is_an_error()
    {
        var error = Assert.Throws<DocumentLayoutException>(() => Document.Create(c => c.Page(page =>
            page.Content().Text(t => t.PageNumberOf("Nowhere")))).GeneratePdf());

        Assert.Contains("No run of pages is named “Nowhere”", error.Message);
    }
}
