using Campaign.Documents.Text;

namespace Campaign.Documents;

/// <summary>Styles one span; the style methods are in <see cref="TextSpanDescriptorExtensions"/> so chains keep their type.</summary>
public class TextSpanDescriptor
{
    internal TextSpanDescriptor(TextSpan span) => Span = span;

    internal TextSpan Span { get; }
}

/// <summary>The result of <c>.Text("...")</c>: styles the text and aligns the paragraph.</summary>
public sealed class TextBlockDescriptor : TextSpanDescriptor
{
    private readonly TextBlock block;

    internal TextBlockDescriptor(TextBlock block, TextSpan span)
        : base(span) => this.block = block;

    public TextBlockDescriptor AlignLeft() => Align(TextAlignment.Left);

    public TextBlockDescriptor AlignCenter() => Align(TextAlignment.Center);

    public TextBlockDescriptor AlignRight() => Align(TextAlignment.Right);

    public TextBlockDescriptor Justify() => Align(TextAlignment.Justify);

    private TextBlockDescriptor Align(TextAlignment alignment)
    {
        block.Alignment = alignment;
        return this;
    }
}

public static class TextSpanDescriptorExtensions
{
    public static T Style<T>(this T span, TextStyle style) where T : TextSpanDescriptor =>
        Apply(span, s => s.Merge(style ?? throw new ArgumentNullException(nameof(style))));

    public static T FontSize<T>(this T span, double size) where T : TextSpanDescriptor => Apply(span, s => s.FontSize(size));

    public static T Bold<T>(this T span, bool value = true) where T : TextSpanDescriptor => Apply(span, s => s.Bold(value));

    public static T Italic<T>(this T span, bool value = true) where T : TextSpanDescriptor => Apply(span, s => s.Italic(value));

    public static T FontColor<T>(this T span, string hex) where T : TextSpanDescriptor => Apply(span, s => s.FontColor(hex));

    public static T Underline<T>(this T span, bool value = true) where T : TextSpanDescriptor => Apply(span, s => s.Underline(value));

    public static T Strikethrough<T>(this T span, bool value = true) where T : TextSpanDescriptor => Apply(span, s => s.Strikethrough(value));

    public static T LineHeight<T>(this T span, double factor) where T : TextSpanDescriptor => Apply(span, s => s.LineHeight(factor));

    private static T Apply<T>(T span, Func<TextStyle, TextStyle> change) where T : TextSpanDescriptor
    {
        ArgumentNullException.ThrowIfNull(span);
        span.Span.Style = change(span.Span.Style);
        return span;
    }
}
