using System.Text;
using System.Text.RegularExpressions;

namespace Campaign.Search;

/// <summary>
/// PostgreSQL's counterpart of <see cref="FtsQuery.Build"/>: built only from the letters and digits typed, each word a quoted
/// prefix joined with <c>&amp;</c>, so no input is tsquery syntax or an error. "O'Brien" is its parts, as the index holds it.
/// </summary>
public static partial class TsQuery
{
    /// <summary>The tsquery text, or null when there is nothing to search for.</summary>
    public static string? Build(string? text)
    {
        var parts = FtsQuery.Words(text)
            .SelectMany(w => Part().Matches(w.Normalize(NormalizationForm.FormC)).Select(m => m.Value.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal)
            .Select(p => "'" + p.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "':*")
            .ToList();
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    // The characters SQLite's unicode61 keeps in a token (letters, numbers, private use; marks stay with their letter).
    [GeneratedRegex(@"[\p{L}\p{N}\p{Co}\p{M}]+")]
    private static partial Regex Part();
}
