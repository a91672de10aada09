using Campaign.Documents.Drawing;
using Campaign.Documents.Fonts;
using Campaign.Documents.Text;

namespace Campaign.Documents;

/// <summary>
/// An immutable, partial text style: unset properties are inherited from the enclosing default style
/// (page, container, text block), as in QuestPDF. Every method returns a new style.
/// </summary>
public sealed record TextStyle
{
    public static TextStyle Default { get; } = new();

    internal double? Size { get; init; }

    internal bool? IsBold { get; init; }

    internal bool? IsItalic { get; init; }

    internal Color? Color { get; init; }

    internal bool? HasUnderline { get; init; }

    internal bool? HasStrikethrough { get; init; }

    internal double? LineHeightFactor { get; init; }

    /// <summary>Font size in points.</summary>
    public TextStyle FontSize(double size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        return this with { Size = size };
    }

    public TextStyle Bold(bool value = true) => this with { IsBold = value };

    public TextStyle Italic(bool value = true) => this with { IsItalic = value };

    /// <summary>Hex colour: #RGB, #RRGGBB or #AARRGGBB.</summary>
    public TextStyle FontColor(string hex) => this with { Color = Drawing.Color.Parse(hex) };

    public TextStyle Underline(bool value = true) => this with { HasUnderline = value };

    public TextStyle Strikethrough(bool value = true) => this with { HasStrikethrough = value };

    /// <summary>Multiplies the font's natural line height (about 1.15 × the font size); 1 is the default.</summary>
    public TextStyle LineHeight(double factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        return this with { LineHeightFactor = factor };
    }

    /// <summary>This style with every property that <paramref name="overrides"/> sets replaced.</summary>
    internal TextStyle Merge(TextStyle? overrides) => overrides is null
        ? this
        : new TextStyle
        {
            Size = overrides.Size ?? Size,
            IsBold = overrides.IsBold ?? IsBold,
            IsItalic = overrides.IsItalic ?? IsItalic,
            Color = overrides.Color ?? Color,
            HasUnderline = overrides.HasUnderline ?? HasUnderline,
            HasStrikethrough = overrides.HasStrikethrough ?? HasStrikethrough,
            LineHeightFactor = overrides.LineHeightFactor ?? LineHeightFactor,
        };

    internal ResolvedTextStyle Resolve() => new(
        FontFaces.From(IsBold ?? false, IsItalic ?? false),
        Size ?? ResolvedTextStyle.DefaultFontSize,
        Color ?? Drawing.Color.Black,
        HasUnderline ?? false,
        HasStrikethrough ?? false,
        LineHeightFactor ?? 1);
}
