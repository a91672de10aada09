using System.Globalization;
using Campaign.Common;
using Campaign.Importing;
using Campaign.Importing.Csv;

namespace Campaign.Benchmarks;

/// <summary>
/// An interactions CSV in the import template's columns, written by the app's own CSV export writer, and the same
/// rows with every reference already resolved for the raw insert. Attendees are named as people type them
/// (pm:&lt;member id&gt; for MPs and peers, an email address for everyone else), partners by name or short name, staff by
/// email and asks by code. Titles are new to the campaign, so every row is added (none matches an existing contact).
/// </summary>
public static class InteractionCsvBuilder
{
    private static readonly string[] Kinds = ["Meeting", "Call", "Email", "Letter", "Event", "Roundtable", "ParliamentaryQuestion", "Debate", "BriefingSent", "Other"];
    private static readonly string[] Locations = ["Westminster", "Teams", "Phone", ""];
    // Short, so 100,000 rows stay well inside the 20 MB upload limit.
    private static readonly string[] Summaries = ["Discussed registration.", "Briefed on PGDs, with case studies.", "Asked about the section 60 order."];

    /// <summary>A row as the database holds it: ids, not names.</summary>
    public sealed record Row(string Kind, DateTime OccurredAt, string Title, string? Location, string Summary, bool IsConfidential,
        int[] Attendees, string[] Staff, int[] Partners, int[] Asks);

    public static (UploadedFile File, IReadOnlyList<Row> Rows) Build(SyntheticCampaign data, int count)
    {
        var random = new Random(100_000 + count);
        var partners = Math.Min(9, data.Organisations);
        var members = data.Mps + data.Peers;
        var rows = new List<Row>(count);
        var cells = new List<IReadOnlyList<string?>>(count);
        for (var n = 1; n <= count; n++)
        {
            var attendees = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, data.People + 1)).Distinct().ToArray();
            var partner = random.Next(3) == 0 ? new[] { random.Next(1, partners + 1) } : [];
            var asks = (n % 4) switch { 0 => new[] { 1 }, 1 => [1, 2], 2 => [2], _ => [] };
            var row = new Row(Kinds[n % Kinds.Length], data.Now.Date.AddDays(-1).AddMinutes(-17 * n), $"Imported contact {n:D6}", Locations[n % Locations.Length] is { Length: > 0 } l ? l : null,
                Summaries[n % Summaries.Length], n % 7 == 0, attendees, n % 4 == 0 ? [SyntheticCampaign.UserId] : [], partner, asks);
            rows.Add(row);
            cells.Add(
            [
                row.Kind, row.OccurredAt.ToString(CsvColumns.DateTimeFormat, CultureInfo.InvariantCulture), row.Title, row.Location,
                string.Join(CsvColumns.ListSeparator, attendees.Select(id => id <= members ? $"pm:{SyntheticCampaign.MemberIdBase + id}" : $"person{id}@example.org")),
                row.Staff.Length > 0 ? SyntheticCampaign.UserEmail : null,
                string.Join(CsvColumns.ListSeparator, partner.Select(id => n % 6 == 0 ? $"Organisation {id:D4}" : $"ORG{id}")),
                string.Join(CsvColumns.ListSeparator, asks.Select(id => id == 1 ? "registration" : "pgd")),
                row.Summary, null, null, null, null, row.IsConfidential ? "true" : "false", null,
            ]);
        }
        var header = CsvColumns.Interactions.Select(c => c.Name).ToList();
        return (new UploadedFile($"interactions-{count}.csv", CsvExport.ToBytes(header, cells)), rows);
    }
}
