namespace Campaign.Dashboard;

/// <summary>Each dashboard chart's numbers as CSV: the same rows its table shows.</summary>
public static class DashboardCsv
{
    public static readonly IReadOnlyList<string> Charts =
        ["stance-by-house", "stance-by-party", "engagement", "movement", "coverage", "contributions", "power-interest", "milestones"];

    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string?>> Rows)? For(DashboardData data, string chart)
    {
        string Ask(int id) => data.Asks.FirstOrDefault(a => a.AskId == id)?.Title ?? id.ToString();
        return chart switch
        {
            "stance-by-house" => (["Ask", "House", "Stance", "People"],
                data.StanceByHouse.Select(s => Row(Ask(s.AskId), s.Group, s.Stance.ToString(), N(s.Count)))),
            "stance-by-party" => (["Ask", "Party", "Stance", "People"],
                data.StanceByParty.Select(s => Row(Ask(s.AskId), s.Group, s.Stance.ToString(), N(s.Count)))),
            "engagement" => (["Month", "Kind", "Interactions"],
                data.Engagement.Select(m => Row(m.Month, m.Kind.ToString(), N(m.Count)))),
            "movement" => (["Period (days)", "Direction", "Person", "Ask", "From", "To", "Stated on"],
                new[] { data.Last30Days, data.Last90Days }.SelectMany(period =>
                    period.Up.Select(e => Move(period.Days, "Up", e))
                        .Concat(period.Down.Select(e => Move(period.Days, "Down", e)))
                        .Concat(period.NewlyKnown.Select(e => Move(period.Days, "Newly known", e))))),
            "coverage" => (["Person", "Kind", "Contacted in the last 12 months", "Last contacted"],
                data.PriorityACoverage.Contacted.Select(c => Row(c.Name, c.Kind.ToString(), "Yes", c.LastContacted?.ToString("yyyy-MM-dd")))
                    .Concat(data.PriorityACoverage.NotContacted.Select(c => Row(c.Name, c.Kind.ToString(), "No", c.LastContacted?.ToString("yyyy-MM-dd"))))),
            "contributions" => (["Partner", "Interactions"], data.Contributions.Select(c => Row(c.Name, N(c.Interactions)))),
            "power-interest" => (["Person", "Influence", "Interest", .. data.Asks.Select(a => $"Stance: {a.Title}")],
                data.PowerInterest.Select(p => (IReadOnlyList<string?>)[p.Name, N(p.Influence), N(p.Interest), .. data.Asks.Select(a => p.StanceOn(a.AskId).ToString())])),
            "milestones" => (["Milestone", "Status", "Target date", "Completed on", "Evidence"],
                data.Milestones.Select(m => Row(m.Title, m.Status.ToString(), m.TargetDate?.ToString("yyyy-MM-dd"), m.CompletedOn?.ToString("yyyy-MM-dd"), m.Evidence))),
            _ => null,
        };

        static IReadOnlyList<string?> Move(int days, string direction, MovementEntry e) =>
            Row(N(days), direction, e.Name, e.AskTitle, e.From?.ToString() ?? "", e.To.ToString(), e.StatedOn.ToString("yyyy-MM-dd"));
    }

    public static byte[]? ToBytes(DashboardData data, string chart) =>
        For(data, chart) is { } table ? CsvExport.ToBytes(table.Header, table.Rows) : null;

    private static IReadOnlyList<string?> Row(params string?[] fields) => fields;

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

}
