namespace Campaign.Search;

/// <summary>Text with the matched words marked, so a page can highlight them without rendering any HTML from the data.</summary>
public sealed record MarkedText(IReadOnlyList<MarkedText.Part> Parts)
{
    public sealed record Part(string Text, bool IsMatch);

    public string Plain => string.Concat(Parts.Select(p => p.Text));

    public bool HasMatch => Parts.Any(p => p.IsMatch);

    public static MarkedText Unmarked(string text) => new([new Part(text, false)]);
}
