using System.Text.RegularExpressions;
using Campaign.Briefings;
using Campaign.Core.Tests.Briefings;
using Campaign.Dashboard;
using Campaign.Privacy;
using Campaign.Stakeholders;
using Campaign.Testing;
using UglyToad.PdfPig;

namespace Campaign.Core.Tests.Common;

/// <summary>The briefing pack, the progress report and the subject-access report share one page frame and one navy.</summary>
public sealed class DocumentFrameTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    // The footer every page carries: classification, who generated it and when, then "Page i of N".
    private static readonly Regex Footer = new(@"CONFIDENTIAL · Generated \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d( UTC)? by (?<who>[A-Z][a-z]+ [A-Z][a-z]+) Page (?<page>\d+) of (?<pages>\d+)");

    [Fact]
    public async Task Every_page_of_each_document_has_the_same_header_footer_and_classification()
    {
        foreach (var (pdf, runningTitle, who, title) in await DocumentsAsync())
        {
            var pages = PdfText.Pages(pdf);
            Assert.True(pages.Count >= 2, $"{title}: {pages.Count} page(s)");
            for (var i = 0; i < pages.Count; i++)
            {
                var footer = Footer.Match(pages[i]);
                Assert.True(footer.Success, $"{title}, page {i + 1}: no frame footer in \"{pages[i]}\"");
                Assert.Equal((who, $"{i + 1}", $"{pages.Count}"), (footer.Groups["who"].Value, footer.Groups["page"].Value, footer.Groups["pages"].Value));
                // A pack's cover has no running header; every other page of every document has.
                if (i > 0) Assert.StartsWith($"{runningTitle} CONFIDENTIAL", pages[i]);
            }
            Assert.Matches("CONFIDENTIAL (Internal|Personal data)", pages[0]); // the banner on the first page
        }
    }

    [Fact]
    public async Task Each_documents_title_is_in_the_one_navy()
    {
        foreach (var (pdf, _, _, title) in await DocumentsAsync())
        {
            using var document = PdfDocument.Open(pdf);
            var page = document.GetPage(1);
            // The title is the largest text on the first page.
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var largest = letters.Where(l => l.PointSize >= letters.Max(x => x.PointSize) - 0.01).ToList();
            Assert.Equal(title.Replace(" ", ""), string.Concat(largest.Select(l => l.Value)));
            var (r, g, b) = largest[0].Color.ToRGBValues();
            Assert.Equal("#1E3A5F", $"#{(int)Math.Round(r * 255):X2}{(int)Math.Round(g * 255):X2}{(int)Math.Round(b * 255):X2}");
        }
    }

    private static async Task<List<(byte[] Pdf, string RunningTitle, string Who, string Title)>> DocumentsAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        var scenario = await BriefingScenario.CreateAsync(database);
        var pack = (await scenario.Service.ExportStakeholderPackAsync(TestActors.PublicAffairs, scenario.MpId, BriefingEdition.Internal))!;
        return
        [
            (pack.Content, "Registration campaign · Briefing pack: Gwen Hughes", "Pat Affairs", "Briefing pack"),
            (ProgressReport.Render(Dashboard(), "Claire Donnelly", At), "Registration campaign · Campaign progress report", "Claire Donnelly",
                "Campaign progress report"),
            (SubjectAccessExport.ToPdf(SubjectAccess()), "Subject access report: Rachel Iqbal", "Ada Admin", "Subject access report"),
        ];
    }

    private static DashboardData Dashboard()
    {
        var movement = new Movement(30, [], [], [], 0, 0, 0);
        var milestones = Enumerable.Range(1, 60)
            .Select(i => new Campaign.Campaigns.MilestoneView(i, $"Milestone {i}", new DateOnly(2026, 1, 1), null, Campaign.Campaigns.MilestoneStatus.Planned, "")).ToList();
        return new DashboardData(1, "Registration campaign", new DateOnly(2026, 11, 26), 39, 8, 5, [new AskProgress(1, "reg", "Statutory registration", 22, 39)],
            [], [], [], movement, movement with { Days = 90 }, new Coverage([], [], 0, 0), [], milestones, [], []);
    }

    private static SubjectAccessReport SubjectAccess() => new(1, At, "Ada Admin", new SubjectDetails(
        StakeholderKind.MP, "Rachel Iqbal", "Dr", "Rachel", "Iqbal", null, "Labour", "Leeds South West and Morley", House.Commons, null, 90001,
        new DateOnly(2024, 7, 4), null, null, MembershipStatus.Current, null, null, null, "rachel@example.org", null, null, PriorityTier.A, 4, 5,
        "Hannah Mercer", null, "Members API", LawfulBasis.LegitimateInterests, null, At, At, null))
    {
        Tags = Enumerable.Range(1, 3).Select(i => $"tag-{i}").ToList(),
        FollowUps = Enumerable.Range(1, 80).Select(i => new SubjectFollowUp($"Follow-up {i}", new DateOnly(2026, 12, 1), Campaign.Engagements.FollowUpStatus.Open, "Pat Affairs")).ToList(),
    };
}
