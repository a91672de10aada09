using Campaign.Documents.Drawing;
using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

/// <summary>A rule across the full width (horizontal) or height (vertical) it is given.</summary>
internal sealed class Line : Element
{
    public bool IsVertical { get; init; }

    public double Thickness { get; init; } = 1;

    public Color Color { get; set; } = Color.Black;

    public override SpacePlan Measure(Size available)
    {
        if (IsVertical)
        {
            return Thickness > available.Width + Size.Epsilon
                ? SpacePlan.Wrap(this, $"a {Thickness:0.##} pt line does not fit in {available.Width:0.##} pt width")
                : SpacePlan.FullRender(Thickness, 0);
        }

        return Thickness > available.Height + Size.Epsilon
            ? SpacePlan.Wrap(this, $"a {Thickness:0.##} pt line does not fit in {available.Height:0.##} pt height")
            : SpacePlan.FullRender(double.IsPositiveInfinity(available.Width) ? 0 : available.Width, Thickness);
    }

    public override void Draw(Size available)
    {
        if (IsVertical)
            Canvas.FillRectangle(0, 0, Thickness, available.Height, Color);
        else
            Canvas.FillRectangle(0, 0, available.Width, Thickness, Color);
    }

    public override string Describe() => IsVertical ? "LineVertical" : "LineHorizontal";
}
