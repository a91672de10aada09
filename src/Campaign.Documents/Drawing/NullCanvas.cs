using Campaign.Documents.Fonts;

namespace Campaign.Documents.Drawing;

/// <summary>Discards everything: used for the counting pass and for measuring outside a document.</summary>
internal sealed class NullCanvas : IPageCanvas
{
    public static readonly NullCanvas Instance = new();

    private static readonly object Outline = new();

    public void BeginPage(PageSize size, Color? background)
    {
    }

    public void EndPage()
    {
    }

    public void Translate(double dx, double dy)
    {
    }

    public void FillRectangle(double x, double y, double width, double height, Color color)
    {
    }

    public void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline)
    {
    }

    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
    }

    public void AddLink(string url, double x, double y, double width, double height)
    {
    }

    public object AddOutline(string title, object? parent, double y) => Outline;
}
