using System.Text.RegularExpressions;
using Campaign.Testing;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>The two checks of the oracle suite, each reporting every problem it finds in one readable message.</summary>
internal static class TranscriptAssert
{
    private const int Context = 3;
    private const int MaxShown = 15;

    /// <summary>Fails unless <paramref name="problems"/> is empty; <paramref name="what"/> heads the message.</summary>
    public static void Empty(IReadOnlyList<string> problems, string what) => None((what, problems));

    /// <summary>Fails if any check found problems, each under its heading, so one run shows every kind of failure.</summary>
    public static void None(params (string Heading, IReadOnlyList<string> Problems)[] checks)
    {
        var failed = checks.Where(c => c.Problems.Count > 0).SelectMany(c => c.Problems.Prepend(c.Heading)).ToList();
        if (failed.Count > 0) Assert.Fail(string.Join(Environment.NewLine, failed));
    }

    /// <summary>
    /// Every canary (any word starting with the prefix, so a cut-off one counts too) found in the transcript: one line
    /// per canary with the field it was planted in, the first label it appears under, how many answers hold it, and
    /// the text around it.
    /// </summary>
    public static IReadOnlyList<string> CanaryLeaks(Transcript transcript, IReadOnlyList<Canary> canaries)
    {
        var fields = canaries.ToDictionary(c => c.Word, c => c.Field, StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<string, (string Label, string Excerpt, int Count)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in transcript.Entries)
        {
            foreach (var word in ConfidentialScenario.CanaryWordsIn(entry.Text).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                found[word] = found.TryGetValue(word, out var seen)
                    ? seen with { Count = seen.Count + 1 }
                    : (entry.Label, Excerpt(entry.Text, word), 1);
            }
        }
        return found.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"  {f.Key} ({(fields.TryGetValue(f.Key, out var field) ? field : "not a planted word")}) in {f.Value.Count} answer(s), "
                         + $"first \"{f.Value.Label}\": …{f.Value.Excerpt}…")
            .ToList();
    }

    /// <summary>
    /// Answer-by-answer comparison: a summary per kind of question, then for the first few differing answers the first
    /// differing line with context from both sides. Both transcripts are saved to files named in the message.
    /// </summary>
    public static IReadOnlyList<string> Differences(Transcript expected, Transcript actual, string test)
    {
        var left = expected.Entries.ToDictionary(e => e.Label);
        var right = actual.Entries.ToDictionary(e => e.Label);
        var labels = actual.Entries.Select(e => e.Label).Concat(expected.Entries.Select(e => e.Label)).Distinct().ToList();
        var differing = labels.Where(l => !left.TryGetValue(l, out var e) || !right.TryGetValue(l, out var a) || e.Text != a.Text).ToList();
        if (differing.Count == 0) return [];

        var lines = new List<string>
        {
            $"  {differing.Count} of {labels.Count} answers differ ({actual.Name} vs {expected.Name}). Full transcripts:",
            $"    {actual.Save(test)}",
            $"    {expected.Save(test)}",
            "  Differing answers by kind: " + string.Join(", ", labels.GroupBy(l => l.Split(':')[0])
                .Select(g => (g.Key, Total: g.Count(), Differ: g.Count(differing.Contains))).Where(g => g.Differ > 0)
                .Select(g => $"{g.Key} {g.Differ}/{g.Total}")),
        };
        foreach (var label in differing.Take(MaxShown))
        {
            lines.Add($"  -- {label}");
            if (!left.ContainsKey(label)) { lines.Add($"     only in {actual.Name}"); continue; }
            if (!right.ContainsKey(label)) { lines.Add($"     only in {expected.Name}"); continue; }
            lines.AddRange(FirstDifference(left[label].Text, right[label].Text, expected.Name, actual.Name));
        }
        if (differing.Count > MaxShown) lines.Add($"  … and {differing.Count - MaxShown} more: " + string.Join(", ", differing.Skip(MaxShown).Take(40)));
        return lines;
    }

    private static IEnumerable<string> FirstDifference(string expected, string actual, string expectedName, string actualName)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        var from = Math.Max(0, i - Context);
        yield return $"     first difference at line {i + 1}; {actualName}:";
        foreach (var line in a.Skip(from).Take(i - from + Context + 1)) yield return "       " + line.TrimEnd();
        yield return $"     {expectedName}:";
        foreach (var line in e.Skip(from).Take(i - from + Context + 1)) yield return "       " + line.TrimEnd();
    }

    private static string Excerpt(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var from = Math.Max(0, at - 60);
        var to = Math.Min(text.Length, at + word.Length + 40);
        return Regex.Replace(text[from..to], @"\s+", " ");
    }
}
