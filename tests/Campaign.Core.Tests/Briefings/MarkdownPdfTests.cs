using Campaign.Briefings.Pdf;
using Campaign.Documents;
using Campaign.Templates;
using Campaign.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace Campaign.Core.Tests.Briefings;

public sealed class MarkdownPdfTests
{
    private const string Markdown = """
        # Main heading

        A paragraph with **bold words**, *italic words* and ***both***.

        ## Second heading

        - First bullet
        - Second bullet
          - Nested bullet

        1. First step
        2. Second step

        | Ask | Why it matters |
        |---|---|
        | Registration | Patient safety |
        | PGDs | Faster CT lists |

        > A quoted line from the roundtable.

        Links: [IPEM](https://www.ipem.ac.uk), [write to us](mailto:info@ipem.example) and [a trap](javascript:alert(1)).
        """;

    private static byte[] Render(string markdown) => Document.Create(c => c.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(40);
        page.DefaultTextStyle(s => s.FontSize(10));
        page.Content().Element(container => MarkdownComposer.Compose(container, StatementMarkdown.Parse(markdown)));
    })).GeneratePdf();

    [Fact]
    public void Headings_paragraphs_lists_tables_quotes_and_links_come_out_in_order()
    {
        var text = PdfText.All(Render(Markdown));

        Assert.Equal(
            "Main heading A paragraph with bold words, italic words and both. Second heading • First bullet • Second bullet – Nested bullet " +
            "1. First step 2. Second step Ask Why it matters Registration Patient safety PGDs Faster CT lists " +
            "A quoted line from the roundtable. Links: IPEM, write to us and a trap.",
            text);
    }

    [Fact]
    public void Headings_are_larger_and_bold_and_emphasis_uses_bold_and_italic_faces()
    {
        using var pdf = PdfDocument.Open(Render(Markdown));
        var words = pdf.GetPage(1).GetWords().ToList();
        string Font(string word) => words.First(w => w.Text.StartsWith(word, StringComparison.Ordinal)).Letters[0].FontName ?? "";
        double Size(string word) => words.First(w => w.Text.StartsWith(word, StringComparison.Ordinal)).Letters[0].PointSize;

        Assert.True(Size("Main") > Size("Second") && Size("Second") > Size("paragraph"));
        Assert.EndsWith("Liberation Sans,Bold", Font("Main"));
        Assert.EndsWith("Liberation Sans,Bold", Font("bold"));
        Assert.EndsWith("Liberation Sans,Italic", Font("italic"));
        Assert.EndsWith("Liberation Sans,BoldItalic", Font("both"));
        Assert.EndsWith("Liberation Sans,Italic", Font("quoted"));
        Assert.EndsWith("Liberation Sans,Bold", Font("Ask"));
        Assert.EndsWith("+Liberation Sans", Font("Registration"));
    }

    [Fact]
    public void Only_http_https_and_mailto_links_become_links()
    {
        using var pdf = PdfDocument.Open(Render(Markdown));

        var targets = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == AnnotationType.Link)
            .Select(a => Assert.IsType<UriAction>(a.Action).Uri).Distinct().ToList();

        Assert.Equal(["https://www.ipem.ac.uk", "mailto:info@ipem.example"], targets);
    }

    [Fact]
    public void Raw_html_prints_as_text()
    {
        var text = PdfText.All(Render("Before <b>not bold</b> after"));

        Assert.Equal("Before <b>not bold</b> after", text);
    }
}
