using Campaign.Documents.Drawing;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>
/// Strokes centred on the edges of the space it is given. Like QuestPDF it takes no layout space, so adjacent
/// table cells share one line instead of doubling it.
/// </summary>
internal sealed class Border : SidedElement
{
    public Color Color { get; set; } = Color.Black;

    public override void Draw(Size available)
    {
        Child.Draw(available);

        var (w, h) = (available.Width, available.Height);
        // Horizontal strokes extend over the vertical ones' half-widths so corners are closed.
        if (Top > 0)
            Canvas.FillRectangle(-Left / 2, -Top / 2, w + (Left + Right) / 2, Top, Color);
        if (Bottom > 0)
            Canvas.FillRectangle(-Left / 2, h - Bottom / 2, w + (Left + Right) / 2, Bottom, Color);
        if (Left > 0)
            Canvas.FillRectangle(-Left / 2, -Top / 2, Left, h + (Top + Bottom) / 2, Color);
        if (Right > 0)
            Canvas.FillRectangle(w - Right / 2, -Top / 2, Right, h + (Top + Bottom) / 2, Color);
    }
}
