using Campaign.Common.Pdf;
using Campaign.Documents;
using Campaign.Positions;

namespace Campaign.Dashboard;

/// <summary>The progress report's sections, one method each, in the order the dashboard shows them.</summary>
internal sealed class ProgressReportSections(DashboardData data)
{
    private static readonly Stance[] Stances = Enum.GetValues<Stance>();

    public void Compose(ColumnDescriptor column)
    {
        DocumentTheme.Section(column, "Headline numbers", Headline);
        DocumentTheme.Section(column, "Milestones", Milestones);
        foreach (var ask in data.Asks) DocumentTheme.Section(column, $"Where people stand: {ask.Title}", c => Stand(c, ask));
        DocumentTheme.Section(column, "Engagement: interactions per month", Engagement, bookmark: "Engagement");
        DocumentTheme.Section(column, "Movement", Movement);
        DocumentTheme.Section(column, "Priority A targets: contact in the last 12 months", Coverage, bookmark: "Coverage");
        DocumentTheme.Section(column, "Coalition contributions", Contributions);
    }

    private void Headline(IContainer container) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.RelativeColumn(3);
            c.RelativeColumn();
        });
        void Pair(string label, string value)
        {
            table.Cell().Element(DocumentTheme.Cell).Text(label);
            table.Cell().Element(DocumentTheme.Cell).AlignRight().Text(value).Bold();
        }

        Pair("People targeted (current, excluding partner contacts)", data.PeopleTargeted.ToString());
        Pair("Engaged in the last 90 days", data.EngagedLast90Days.ToString());
        foreach (var ask in data.Asks)
            Pair($"Supportive or Champion: {ask.Title}", $"{ask.Supportive} of {ask.Targeted} ({ask.Share:P0})");
        if (data.OverdueFollowUps is { } overdue) Pair("Overdue follow-ups", overdue.ToString());
    });

    private void Milestones(IContainer container) => DocumentTheme.Table(container, ["Milestone", "Status", "Date"], [3, 1, 1],
        data.Milestones.Select(m => new[] { m.Title, Wording.Of(m.Status), Wording.DateOrNull(m.CompletedOn ?? m.TargetDate) ?? "" }));

    /// <summary>Stances on one ask by house, then by party.</summary>
    private void Stand(IContainer container, AskProgress ask) => container.Column(column =>
    {
        column.Spacing(10);
        foreach (var (label, counts) in new[] { ("House", data.StanceByHouse), ("Party", data.StanceByParty) })
        {
            var groups = counts.Where(c => c.AskId == ask.AskId).GroupBy(c => c.Group);
            column.Item().Element(c => DocumentTheme.Table(c, [label, .. Stances.Select(s => Wording.Of(s))], [1.5, .. Stances.Select(_ => 1d)],
                groups.Select(g => new[] { g.Key }.Concat(Stances.Select(s => g.Single(c => c.Stance == s).Count.ToString())).ToArray())));
        }
    });

    private void Engagement(IContainer container) => DocumentTheme.Table(container, ["Month", "Kind", "Interactions"], [1, 2, 1],
        data.Engagement.Select(m => new[] { m.Month, Wording.Of(m.Kind), m.Count.ToString() }));

    /// <summary>Who moved up, down or became known, over the last 30 and the last 90 days.</summary>
    private void Movement(IContainer container) => container.Column(column =>
    {
        column.Spacing(6);
        foreach (var period in new[] { data.Last30Days, data.Last90Days })
        {
            var rows = period.Up.Select(e => ("Up", e)).Concat(period.Down.Select(e => ("Down", e))).Concat(period.NewlyKnown.Select(e => ("Newly known", e)))
                .Select(x => new[] { x.Item1, x.e.Name, x.e.AskTitle, x.e.From is { } from ? Wording.Of(from) : "—", Wording.Of(x.e.To) }).ToList();
            column.Item().Element(c => DocumentTheme.SubHeading(c, $"Last {period.Days} days"));
            if (rows.Count == 0) column.Item().Text("No change recorded.");
            else column.Item().Element(c => DocumentTheme.Table(c, ["Direction", "Person", "Ask", "From", "To"], [1, 2, 3, 1, 1], rows));
        }
    });

    private void Coverage(IContainer container) => DocumentTheme.Table(container, ["Person", "Contacted", "Last contacted"], [3, 1, 1],
        data.PriorityACoverage.Contacted.Select(c => new[] { c.Name, "Yes", Wording.DateOrNull(c.LastContacted) ?? "" })
            .Concat(data.PriorityACoverage.NotContacted.Select(c => new[] { c.Name, "No", Wording.DateOrNull(c.LastContacted) ?? "" })));

    private void Contributions(IContainer container) => DocumentTheme.Table(container, ["Partner", "Interactions"], [3, 1],
        data.Contributions.Select(c => new[] { c.Name, c.Interactions.ToString() }));
}
