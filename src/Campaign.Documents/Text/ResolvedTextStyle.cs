using Campaign.Documents.Drawing;
using Campaign.Documents.Fonts;

namespace Campaign.Documents.Text;

/// <summary>A text style with every property decided, ready for measuring and drawing.</summary>
internal readonly record struct ResolvedTextStyle(
    FontFace Face,
    double Size,
    Color Color,
    bool Underline,
    bool Strikethrough,
    double LineHeightFactor)
{
    public const double DefaultFontSize = 12;

    public FontMetrics Metrics => FontMetrics.For(Face);

    public double LineHeight => Metrics.LineSpacing * Size * LineHeightFactor;

    /// <summary>Distance from the line's top to the baseline: the glyph box is centred in the line height.</summary>
    public double BaselineOffset
    {
        get
        {
            var metrics = Metrics;
            var glyphHeight = (metrics.Ascent + metrics.Descent) * Size;
            return (LineHeight - glyphHeight) / 2 + metrics.Ascent * Size;
        }
    }

    public double Width(ReadOnlySpan<char> text) => Metrics.Width(text, Size);
}
