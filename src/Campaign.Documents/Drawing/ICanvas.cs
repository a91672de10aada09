using Campaign.Documents.Fonts;

namespace Campaign.Documents.Drawing;

/// <summary>
/// Drawing surface in points, origin top-left, y downwards. Coordinates are relative to the current
/// translation so each element draws at (0, 0) and containers move the origin.
/// </summary>
internal interface ICanvas
{
    void Translate(double dx, double dy);

    void FillRectangle(double x, double y, double width, double height, Color color);


    void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline);

    void DrawImage(ImageData image, double x, double y, double width, double height);

    void AddLink(string url, double x, double y, double width, double height);

    /// <summary>Adds a bookmark pointing at <paramref name="y"/> on the current page and returns its handle.</summary>
    object AddOutline(string title, object? parent, double y);
}
