using Campaign.Documents.Drawing;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>Fills the whole space it is given, which in a column or table row is the full width and row height.</summary>
internal sealed class Background : ContainerElement
{
    public Color Color { get; set; } = Color.Black;

    public override void Draw(Size available)
    {
        if (!Color.IsTransparent)
            Canvas.FillRectangle(0, 0, available.Width, available.Height, Color);
        Child.Draw(available);
    }
}
