using Campaign.Documents.Elements;

namespace Campaign.Documents;

/// <summary>Width and height constraints (points) and alignment of content within the space it is given.</summary>
public static class SizeExtensions
{
    public static IContainer Width(this IContainer container, double value) => container.MinWidth(value).MaxWidth(value);

    public static IContainer MinWidth(this IContainer container, double value) => Constrain(container, value, c => c.MinWidth = value);

    public static IContainer MaxWidth(this IContainer container, double value) => Constrain(container, value, c => c.MaxWidth = value);

    public static IContainer Height(this IContainer container, double value) => container.MinHeight(value).MaxHeight(value);

    public static IContainer MinHeight(this IContainer container, double value) => Constrain(container, value, c => c.MinHeight = value);

    public static IContainer MaxHeight(this IContainer container, double value) => Constrain(container, value, c => c.MaxHeight = value);

    public static IContainer AlignLeft(this IContainer container) => Align(container, a => a.Horizontal = HorizontalAlignment.Left);

    public static IContainer AlignCenter(this IContainer container) => Align(container, a => a.Horizontal = HorizontalAlignment.Center);

    public static IContainer AlignRight(this IContainer container) => Align(container, a => a.Horizontal = HorizontalAlignment.Right);

    public static IContainer AlignTop(this IContainer container) => Align(container, a => a.Vertical = VerticalAlignment.Top);

    public static IContainer AlignMiddle(this IContainer container) => Align(container, a => a.Vertical = VerticalAlignment.Middle);

    public static IContainer AlignBottom(this IContainer container) => Align(container, a => a.Vertical = VerticalAlignment.Bottom);

    private static Constrained Constrain(IContainer container, double value, Action<Constrained> apply)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var constrained = container.FillOrExtend(() => new Constrained());
        apply(constrained);
        return constrained;
    }

    private static Alignment Align(IContainer container, Action<Alignment> apply)
    {
        var alignment = container.FillOrExtend(() => new Alignment());
        apply(alignment);
        return alignment;
    }
}
