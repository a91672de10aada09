namespace Campaign.Monitoring;

/// <summary>The words around a match, and where the matches are, for the inbox's highlighted snippets.</summary>
public static class Snippets
{
    /// <summary>About <paramref name="length"/> characters centred on the first phrase found (the start when none is), cut at spaces.</summary>
    public static string Around(string text, IReadOnlyList<string> phrases, int length)
    {
        if (text.Length <= length) return text;
        var first = phrases.Select(p => text.IndexOf(p, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(first - length / 3, text.Length - length));
        if (start > 0 && text.LastIndexOf(' ', start) is var space and > 0 && start - space < 20) start = space + 1;
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length && text.IndexOf(' ', end) is var next and > 0 && next - end < 20) end = next;
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    /// <summary>The text in pieces, each marked as a match of one of <paramref name="phrases"/> (ignoring case) or not.</summary>
    public static IReadOnlyList<(string Text, bool IsMatch)> Split(string text, IReadOnlyList<string> phrases)
    {
        var pieces = new List<(string, bool)>();
        var at = 0;
        while (at < text.Length)
        {
            var next = phrases.Where(p => p.Length > 0).Select(p => (Index: text.IndexOf(p, at, StringComparison.OrdinalIgnoreCase), p.Length))
                .Where(m => m.Index >= 0).OrderBy(m => m.Index).ThenByDescending(m => m.Length).FirstOrDefault((Index: -1, Length: 0));
            if (next.Index < 0) break;
            if (next.Index > at) pieces.Add((text[at..next.Index], false));
            pieces.Add((text.Substring(next.Index, next.Length), true));
            at = next.Index + next.Length;
        }
        if (at < text.Length) pieces.Add((text[at..], false));
        return pieces;
    }
}
