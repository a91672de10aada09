namespace Campaign.Documents.Text;

/// <summary>Cuts styled text into words, spaces and line breaks, measuring each.</summary>
internal static class TextTokenizer
{
    public static void Tokenize(string text, ResolvedTextStyle style, string? link, List<TextItem> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                // \r\n is one break.
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                into.Add(new TextItem(TextItemKind.LineBreak, "", style, 0, link));
                continue;
            }

            var start = i;
            var isSpace = IsBreakingSpace(c);
            while (i < text.Length && text[i] is not ('\r' or '\n') && IsBreakingSpace(text[i]) == isSpace)
                i++;

            // Tabs and other breaking spaces become plain spaces: the font has no tab glyph.
            var piece = isSpace ? new string(' ', i - start) : text[start..i];
            into.Add(new TextItem(isSpace ? TextItemKind.Space : TextItemKind.Word, piece, style, style.Width(piece), link));
        }
    }

    /// <summary>No-break spaces glue words together, so they count as part of a word.</summary>
    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F');
}
