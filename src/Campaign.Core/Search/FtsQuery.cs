using System.Globalization;

namespace Campaign.Search;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot be a syntax error: each word is a double-quoted string, so
/// quotes, <c>*</c>, <c>-</c>, <c>:</c>, brackets, NEAR, AND, OR and NOT are only ever text.
/// </summary>
public static class FtsQuery
{
    public const int MaxLength = 200;
    public const int MaxWords = 12;

    /// <summary>The words worth searching for: those with a letter or digit (the rest index to nothing).</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(IsTokenCharacter)).Take(MaxWords).ToList();

    /// <summary>
    /// The MATCH expression (every word, each a prefix), or null when there is nothing to search for. With
    /// <paramref name="columns"/> only those columns can match: how internal text is kept from those who may not see it.
    /// </summary>
    /// <param name="prefix">False matches whole words only: a subset of the prefix matches that FTS5 can read lazily.</param>
    public static string? Build(string? text, IReadOnlyList<string>? columns = null, bool prefix = true)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        var star = prefix ? "*" : "";
        var expression = string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + star));
        return columns is null ? expression : "{" + string.Join(' ', columns) + "} : (" + expression + ")";
    }

    /// <summary>
    /// The words without punctuation at either end ("-Patel" and "[Patel]" are "Patel"; "O'Brien" stays), to compare
    /// with whole names and titles for the exact-match ranking.
    /// </summary>
    public static string Exact(string? text) => string.Join(' ', Words(text).Select(TrimPunctuation));

    /// <summary>Trimmed, single-spaced, without control characters and at most <see cref="MaxLength"/> long.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var cleaned = new string(text.Select(c => char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c).ToArray());
        var single = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= MaxLength ? single : single[..MaxLength].TrimEnd();
    }

    // Words always hold a token character, so both loops stop inside the word.
    private static string TrimPunctuation(string word)
    {
        var (start, end) = (0, word.Length);
        while (!IsTokenCharacter(word[start])) start++;
        while (!IsTokenCharacter(word[end - 1])) end--;
        return word[start..end];
    }

    // unicode61's token characters: letters, numbers and private-use; everything else separates words.
    private static bool IsTokenCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse;
}
