using Campaign.Documents.Text;

namespace Campaign.Documents;

/// <summary>Builds a rich text block span by span; paragraph settings apply to the whole block.</summary>
public sealed class TextDescriptor
{
    private readonly TextBlock block;

    internal TextDescriptor(TextBlock block) => this.block = block;

    public TextSpanDescriptor Span(string? text) => Add(new TextSpan { Text = text ?? "" });

    /// <summary>The text followed by a line break.</summary>
    public TextSpanDescriptor Line(string? text) => Span((text ?? "") + "\n");

    public TextSpanDescriptor EmptyLine() => Span("\n");

    public TextSpanDescriptor CurrentPageNumber() => Add(new TextSpan { Kind = TextSpanKind.CurrentPageNumber });

    /// <summary>The document's page count (costs a second layout pass).</summary>
    public TextSpanDescriptor TotalPages() => Add(new TextSpan { Kind = TextSpanKind.TotalPages });

    /// <summary>The number of the first page of the run named <paramref name="location"/> (PageDescriptor.Location); costs a second layout pass.</summary>
    public TextSpanDescriptor PageNumberOf(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return Add(new TextSpan { Text = location, Kind = TextSpanKind.PageNumberOf });
    }

    /// <summary>Text linking to an external URL.</summary>
    public TextSpanDescriptor Hyperlink(string? text, string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return Add(new TextSpan { Text = text ?? "", Link = url });
    }

    public void DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        block.BlockStyle = block.BlockStyle.Merge(style);
    }

    public void DefaultTextStyle(Func<TextStyle, TextStyle> style) => DefaultTextStyle(style(TextStyle.Default));

    public void AlignLeft() => block.Alignment = TextAlignment.Left;

    public void AlignCenter() => block.Alignment = TextAlignment.Center;

    public void AlignRight() => block.Alignment = TextAlignment.Right;

    /// <summary>Stretches every line but a paragraph's last to the full width.</summary>
    public void Justify() => block.Alignment = TextAlignment.Justify;

    private TextSpanDescriptor Add(TextSpan span)
    {
        block.Spans.Add(span);
        return new TextSpanDescriptor(span);
    }
}
