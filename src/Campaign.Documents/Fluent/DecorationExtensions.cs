using Campaign.Documents.Drawing;
using Campaign.Documents.Elements;

namespace Campaign.Documents;

/// <summary>Padding, borders and backgrounds. Sizes are in points; colours are hex strings.</summary>
public static class DecorationExtensions
{
    public static IContainer Padding(this IContainer container, double all) => container.PaddingHorizontal(all).PaddingVertical(all);

    public static IContainer PaddingHorizontal(this IContainer container, double value) => container.PaddingLeft(value).PaddingRight(value);

    public static IContainer PaddingVertical(this IContainer container, double value) => container.PaddingTop(value).PaddingBottom(value);

    public static IContainer PaddingLeft(this IContainer container, double value) => Pad(container, value, p => p.Left += value);

    public static IContainer PaddingTop(this IContainer container, double value) => Pad(container, value, p => p.Top += value);

    public static IContainer PaddingRight(this IContainer container, double value) => Pad(container, value, p => p.Right += value);

    public static IContainer PaddingBottom(this IContainer container, double value) => Pad(container, value, p => p.Bottom += value);

    /// <summary>Lines centred on the edges; they take no layout space (add Padding to keep content off them).</summary>
    public static IContainer Border(this IContainer container, double thickness) =>
        container.BorderHorizontal(thickness).BorderVertical(thickness);

    public static IContainer BorderHorizontal(this IContainer container, double thickness) => container.BorderTop(thickness).BorderBottom(thickness);

    public static IContainer BorderVertical(this IContainer container, double thickness) => container.BorderLeft(thickness).BorderRight(thickness);

    public static IContainer BorderLeft(this IContainer container, double thickness) => Stroke(container, thickness, b => b.Left = thickness);

    public static IContainer BorderTop(this IContainer container, double thickness) => Stroke(container, thickness, b => b.Top = thickness);

    public static IContainer BorderRight(this IContainer container, double thickness) => Stroke(container, thickness, b => b.Right = thickness);

    public static IContainer BorderBottom(this IContainer container, double thickness) => Stroke(container, thickness, b => b.Bottom = thickness);

    public static IContainer BorderColor(this IContainer container, string hex)
    {
        var color = Color.Parse(hex);
        var border = container.FillOrExtend(() => new Border());
        border.Color = color;
        return border;
    }

    /// <summary>Fills the whole area the content is given (in a column: full width; in a table: the row's height).</summary>
    public static IContainer Background(this IContainer container, string hex) =>
        container.Fill(new Background { Color = Color.Parse(hex) });

    private static Padding Pad(IContainer container, double value, Action<Padding> apply)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var padding = container.FillOrExtend(() => new Padding());
        apply(padding);
        return padding;
    }

    private static Border Stroke(IContainer container, double thickness, Action<Border> apply)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thickness);
        var border = container.FillOrExtend(() => new Border());
        apply(border);
        return border;
    }
}
