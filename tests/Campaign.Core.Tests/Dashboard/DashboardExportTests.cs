using System.Text;
using Campaign.Common;
using Campaign.Dashboard;
using Campaign.Importing;
using Campaign.Stakeholders;
using Campaign.Testing;

namespace Campaign.Core.Tests.Dashboard;

public sealed class DashboardExportTests : DatabaseTest
{
    private DashboardData _data = null!;

    protected override async Task SetUpAsync()
    {
        await new SampleCampaignSeeder(Database, Database.Clock).SeedAsync(Samples.IpemFolder);
        _data = (await new DashboardService(Database, Database.Clock).GetAsync(TestActors.Leadership, 1))!;
    }

    [Fact]
    public void Csv_opens_in_excel_and_cannot_run_formulas()
    {
        var bytes = CsvExport.ToBytes(["Name", "Count"], [["=HYPERLINK(\"http://evil.example\")", "3"], ["+44 20", "-1"], ["@SUM(A1)", "ok"]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("'=HYPERLINK", text);
        Assert.Contains("'+44 20", text);
        Assert.Contains("'@SUM(A1)", text);
        Assert.StartsWith("Name,Count", text);
    }

    [Fact]
    public void Every_chart_has_a_csv_whose_numbers_match_the_data()
    {
        foreach (var chart in DashboardCsv.Charts)
            Assert.NotNull(DashboardCsv.ToBytes(_data, chart));

        var contributions = Encoding.UTF8.GetString(DashboardCsv.ToBytes(_data, "contributions")!).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var top = _data.Contributions[0];
        Assert.Contains($"{top.Name},{top.Interactions}", contributions[1]);
        Assert.Equal(_data.Contributions.Count + 1, contributions.Length);
        Assert.Null(DashboardCsv.ToBytes(_data, "no-such-chart"));
    }

    [Fact]
    public void The_progress_report_is_two_to_four_pages_with_the_dashboards_numbers()
    {
        var pdf = ProgressReport.Render(_data, "Claire Donnelly", new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

        var pages = PdfText.PageTexts(pdf);
        Assert.InRange(pages.Count, 2, 4);
        var text = string.Join("\n", pages);
        Assert.Contains("Campaign progress report", text);
        Assert.Contains($"People targeted (current, excluding partner contacts)", text);
        Assert.Contains(_data.PeopleTargeted.ToString(), text);
        var first = _data.Asks[0];
        Assert.Contains($"{first.Supportive} of {first.Targeted}", text);
        Assert.Contains(_data.Milestones[0].Title, text);
        Assert.Contains($"Page 1 of {pages.Count}", text);
    }
}
