using Campaign.Documents.Drawing;

namespace Campaign.Documents.Text;

/// <summary>Draws laid-out lines: alignment, justification, underline, strikethrough and link areas.</summary>
internal static class TextPainter
{
    public static void Paint(ICanvas canvas, IEnumerable<TextLine> lines, double width, TextAlignment alignment)
    {
        double top = 0;
        foreach (var line in lines)
        {
            PaintLine(canvas, line, width, alignment, top);
            top += line.Height;
        }
    }

    private static void PaintLine(ICanvas canvas, TextLine line, double width, TextAlignment alignment, double top)
    {
        var extra = double.IsFinite(width) ? Math.Max(0, width - line.Width) : 0;
        var justify = alignment == TextAlignment.Justify && !line.EndsParagraph && line.SpaceCount > 0;
        var gap = justify ? extra / line.SpaceCount : 0;
        var x = alignment switch
        {
            TextAlignment.Center => extra / 2,
            TextAlignment.Right => extra,
            _ => 0,
        };
        var baseline = top + line.Baseline;

        // Runs of one style and link are drawn as one string; justified text places each word itself.
        foreach (var run in Runs(line, x, gap))
        {
            var style = run.Style;
            if (justify)
            {
                foreach (var (item, itemX) in run.Items.Where(p => p.Item.Kind == TextItemKind.Word))
                    canvas.DrawText(item.Text, style.Face, style.Size, style.Color, itemX, baseline);
            }
            else if (run.Items.Any(p => p.Item.Kind == TextItemKind.Word))
            {
                canvas.DrawText(string.Concat(run.Items.Select(p => p.Item.Text)), style.Face, style.Size, style.Color, run.X, baseline);
            }

            PaintDecorations(canvas, run, baseline);
            if (run.Link is not null)
                canvas.AddLink(run.Link, run.X, top, run.Width, line.Height);
        }
    }

    private static void PaintDecorations(ICanvas canvas, Run run, double baseline)
    {
        var style = run.Style;
        var metrics = style.Metrics;
        if (style.Underline)
        {
            var thickness = metrics.UnderlineThickness * style.Size;
            canvas.FillRectangle(run.X, baseline + metrics.UnderlinePosition * style.Size - thickness / 2, run.Width, thickness, style.Color);
        }

        if (style.Strikethrough)
        {
            var thickness = metrics.StrikethroughThickness * style.Size;
            canvas.FillRectangle(run.X, baseline - metrics.StrikethroughPosition * style.Size - thickness / 2, run.Width, thickness, style.Color);
        }
    }

    private static List<Run> Runs(TextLine line, double x, double gap)
    {
        var runs = new List<Run>();
        foreach (var item in line.Items)
        {
            var width = item.Width + (item.Kind == TextItemKind.Space ? gap : 0);
            if (runs.Count == 0 || runs[^1].Style != item.Style || runs[^1].Link != item.Link)
                runs.Add(new Run(item.Style, item.Link, x));
            runs[^1].Items.Add((item, x));
            runs[^1].Width += width;
            x += width;
        }

        return runs;
    }

    private sealed class Run(ResolvedTextStyle style, string? link, double x)
    {
        public ResolvedTextStyle Style { get; } = style;

        public string? Link { get; } = link;

        public double X { get; } = x;

        public double Width { get; set; }

        public List<(TextItem Item, double X)> Items { get; } = [];
    }
}
