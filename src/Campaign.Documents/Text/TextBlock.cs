using Campaign.Documents.Infrastructure;

namespace Campaign.Documents.Text;

internal enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A paragraph (or several, split by line breaks) of styled spans; splits across pages between lines.</summary>
internal sealed class TextBlock : Element
{
    private readonly Dictionary<(double Width, string? Dynamic), List<TextLine>?> layouts = [];
    private int firstLine;
    private bool finished;

    public List<TextSpan> Spans { get; } = [];

    /// <summary>Style set on the block itself (text.DefaultTextStyle), over the inherited one.</summary>
    public TextStyle BlockStyle { get; set; } = TextStyle.Default;

    /// <summary>Page and container default styles, filled in when the document is built.</summary>
    public TextStyle InheritedStyle { get; set; } = TextStyle.Default;

    public TextAlignment Alignment { get; set; }

    /// <summary>Prints a number only a counting pass can tell: the total, or where a named run starts.</summary>
    public bool UsesTotalPages => Spans.Any(span => span.Kind is TextSpanKind.TotalPages or TextSpanKind.PageNumberOf);

    public override SpacePlan Measure(Size available)
    {
        if (finished)
            return SpacePlan.Empty();

        var lines = Lines(available.Width);
        if (lines is null)
            return SpacePlan.Wrap(this, $"not even one character fits in the {available.Width:0.##} pt width available");
        if (lines.Count == 0)
            return SpacePlan.FullRender(0, 0);
        if (firstLine >= lines.Count)
            return SpacePlan.Empty();

        var (count, width, height) = Fit(lines, available.Height);
        if (count == 0)
            return SpacePlan.Wrap(this, $"a line needs {lines[firstLine].Height:0.##} pt height but only {available.Height:0.##} pt is available");

        return firstLine + count == lines.Count
            ? SpacePlan.FullRender(width, height)
            : SpacePlan.PartialRender(width, height);
    }

    public override void Draw(Size available)
    {
        var lines = Lines(available.Width);
        if (finished || lines is null)
            return;

        var (count, _, _) = Fit(lines, available.Height);
        TextPainter.Paint(Canvas, lines.Skip(firstLine).Take(count), available.Width, Alignment);
        firstLine += count;
        finished = firstLine >= lines.Count;
    }

    public override void ResetState() => (firstLine, finished) = (0, false);

    public override string Describe()
    {
        var text = string.Concat(Spans.Select(span => span.Kind == TextSpanKind.Plain ? span.Text : "#"));
        return $"Text(\"{(text.Length > 40 ? text[..40] + "…" : text)}\")";
    }

    private (int Count, double Width, double Height) Fit(List<TextLine> lines, double maxHeight)
    {
        double width = 0, height = 0;
        var count = 0;
        for (var i = firstLine; i < lines.Count; i++)
        {
            if (height + lines[i].Height > maxHeight + Size.Epsilon)
                break;
            height += lines[i].Height;
            width = Math.Max(width, lines[i].Width);
            count++;
        }

        return (count, width, height);
    }

    /// <summary>Line breaking is the costly part and Measure runs several times per page, so results are cached per width.</summary>
    private List<TextLine>? Lines(double width)
    {
        var dynamic = Spans.Any(span => span.Kind != TextSpanKind.Plain)
            ? $"{Context.PageNumber}/{Context.TotalPages}"
            : null;

        if (layouts.TryGetValue((width, dynamic), out var cached))
            return cached;

        if (layouts.Count > 16)
            layouts.Clear();

        var blockStyle = TextStyle.Default.Merge(InheritedStyle).Merge(BlockStyle);
        var items = new List<TextItem>();
        foreach (var span in Spans)
            TextTokenizer.Tokenize(SpanText(span), blockStyle.Merge(span.Style).Resolve(), span.Link, items);

        var lines = LineBreaker.Break(items, width, blockStyle.Resolve());
        layouts[(width, dynamic)] = lines;
        return lines;
    }

    private string SpanText(TextSpan span) => span.Kind switch
    {
        TextSpanKind.CurrentPageNumber => Context.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // The counting pass does not know the total yet; the current number has about the same width.
        TextSpanKind.TotalPages => (Context.TotalPages ?? Context.PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
        TextSpanKind.PageNumberOf => PageNumberOf(span.Text).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => span.Text,
    };

    private int PageNumberOf(string location)
    {
        if (Context.Locations.TryGetValue(location, out var page))
            return page;
        // The counting pass may not have reached the run yet; the current number has about the same width.
        return Context.TotalPages is null
            ? Context.PageNumber
            : throw new DocumentLayoutException($"No run of pages is named “{location}”", Context.PageNumber, null);
    }
}
