namespace Campaign.Documents.Text;

/// <summary>One laid-out line: its items left to right, width, height and baseline (from the line's top).</summary>
internal sealed class TextLine
{
    private TextLine(IReadOnlyList<TextItem> items, double width, double height, double baseline, bool endsParagraph)
    {
        Items = items;
        Width = width;
        Height = height;
        Baseline = baseline;
        EndsParagraph = endsParagraph;
        SpaceCount = items.Count(item => item.Kind == TextItemKind.Space);
    }

    public IReadOnlyList<TextItem> Items { get; }

    public double Width { get; }

    public double Height { get; }

    public double Baseline { get; }

    /// <summary>Justified text leaves a paragraph's last line ragged.</summary>
    public bool EndsParagraph { get; }

    public int SpaceCount { get; }

    /// <summary>Mixed sizes share one baseline: the line is as tall as the highest ascent plus the deepest descent.</summary>
    public static TextLine Create(IReadOnlyList<TextItem> items, bool endsParagraph, ResolvedTextStyle emptyLineStyle)
    {
        if (items.Count == 0)
            return new TextLine(items, 0, emptyLineStyle.LineHeight, emptyLineStyle.BaselineOffset, endsParagraph);

        double width = 0, above = 0, below = 0;
        foreach (var item in items)
        {
            width += item.Width;
            var baseline = item.Style.BaselineOffset;
            above = Math.Max(above, baseline);
            below = Math.Max(below, item.Style.LineHeight - baseline);
        }

        return new TextLine(items, width, above + below, above, endsParagraph);
    }
}
