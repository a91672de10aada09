using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Campaign.Documents.Fonts;

/// <summary>
/// Advance widths and vertical metrics of one face, per point of font size. PDFsharp applies no kerning, so a
/// string's width is the sum of its characters' widths; caching per character keeps measuring cheap.
/// </summary>
internal sealed class FontMetrics
{
    // Measuring at a large size keeps the widths precise after scaling down to 1 pt.
    private const double EmSize = 1000;

    private static readonly Lazy<FontMetrics>[] Faces =
        Enum.GetValues<FontFace>().Select(face => new Lazy<FontMetrics>(() => new FontMetrics(face))).ToArray();

    private readonly XFont font;
    private readonly XGraphics measureContext;
    private readonly Lock measureGate = new();
    // Latin, Greek, Cyrillic and general punctuation are looked up in an array; other characters in a dictionary.
    private const int DirectLimit = 0x2100;
    private readonly double[] direct = Enumerable.Repeat(double.NaN, DirectLimit).ToArray();
    private readonly ConcurrentDictionary<int, double> widths = new();

    private FontMetrics(FontFace face)
    {
        FontSetup.EnsureConfigured();
        font = CreateFont(face, EmSize);
        measureContext = XGraphics.CreateMeasureContext(new XSize(EmSize, EmSize), XGraphicsUnit.Point, XPageDirection.Downwards);

        var metrics = font.Metrics;
        double em = metrics.UnitsPerEm;
        Ascent = metrics.Ascent / em;
        Descent = metrics.Descent / em;
        LineSpacing = metrics.LineSpacing / em;
        // The font's underline position is the top of the stroke (OpenType 'post'); store the centre.
        UnderlinePosition = (-metrics.UnderlinePosition + metrics.UnderlineThickness / 2.0) / em;
        UnderlineThickness = metrics.UnderlineThickness / em;
        StrikethroughPosition = metrics.StrikethroughPosition / em;
        StrikethroughThickness = metrics.StrikethroughThickness / em;
    }

    /// <summary>Above the baseline, per point.</summary>
    public double Ascent { get; }

    /// <summary>Below the baseline (positive), per point.</summary>
    public double Descent { get; }

    /// <summary>Natural distance between baselines, per point.</summary>
    public double LineSpacing { get; }

    /// <summary>Distance of the underline's centre below the baseline, per point.</summary>
    public double UnderlinePosition { get; }

    public double UnderlineThickness { get; }

    /// <summary>Height of the strikethrough's centre above the baseline, per point.</summary>
    public double StrikethroughPosition { get; }

    public double StrikethroughThickness { get; }

    public static FontMetrics For(FontFace face) => Faces[(int)face].Value;

    /// <summary>Creates the PDFsharp font with Unicode (Identity-H) encoding so any character in the font can be drawn.</summary>
    public static XFont CreateFont(FontFace face, double size)
    {
        FontSetup.EnsureConfigured();
        var style = face switch
        {
            FontFace.Bold => XFontStyleEx.Bold,
            FontFace.Italic => XFontStyleEx.Italic,
            FontFace.BoldItalic => XFontStyleEx.BoldItalic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(EmbeddedFontResolver.FamilyName, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    public double Width(ReadOnlySpan<char> text, double fontSize)
    {
        double total = 0;
        foreach (var rune in text.EnumerateRunes())
            total += RuneWidth(rune);
        return total * fontSize;
    }

    private double RuneWidth(Rune rune)
    {
        var code = rune.Value;
        if (code < DirectLimit)
        {
            // A racing thread can only write the same value, and doubles are written atomically.
            var known = direct[code];
            if (!double.IsNaN(known))
                return known;
            return direct[code] = MeasureRune(rune);
        }

        return widths.GetOrAdd(code, _ => MeasureRune(rune));
    }

    private double MeasureRune(Rune rune)
    {
        lock (measureGate)
            return measureContext.MeasureString(rune.ToString(), font).Width / EmSize;
    }
}
