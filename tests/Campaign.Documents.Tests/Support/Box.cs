using Campaign.Documents.Drawing;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Tests.Support;

/// <summary>A test element of fixed size that paints its draw area, so tests can see where and how large it was drawn.</summary>
internal sealed class Box(double width, double height) : Element
{
    public static readonly Color Paint = new(255, 1, 2, 3);

    public int DrawCount { get; private set; }

    public override SpacePlan Measure(Size available) =>
        width > available.Width + Size.Epsilon || height > available.Height + Size.Epsilon
            ? SpacePlan.Wrap(this, "box does not fit")
            : SpacePlan.FullRender(width, height);

    public override void Draw(Size available)
    {
        DrawCount++;
        Canvas.FillRectangle(0, 0, available.Width, available.Height, Paint);
    }
}
