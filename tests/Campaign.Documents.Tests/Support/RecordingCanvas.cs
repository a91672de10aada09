using Campaign.Documents;
using Campaign.Documents.Drawing;
using Campaign.Documents.Fonts;

namespace Campaign.Documents.Tests.Support;

/// <summary>Records what elements draw, in absolute page coordinates, so tests can check positions.</summary>
internal sealed class RecordingCanvas : IPageCanvas
{
    private double offsetX, offsetY;

    public List<RecordedPage> Pages { get; } = [];

    public RecordedPage Page => Pages.Count > 0 ? Pages[^1] : EnsureLoosePage();

    public void BeginPage(PageSize size, Color? background)
    {
        Pages.Add(new RecordedPage(size));
        (offsetX, offsetY) = (0, 0);
    }

    public void EndPage()
    {
    }

    public void Translate(double dx, double dy) => (offsetX, offsetY) = (offsetX + dx, offsetY + dy);

    public void FillRectangle(double x, double y, double width, double height, Color color) =>
        Page.Rectangles.Add(new RecordedRect(offsetX + x, offsetY + y, width, height, color));

    public void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline) =>
        Page.Texts.Add(new RecordedText(text, face, fontSize, color, offsetX + x, offsetY + baseline));

    public void DrawImage(ImageData image, double x, double y, double width, double height) =>
        Page.Images.Add(new RecordedRect(offsetX + x, offsetY + y, width, height, Color.Black));

    public void AddLink(string url, double x, double y, double width, double height) =>
        Page.Links.Add((url, new RecordedRect(offsetX + x, offsetY + y, width, height, Color.Black)));

    public object AddOutline(string title, object? parent, double y)
    {
        var entry = new RecordedOutline(title, parent as RecordedOutline, Pages.Count, offsetY + y);
        Page.Outlines.Add(entry);
        return entry;
    }

    private RecordedPage EnsureLoosePage()
    {
        // Elements drawn directly in a test, without the page loop, land on an implicit page.
        Pages.Add(new RecordedPage(new PageSize(0, 0)));
        return Pages[^1];
    }
}

internal sealed record RecordedPage(PageSize Size)
{
    public List<RecordedText> Texts { get; } = [];

    public List<RecordedRect> Rectangles { get; } = [];

    public List<RecordedRect> Images { get; } = [];

    public List<(string Url, RecordedRect Area)> Links { get; } = [];

    public List<RecordedOutline> Outlines { get; } = [];

    public string AllText => string.Join(" ", Texts.Select(t => t.Text));
}

internal sealed record RecordedText(string Text, FontFace Face, double FontSize, Color Color, double X, double Baseline);

internal sealed record RecordedRect(double X, double Y, double Width, double Height, Color Color);

internal sealed record RecordedOutline(string Title, RecordedOutline? Parent, int PageNumber, double Y);
