using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Elements;

internal enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

internal enum VerticalAlignment
{
    Top,
    Middle,
    Bottom,
}

/// <summary>Shrinks the child to its measured size and places it within the space given.</summary>
internal sealed class Alignment : ContainerElement
{
    public HorizontalAlignment? Horizontal { get; set; }

    public VerticalAlignment? Vertical { get; set; }

    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        if (!plan.HasContent)
            return;

        // An unset axis keeps the full space so e.g. AlignMiddle alone does not shrink the width.
        var width = Horizontal is null ? available.Width : Math.Min(plan.Width, available.Width);
        var height = Vertical is null ? available.Height : Math.Min(plan.Height, available.Height);

        var dx = Horizontal switch
        {
            HorizontalAlignment.Center => (available.Width - width) / 2,
            HorizontalAlignment.Right => available.Width - width,
            _ => 0,
        };
        var dy = Vertical switch
        {
            VerticalAlignment.Middle => (available.Height - height) / 2,
            VerticalAlignment.Bottom => available.Height - height,
            _ => 0,
        };

        Canvas.Translate(dx, dy);
        Child.Draw(new Size(width, height));
        Canvas.Translate(-dx, -dy);
    }

    public override string Describe() => $"Alignment({Horizontal?.ToString() ?? "-"}, {Vertical?.ToString() ?? "-"})";
}
