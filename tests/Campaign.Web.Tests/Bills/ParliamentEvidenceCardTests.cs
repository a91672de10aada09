using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Stakeholders;

namespace Campaign.Web.Tests.Bills;

/// <summary>A profile's "In Parliament" card: what staff recorded as evidence, linked to Parliament; nothing when there is none.</summary>
public sealed class ParliamentEvidenceCardTests : MudTestContext
{
    private int _hughes, _baker;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.AddTestActorUsersAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("reg");
        var hughes = b.Person("Gwen", "Hughes", StakeholderKind.MP);
        var baker = b.Person("Ben", "Baker", StakeholderKind.MP);
        var seen = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
        db.MonitorItems.Add(new MonitorItem
        {
            Campaign = campaign, Source = MonitorSource.Hansard, SourceId = "h-1", Stakeholder = hughes, MemberName = "Gwen Hughes",
            Title = "Clinical technologists debate", Text = "Registration matters.", Date = new DateOnly(2026, 11, 18),
            Url = "https://hansard.parliament.uk/h-1", FirstSeenAt = seen, LastChangedAt = seen, Status = TriageStatus.Evidence,
        });
        await b.SaveAsync();
        (_hughes, _baker) = (hughes.Id, baker.Id);
    }

    [Fact]
    public void The_card_lists_the_evidence_with_its_source_date_and_link()
    {
        var cut = Render<ParliamentEvidenceCard>(p => p.Add(x => x.StakeholderId, _hughes));

        cut.WaitForAssertion(() => Assert.Contains("In Parliament", cut.Markup));
        var item = cut.Find("ul.parliament-evidence li");
        Assert.Contains("Hansard · 18 Nov 2026", item.TextContent);
        Assert.Equal("https://hansard.parliament.uk/h-1", item.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Nothing_shows_without_evidence()
    {
        var cut = Render<ParliamentEvidenceCard>(p => p.Add(x => x.StakeholderId, _baker));

        Assert.DoesNotContain("In Parliament", cut.Markup);
    }
}
