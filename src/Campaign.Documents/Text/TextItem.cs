namespace Campaign.Documents.Text;

internal enum TextItemKind
{
    Word,
    Space,
    LineBreak,
}

/// <summary>
/// The unit of line breaking: a word part in one style, a run of spaces, or a hard line break. A word written
/// across several spans is several adjacent Word items; lines break only at spaces (or inside an over-long word).
/// </summary>
internal readonly record struct TextItem(TextItemKind Kind, string Text, ResolvedTextStyle Style, double Width, string? Link);
