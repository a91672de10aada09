namespace Campaign.Documents.Text;

internal enum TextSpanKind
{
    Plain,
    CurrentPageNumber,
    TotalPages,

    /// <summary>The first page of the run named by <see cref="TextSpan.Text"/>.</summary>
    PageNumberOf,
}

/// <summary>A piece of a text block as the caller wrote it; page numbers get their text at layout time.</summary>
internal sealed class TextSpan
{
    public string Text { get; init; } = "";

    public TextSpanKind Kind { get; init; }

    public TextStyle Style { get; set; } = TextStyle.Default;

    public string? Link { get; init; }
}
