using Campaign.Monitoring;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;
using Campaign.Campaigns;
using Campaign.Stakeholders;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Monitoring;

/// <summary>A campaign with one ask and two MPs in the directory (member ids 4001 and 4002), and a monitor harness.</summary>
public abstract class MonitorFixture : DatabaseTest
{
    protected const string Phrase = "clinical technologist";
    protected static readonly DateOnly From = new(2026, 1, 1);

    protected MonitorHarness Harness { get; private set; } = null!;
    protected FakeParliamentMonitorApis Api => Harness.Api;
    protected LobbyCampaign Campaign { get; private set; } = null!;
    protected Stakeholder Abbott { get; private set; } = null!;
    protected Stakeholder Baines { get; private set; } = null!;
    protected int MonitorId { get; private set; }

    protected override async Task SetUpAsync()
    {
        await using (var db = Database.CreateDbContext())
        {
            var build = new Builder(db);
            Campaign = build.Campaign("registration");
            Abbott = build.Person("Diane", "Abbott", StakeholderKind.MP, s => s.ParliamentMemberId = 4001);
            Baines = build.Person("Sam", "Baines", StakeholderKind.MP, s => s.ParliamentMemberId = 4002);
            await build.SaveAsync();
        }
        await Database.AddTestActorUsersAsync();
        Harness = await MonitorHarness.StartAsync(Database);
        MonitorId = await Harness.AddMonitorAsync(Campaign.Id, From, Phrase);
    }

    public override async ValueTask DisposeAsync()
    {
        if (Harness is not null) await Harness.DisposeAsync();
        await base.DisposeAsync();
    }

    protected Task<MonitorRunResult> RunAsync() => Harness.Runner().RunAsync(TestActors.PublicAffairs, MonitorId, cancellationToken: TestContext.Current.CancellationToken);

    protected async Task<List<MonitorItem>> ItemsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.MonitorItems.AsNoTracking().OrderBy(i => i.Source).ThenBy(i => i.SourceId).ToListAsync(TestContext.Current.CancellationToken);
    }

    protected static FakeContribution Speech(string id, int memberId, string name, DateOnly date, string text) =>
        new(id, memberId, name, "Commons", date, "Healthcare Science Workforce", "ABC-" + id, text);

    protected static FakeQuestion Question(int id, int memberId, string name, DateOnly tabled) =>
        new(id, $"{id}", "Commons", tabled, memberId, name, "Clinical Technologists: Regulation",
            "To ask the Secretary of State for Health and Social Care, whether he plans to regulate every clinical technologist.", "Department of Health and Social Care");
}
