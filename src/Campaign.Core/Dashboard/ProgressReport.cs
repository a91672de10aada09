using Campaign.Common;
using Campaign.Documents;
using Campaign.Positions;

namespace Campaign.Dashboard;

/// <summary>The dashboard as a short PDF for leadership and the coalition: the same numbers, as tables.</summary>
public static class ProgressReport
{
    private const string Navy = "#1F4E79";
    private const string Shade = "#EEF2F7";

    public static byte[] Render(DashboardData data, string preparedBy, DateTimeOffset generatedAt)
    {
        var stances = Enum.GetValues<Stance>();
        return Document.Create(container => container.Page(page =>
        {
            page.Size(PageSizes.A4);
            page.Margin(40);
            page.DefaultTextStyle(s => s.FontSize(9.5f));
            page.Header().PaddingBottom(8).Column(header =>
            {
                header.Item().Text("Campaign progress report").FontSize(18).Bold().FontColor(Navy);
                header.Item().Text($"{data.CampaignName} · {data.Today:d MMMM yyyy} · prepared by {preparedBy}").FontColor("#555555");
            });
            page.Footer().Row(row =>
            {
                row.RelativeItem().Text($"Generated {generatedAt:d MMM yyyy HH:mm} UTC").FontSize(8).FontColor("#777777");
                row.RelativeItem().AlignRight().Text(t =>
                {
                    t.Span("Page ").FontSize(8);
                    t.CurrentPageNumber().FontSize(8);
                    t.Span(" of ").FontSize(8);
                    t.TotalPages().FontSize(8);
                });
            });
            page.Content().Column(column =>
            {
                column.Spacing(10);
                column.Item().Section("Headline numbers").Element(Heading).Text("Headline numbers");
                column.Item().Table(table =>
                {
                    table.ColumnsDefinition(c => { c.RelativeColumn(3); c.RelativeColumn(); });
                    Pair(table, "People targeted (current, excluding partner contacts)", data.PeopleTargeted.ToString());
                    Pair(table, "Engaged in the last 90 days", data.EngagedLast90Days.ToString());
                    foreach (var ask in data.Asks)
                        Pair(table, $"Supportive or Champion: {ask.Title}", $"{ask.Supportive} of {ask.Targeted} ({ask.Share:P0})");
                    if (data.OverdueFollowUps is { } overdue) Pair(table, "Overdue follow-ups", overdue.ToString());
                });

                column.Item().Section("Milestones").Element(Heading).Text("Milestones");
                Table(column, ["Milestone", "Status", "Date"], [3, 1, 1],
                    data.Milestones.Select(m => new[] { m.Title, Wording.Of(m.Status), (m.CompletedOn ?? m.TargetDate)?.ToString("d MMM yyyy") ?? "" }));

                foreach (var ask in data.Asks)
                {
                    column.Item().Section($"Where people stand: {ask.Title}").Element(Heading).Text($"Where people stand: {ask.Title}");
                    foreach (var (label, counts) in new[] { ("House", data.StanceByHouse), ("Party", data.StanceByParty) })
                    {
                        var groups = counts.Where(c => c.AskId == ask.AskId).GroupBy(c => c.Group).ToList();
                        Table(column, [label, .. stances.Select(s => Wording.Of(s))], [2, .. stances.Select(_ => 1f)],
                            groups.Select(g => new[] { g.Key }.Concat(stances.Select(s => g.Single(c => c.Stance == s).Count.ToString())).ToArray()));
                    }
                }

                column.Item().Section("Engagement").Element(Heading).Text("Engagement: interactions per month");
                Table(column, ["Month", "Kind", "Interactions"], [1, 2, 1],
                    data.Engagement.Select(m => new[] { m.Month, Wording.Of(m.Kind), m.Count.ToString() }));

                column.Item().Section("Movement").Element(Heading).Text("Movement");
                foreach (var period in new[] { data.Last30Days, data.Last90Days })
                {
                    var rows = period.Up.Select(e => ("Up", e)).Concat(period.Down.Select(e => ("Down", e))).Concat(period.NewlyKnown.Select(e => ("Newly known", e)))
                        .Select(x => new[] { x.Item1, x.e.Name, x.e.AskTitle, x.e.From is { } from ? Wording.Of(from) : "—", Wording.Of(x.e.To) }).ToList();
                    column.Item().Text($"Last {period.Days} days").Bold();
                    if (rows.Count == 0) column.Item().Text("No change recorded.");
                    else Table(column, ["Direction", "Person", "Ask", "From", "To"], [1, 2, 3, 1, 1], rows);
                }

                column.Item().Section("Coverage").Element(Heading).Text("Priority A targets: contact in the last 12 months");
                Table(column, ["Person", "Contacted", "Last contacted"], [3, 1, 1],
                    data.PriorityACoverage.Contacted.Select(c => new[] { c.Name, "Yes", c.LastContacted?.ToString("d MMM yyyy") ?? "" })
                        .Concat(data.PriorityACoverage.NotContacted.Select(c => new[] { c.Name, "No", c.LastContacted?.ToString("d MMM yyyy") ?? "" })));

                column.Item().Section("Coalition contributions").Element(Heading).Text("Coalition contributions");
                Table(column, ["Partner", "Interactions"], [3, 1], data.Contributions.Select(c => new[] { c.Name, c.Interactions.ToString() }));
            });
        }))
        .WithMetadata(new DocumentMetadata
        {
            Title = $"Campaign progress report: {data.CampaignName}", Author = preparedBy, Subject = data.CampaignName,
            Keywords = "progress report", Creator = "Campaign", CreationDate = generatedAt,
        })
        .GeneratePdf();
    }

    private static IContainer Heading(IContainer container) =>
        container.PaddingTop(6).BorderBottom(1).BorderColor(Navy).PaddingBottom(2).DefaultTextStyle(s => s.FontSize(12).Bold().FontColor(Navy));

    private static void Pair(TableDescriptor table, string label, string value)
    {
        table.Cell().Border(0.5f).Padding(4).Text(label);
        table.Cell().Border(0.5f).Padding(4).AlignRight().Text(value).Bold();
    }

    private static void Table(ColumnDescriptor column, IReadOnlyList<string> header, IReadOnlyList<float> widths, IEnumerable<string[]> rows)
    {
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c =>
            {
                foreach (var width in widths) c.RelativeColumn(width);
            });
            table.Header(h =>
            {
                foreach (var title in header) h.Cell().Background(Shade).Border(0.5f).Padding(3).Text(title).Bold();
            });
            foreach (var row in rows)
            {
                foreach (var field in row) table.Cell().Border(0.5f).Padding(3).Text(field);
            }
        });
    }
}
