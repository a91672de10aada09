using Campaign.Dashboard;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Dashboard;

/// <summary>A chart is drawn again only when what it shows changes (issue 22: what a circuit re-renders).</summary>
public sealed class DashboardChartsTests : MudTestContext
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<DashboardService>();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration", "pgd");
        var hughes = b.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Priority = PriorityTier.A; });
        b.Position(hughes, campaign.Asks[0], Stance.Champion, new DateOnly(2026, 1, 5));
        b.Interaction(campaign, new DateTime(2026, 2, 3, 9, 30, 0), hughes);
        await b.SaveAsync();
    }

    [Fact]
    public void Showing_a_charts_numbers_does_not_draw_any_chart_again()
    {
        RenderPopoverProvider();
        var cut = Render<DashboardPage>();
        cut.WaitForAssertion(() => Assert.Contains("Engagement over time", cut.Markup), TimeSpan.FromSeconds(20));
        // Four bar charts and a donut, none of them MudBlazor's (which measure themselves in the browser and draw again).
        var bars = cut.FindComponents<BarChart>();
        var donut = cut.FindComponents<DonutChart>();
        Assert.Equal((4, 1, 0), (bars.Count, donut.Count, cut.FindComponents<MudChart<double>>().Count));
        var before = bars.Select(c => c.RenderCount).Append(donut.Single().RenderCount).ToList();

        // Every panel's table opened, one after another (each click re-renders its panel).
        var panels = cut.FindAll("button").Count(b => b.TextContent.Contains("Show the numbers"));
        Assert.True(panels >= 5, $"{panels} panels with numbers");
        for (var i = 0; i < panels; i++)
            cut.FindAll("button").First(b => b.TextContent.Contains("Show the numbers")).Click();

        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Contains("Show the numbers"));
        Assert.Equal(before, bars.Select(c => c.RenderCount).Append(donut.Single().RenderCount).ToList());
    }
}
