using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Dashboard;

namespace Campaign.Web.Tests.Bills;

/// <summary>"In Parliament this week" on the dashboard: staff see the week's finds; the coalition sees no card.</summary>
public sealed class ParliamentWeekPanelTests : MudTestContext
{
    private int _campaignId, _hughes;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.AddTestActorUsersAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("reg");
        var hughes = b.Person("Gwen", "Hughes", StakeholderKind.MP);
        var seen = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
        db.MonitorItems.Add(new MonitorItem
        {
            Campaign = campaign, Source = MonitorSource.WrittenQuestions, SourceId = "wq-1", Reference = "HL123", Stakeholder = hughes, MemberName = "Gwen Hughes",
            Title = "Clinical technologists: registration", Text = "To ask about registration.", Date = new DateOnly(2026, 11, 24),
            Url = "https://questions-statements.parliament.uk/wq-1", FirstSeenAt = seen, LastChangedAt = seen,
        });
        await b.SaveAsync();
        (_campaignId, _hughes) = (campaign.Id, hughes.Id);
    }

    [Fact]
    public void Staff_see_the_counts_and_the_newest_items_linked_to_Parliament_and_the_member()
    {
        var cut = Render<ParliamentWeekPanel>(p => p.Add(x => x.CampaignId, _campaignId));

        cut.WaitForAssertion(() => Assert.Contains("In Parliament this week", cut.Markup));
        Assert.Contains("Written questions: 1", cut.Find("ul.parliament-week-counts").TextContent);
        var links = cut.Find("ul.parliament-week-newest li").QuerySelectorAll("a");
        Assert.Equal("https://questions-statements.parliament.uk/wq-1", links[0].GetAttribute("href"));
        Assert.Equal($"/stakeholders/{_hughes}", links[1].GetAttribute("href"));
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/monitor" && a.TextContent == "Open the monitor inbox");
    }

    [Fact]
    public void The_coalition_sees_no_card()
    {
        SignInAs(Roles.Coalition);

        var cut = Render<ParliamentWeekPanel>(p => p.Add(x => x.CampaignId, _campaignId));

        Assert.DoesNotContain("In Parliament this week", cut.Markup);
        Assert.Empty(cut.FindAll("a"));
    }
}
