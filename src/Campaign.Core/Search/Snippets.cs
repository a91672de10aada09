using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Campaign.Search;

/// <summary>
/// Marks the searched-for words in text the reader may see. Done here rather than by FTS5's snippet(): that would
/// run the MATCH again for every hit, and these are only ever the fields the service chose to load for this reader.
/// </summary>
internal static partial class Snippets
{
    private const int SnippetWords = 14;

    /// <summary>The folded words of a query, each of which a marked word must start with.</summary>
    public static IReadOnlyList<string> Terms(IEnumerable<string> queryWords) =>
        queryWords.SelectMany(w => Words(w)).Select(w => w.Folded).Distinct().ToList();

    /// <summary>The whole text with every word that starts with one of <paramref name="terms"/> marked.</summary>
    public static MarkedText Highlight(string text, IReadOnlyList<string> terms) => Mark(text, 0, text.Length, terms);

    /// <summary>
    /// A few words around the first match in the field that matches most terms, with "…" where it was cut;
    /// null when no field matches (the hit matched on its name or title alone).
    /// </summary>
    public static MarkedText? Best(IEnumerable<string?> fields, IReadOnlyList<string> terms)
    {
        var candidates = fields.Where(f => !string.IsNullOrWhiteSpace(f))
            .Select(f => (Text: f!, Words: Words(f!).ToList()))
            .Select(f => (f.Text, f.Words, Matched: terms.Count(t => f.Words.Any(w => w.Folded.StartsWith(t, StringComparison.Ordinal)))))
            .Where(f => f.Matched > 0)
            .OrderByDescending(f => f.Matched)
            .Take(1).ToList();
        if (candidates.Count == 0) return null;
        var best = candidates[0];

        var first = best.Words.FindIndex(w => IsMatch(w.Folded, terms));
        var start = Math.Max(0, Math.Min(first - SnippetWords / 3, best.Words.Count - SnippetWords));
        var end = Math.Min(best.Words.Count, start + SnippetWords) - 1;
        var from = start == 0 ? 0 : best.Words[start].Index;
        var to = end == best.Words.Count - 1 ? best.Text.Length : best.Words[end].Index + best.Words[end].Length;
        var marked = Mark(best.Text, from, to, terms);
        var parts = marked.Parts.ToList();
        if (from > 0) parts.Insert(0, new MarkedText.Part("…", false));
        if (to < best.Text.Length) parts.Add(new MarkedText.Part("…", false));
        return new MarkedText(parts);
    }

    /// <summary>The tokenizer's view of a word: lower case without diacritics (unicode61 remove_diacritics 2).</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(kept).Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    private static MarkedText Mark(string text, int from, int to, IReadOnlyList<string> terms)
    {
        var parts = new List<MarkedText.Part>();
        var position = from;
        foreach (var word in Words(text).Where(w => w.Index >= from && w.Index + w.Length <= to && IsMatch(w.Folded, terms)))
        {
            if (word.Index > position) parts.Add(new MarkedText.Part(Flatten(text[position..word.Index]), false));
            parts.Add(new MarkedText.Part(text.Substring(word.Index, word.Length), true));
            position = word.Index + word.Length;
        }
        if (to > position) parts.Add(new MarkedText.Part(Flatten(text[position..to]), false));
        return new MarkedText(parts);
    }

    private static bool IsMatch(string folded, IReadOnlyList<string> terms) => terms.Any(t => folded.StartsWith(t, StringComparison.Ordinal));

    // A snippet is one line: notes' line breaks become spaces.
    private static string Flatten(string text) => LineBreaks().Replace(text, " ");

    private static IEnumerable<(int Index, int Length, string Folded)> Words(string text) =>
        WordPattern().Matches(text).Select(m => (m.Index, m.Length, Fold(m.Value)));

    [GeneratedRegex(@"[\p{L}\p{N}\p{Co}\p{M}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
