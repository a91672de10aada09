using System.Text;
using Campaign.Documents.Rendering;
using Campaign.Documents.Tests.Support;

namespace Campaign.Documents.Tests.Rendering;

public sealed class FluentApiTests
{
    private sealed class AddressBlock(string name, string city) : IComponent
    {
        public void Compose(IContainer container) => container.Column(col =>
        {
            col.Item().Text(name).Bold();
            col.Item().Text(city);
        });
    }

    private static IContainer CellStyle(IContainer container) => container.Border(0.5).Padding(4);

    private static RecordedPage RenderOne(Action<IContainer> content)
    {
        var canvas = new RecordingCanvas();
        DocumentRenderer.Render(Document.Create(c => c.Page(page => content(page.Content()))), canvas);
        return canvas.Pages.Single();
    }

    [Fact]
    public void Components_compose_into_the_container_they_are_given()
    {
        var page = RenderOne(c => c.Padding(10).Component(new AddressBlock("Ada", "Łódź")));

        Assert.Equal(["Ada", "Łódź"], page.Texts.Select(t => t.Text));
        Assert.Equal(Fonts.FontFace.Bold, page.Texts[0].Face);
        Assert.Equal(10, page.Texts[0].X);
    }

    [Fact]
    public void Element_applies_a_reusable_style_and_continues_the_chain()
    {
        var page = RenderOne(c => c.Element(CellStyle).Text("cell"));

        Assert.Equal(4, page.Texts.Single().X);
        Assert.Equal(4, page.Rectangles.Count);
    }

    [Fact]
    public void Text_block_default_style_applies_to_its_spans_unless_they_override_it()
    {
        var page = RenderOne(c => c.Text(t =>
        {
            t.DefaultTextStyle(s => s.FontSize(20).FontColor("#336699"));
            t.Span("styled ");
            t.Span("small").FontSize(8);
        }));

        Assert.Equal([(20.0, "#336699"), (8.0, "#336699")], page.Texts.Select(t => (t.FontSize, $"#{t.Color.R:X2}{t.Color.G:X2}{t.Color.B:X2}")));
    }

    [Fact]
    public void Image_fit_area_keeps_the_aspect_ratio_inside_both_bounds()
    {
        var page = RenderOne(c => c.Column(col => col.Item().Width(300).Height(100).Image(TestImages.Png(200, 100)).FitArea()));

        Assert.Equal(new RecordedRect(0, 0, 200, 100, Drawing.Color.Black), page.Images.Single());
    }

    [Fact]
    public void Bytes_that_are_not_an_image_are_refused_when_composed()
    {
        Assert.Throws<ArgumentException>(() => RenderOne(c => c.Image(Encoding.ASCII.GetBytes("not an image"))));
    }

    [Fact]
    public void The_same_image_bytes_used_many_times_are_decoded_and_embedded_once()
    {
        var logo = TestImages.Png(40, 40);
        Assert.Same(Drawing.ImageData.From(logo), Drawing.ImageData.From(logo));

        var pdf = Document.Create(c => c.Page(page => page.Content().Column(col =>
        {
            for (var i = 0; i < 10; i++)
                col.Item().Width(20).Image(logo);
        }))).GeneratePdf();

        var imageObjects = System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Subtype\s*/Image").Count;
        Assert.Equal(1, imageObjects);
    }

    [Fact]
    public void Page_colour_fills_the_page_behind_the_content()
    {
        var pdf = Document.Create(c => c.Page(page =>
        {
            page.Size(100, 100);
            page.PageColor("#102030");
        })).GeneratePdf();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var fill = document.GetPage(1).Paths.Single();
        Assert.True(fill.IsFilled);
        Assert.Equal(100, fill.GetBoundingRectangle()!.Value.Width, 2);
    }
}
