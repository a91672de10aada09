using Campaign.Documents.Tests.Support;
using Campaign.Testing;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Campaign.Documents.Tests.Rendering;

public sealed class PdfOutputTests
{
    private static readonly byte[] Sample = new SampleDocument().GeneratePdf();

    [Fact]
    public void Text_is_extracted_in_reading_order_on_the_right_pages()
    {
        var pdf = Document.Create(c => c.Page(page =>
        {
            page.Size(PageSizes.A5);
            page.Margin(30);
            page.Content().Column(col =>
            {
                col.Spacing(6);
                for (var i = 1; i <= 30; i++)
                    col.Item().Text($"Paragraph {i:00}: {Lorem.WordsOf(20, i)} end.");
            });
        })).GeneratePdf();

        var pages = PdfText.Pages(pdf);

        Assert.True(pages.Count >= 2);
        var seen = new List<int>();
        foreach (var text in pages)
        {
            var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"Paragraph (\d\d):").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(numbers);
            Assert.Equal(numbers.Order(), numbers);
            seen.AddRange(numbers);
        }

        Assert.Equal(Enumerable.Range(1, 30), seen);
        Assert.Contains($"Paragraph 01: {Lorem.WordsOf(20, 1)} end.", pages[0]);
    }

    [Fact]
    public void Unicode_text_round_trips()
    {
        var pdf = Document.Create(c => c.Page(page => page.Content().Text(t =>
        {
            t.Span("Łódź £12 – it’s ");
            t.Span("Żółć").Bold();
            t.Span(" ŚĆĘ").Italic();
        }))).GeneratePdf();

        Assert.Equal("Łódź £12 – it’s Żółć ŚĆĘ", PdfText.Squash(PdfText.PageTexts(pdf).Single()));
    }

    [Fact]
    public void Page_number_and_total_appear_on_each_page()
    {
        var pages = PdfText.PageTexts(Sample);

        Assert.True(pages.Count >= 2);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"Page {i + 1} of {pages.Count}", PdfText.Squash(pages[i]));
    }

    [Fact]
    public void The_table_header_is_repeated_on_every_page_the_table_spans()
    {
        var pages = PdfText.Pages(Sample);
        var tablePages = pages.Where(p => p.Contains("Contact ", StringComparison.Ordinal)).ToList();

        Assert.True(tablePages.Count >= 2);
        Assert.All(tablePages, p => Assert.Contains("# Name Notes Amount", p));
    }

    [Fact]
    public void Metadata_is_written()
    {
        using var document = PdfPigDocument.Open(Sample);
        var info = document.Information;

        Assert.Equal("Stakeholder briefing – Łódź", info.Title);
        Assert.Equal("Campaign tests", info.Author);
        Assert.Equal("Layout engine sample", info.Subject);
        Assert.Equal("campaign, pdf, sample", info.Keywords);
        Assert.Equal("Campaign", info.Creator);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), info.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets()
    {
        using var document = PdfPigDocument.Open(Sample);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();

        // A subset's name carries a six-letter tag: "ABCDEF+Liberation Sans".
        Assert.Contains(fonts, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^[A-Z]{6}\+Liberation Sans$"));
        Assert.Contains(fonts, f => f.EndsWith("Liberation Sans,Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.EndsWith("Liberation Sans,Italic", StringComparison.Ordinal));
        // Each full face is ~400 KB; subsets keep the whole sample far below one.
        Assert.True(Sample.Length < 200_000, $"{Sample.Length} bytes");
    }

    [Fact]
    public void The_output_passes_qpdf_check()
    {
        var (exitCode, output) = PdfText.QpdfCheck(Sample);

        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public void Hyperlinks_become_link_annotations_over_the_content()
    {
        var pdf = Document.Create(c => c.Page(page =>
        {
            page.Size(400, 300);
            page.Margin(50);
            page.Content().Column(col =>
            {
                col.Item().Height(100);
                col.Item().Hyperlink("https://example.com/a").Width(120).Height(20).Background("#EEEEEE");
            });
        })).GeneratePdf();

        using var document = PdfPigDocument.Open(pdf);
        var link = document.GetPage(1).GetAnnotations().Single(a => a.Type == AnnotationType.Link);

        Assert.Equal("https://example.com/a", Assert.IsType<UriAction>(link.Action).Uri);
        // PDF space is bottom-up: top of the link at 300 - 50 - 100 = 150.
        Assert.Equal(50, link.Rectangle.Left, 2);
        Assert.Equal(170, link.Rectangle.Right, 2);
        Assert.Equal(150, link.Rectangle.Top, 2);
        Assert.Equal(130, link.Rectangle.Bottom, 2);
    }

    [Fact]
    public void Sections_become_bookmarks_pointing_at_their_pages()
    {
        var pdf = Document.Create(c => c.Page(page => page.Content().Column(col =>
        {
            col.Item().Section("Part 1").Column(part =>
            {
                part.Item().Text("intro");
                part.Item().PageBreak();
                part.Item().Section("Chapter 1.1").Text("details");
            });
            col.Item().Section("Part 2").Text("more");
        }))).GeneratePdf();

        using var document = PdfPigDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));

        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Part 1", "Part 2"], roots.Select(r => r.Title));
        Assert.Equal([1, 2], roots.Select(r => r.PageNumber));
        var chapter = Assert.IsType<DocumentBookmarkNode>(Assert.Single(roots[0].Children));
        Assert.Equal(("Chapter 1.1", 2), (chapter.Title, chapter.PageNumber));
    }

    [Fact]
    public void Png_and_jpeg_images_are_drawn_fitted_to_the_width()
    {
        var jpeg = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "page.jpg"));
        var pdf = Document.Create(c => c.Page(page =>
        {
            page.Size(400, 800);
            page.Margin(50);
            page.Content().Column(col =>
            {
                col.Item().Image(TestImages.Png(200, 100));
                col.Item().Width(100).Image(jpeg);
            });
        })).GeneratePdf();

        using var document = PdfPigDocument.Open(pdf);
        var images = document.GetPage(1).GetImages().OrderByDescending(i => i.BoundingBox.Top).ToList();

        Assert.Equal(2, images.Count);
        Assert.Equal((300, 150), (Math.Round(images[0].BoundingBox.Width), Math.Round(images[0].BoundingBox.Height)));
        Assert.Equal((100, 141), (Math.Round(images[1].BoundingBox.Width), Math.Round(images[1].BoundingBox.Height)));
        Assert.Equal(0, PdfText.QpdfCheck(pdf).ExitCode);
    }

    [Fact]
    public void Generating_into_a_stream_writes_the_same_document()
    {
        using var stream = new MemoryStream();
        new SampleDocument().GeneratePdf(stream);

        Assert.Equal(PdfText.PageTexts(Sample), PdfText.PageTexts(stream.ToArray()));
    }

    [Fact]
    public void Generating_into_a_stream_returns_the_number_of_pages_written()
    {
        using var stream = new MemoryStream();

        var pages = new SampleDocument().GeneratePdf(stream);

        Assert.True(pages > 1);
        Assert.Equal(PdfText.PageTexts(stream.ToArray()).Count, pages);
    }

    [Fact]
    public void Documents_render_concurrently_from_several_threads()
    {
        var expected = PdfText.PageTexts(Sample);

        var results = new byte[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = new SampleDocument().GeneratePdf());

        Assert.All(results, pdf => Assert.Equal(expected, PdfText.PageTexts(pdf)));
    }
}
