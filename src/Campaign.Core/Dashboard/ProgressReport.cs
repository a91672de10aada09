using Campaign.Common.Pdf;
using Campaign.Documents;

namespace Campaign.Dashboard;

/// <summary>The dashboard as a short PDF for leadership (the staff view, so marked confidential): the same numbers, as tables.</summary>
public static class ProgressReport
{
    // Only staff may download it, and it is their view: its numbers and names count confidential material.
    private static readonly Classification Internal = Classification.Confidential(
        "Internal report: its numbers and names include confidential contacts and positions. Keep it within the campaign team.");

    public static byte[] Render(DashboardData data, string preparedBy, DateTimeOffset generatedAt)
    {
        var frame = new DocumentFrame($"{data.CampaignName} · Campaign progress report", Internal, preparedBy, DocumentFrame.Utc(generatedAt));
        var sections = new ProgressReportSections(data);
        return Document.Create(document => frame.Pages(document, content => content.Column(column =>
            {
                column.Spacing(10);
                column.Item().Element(c => DocumentTheme.Title(c, data.CampaignName, "Campaign progress report",
                    $"{Wording.LongDate(data.Today)} · prepared by {preparedBy}"));
                column.Item().Element(frame.Banner);
                sections.Compose(column);
            })))
            .WithMetadata(new DocumentMetadata
            {
                Title = $"Campaign progress report: {data.CampaignName}", Author = preparedBy, Subject = data.CampaignName,
                Keywords = "progress report", Creator = "Campaign", CreationDate = generatedAt,
            })
            .GeneratePdf();
    }
}
