using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Monitoring;
using Campaign.Scheduling;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Campaign.Core.Tests.Importing.Parliament;

/// <summary>The nightly refresh's step (<see cref="NightlyMembersSync.RunDueAsync"/>) against the fake Members API, as one or two app instances.</summary>
public sealed class NightlyMembersSyncTests : MembersSyncFixture
{
    // 02:30 UK time on 26 November 2026 (GMT, so 02:30 UTC).
    private static readonly DateTimeOffset Due = new(2026, 11, 26, 2, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private readonly CapturedLogs _logs = new();

    /// <summary>An app instance: its own lease holder and contexts, the sync wired as the app wires it.</summary>
    private NightlyMembersSync Instance(bool nightly = true)
    {
        var contexts = Database.With();
        var options = Options.Create(new NightlyMembersSyncOptions { Nightly = nightly });
        var logger = LoggerFactory.Create(l => l.AddProvider(_logs)).CreateLogger<NightlyMembersSync>();
        return new NightlyMembersSync(new Syncs(Harness, () => Runner()), new JobLeases(contexts, Database.Clock), Database.Clock, options, logger);
    }

    /// <summary>The monitors' sources, pointed at a fake of Parliament's other APIs (empty unless a test adds to it).</summary>
    private FakeParliamentMonitorApis? _monitorApis;
    private MonitorSourcesHarness? _monitorSources;

    private MonitorRunner Runner() =>
        new(Database, _monitorSources?.All() ?? [], Database.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<MonitorRunner>.Instance);

    public override async ValueTask DisposeAsync()
    {
        if (_monitorSources is not null) await _monitorSources.DisposeAsync();
        if (_monitorApis is not null) await _monitorApis.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>The services the nightly step asks for: a sync and a monitor runner, as a page gets them.</summary>
    private sealed class Syncs(MembersSyncHarness harness, Func<MonitorRunner> runner) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(ParliamentMembersSync) ? harness.Sync() : serviceType == typeof(MonitorRunner) ? runner() : null;
    }

    [Fact]
    public async Task The_nightly_step_runs_the_monitors_under_the_same_lease_once_a_day()
    {
        Database.Clock.Now = Due;
        _monitorApis = await FakeParliamentMonitorApis.StartAsync();
        _monitorSources = new MonitorSourcesHarness(_monitorApis);
        _monitorApis.Contributions.Add(new FakeContribution("N1", 4001, "Diane Abbott", "Commons", new DateOnly(2026, 11, 20), "Workforce", "SEC-N1", "A clinical technologist."));
        var campaignId = await Database.WithContextAsync(async db =>
        {
            var campaign = new Campaign.Campaigns.LobbyCampaign { Name = "Nightly" };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        await using (var monitors = await MonitorHarness.StartAsync(Database))
            await monitors.AddMonitorAsync(campaignId, new DateOnly(2026, 1, 1), "clinical technologist");

        await Instance().RunDueAsync(Due, TestContext.Current.CancellationToken);
        await Instance().RunDueAsync(Due.AddHours(1), TestContext.Current.CancellationToken);

        Assert.Equal(1, await Database.WithContextAsync(db => db.MonitorItems.CountAsync()));
        Assert.Single(_logs.Entries, e => e.Message.StartsWith("Nightly monitor run: 1 new item", StringComparison.Ordinal));
        Assert.Equal(1, _monitorApis.Requests.Count(r => r.Query.StartsWith("/hansard", StringComparison.Ordinal)));
    }

    private Task<List<ImportBatch>> BatchesAsync() => Database.WithContextAsync(db => db.Set<ImportBatch>().OrderBy(b => b.Id).ToListAsync());

    private Task<JobLease?> LeaseAsync() => new JobLeases(Database, Database.Clock).FindAsync(NightlyMembersSync.JobName);

    [Fact]
    public async Task The_nightly_step_imports_as_the_system_keeps_the_summary_and_marks_the_UK_day_done()
    {
        Database.Clock.Now = Due;

        var result = await Instance().RunDueAsync(Due, TestContext.Current.CancellationToken);

        Assert.Equal(MembersSyncStatus.Imported, result!.Status);
        var batch = Assert.Single(await BatchesAsync());
        Assert.Equal((ImportKind.ParliamentMembers, ParliamentMembersSync.SourceName, "System", CurrentMembers), (batch.Kind, batch.FileName, batch.UserName, batch.Created));
        Assert.Contains(Api.Members.First(m => m.Current && m.Id is not null).Value["nameDisplayAs"]!.GetValue<string>(), batch.Summary);
        Assert.Equal(CurrentMembers, (await CountsAsync()).People);
        var lease = await LeaseAsync();
        Assert.Equal((null, Today), (lease!.Holder, lease.LastCompletedOn));
        var logged = Assert.Single(_logs.Entries, e => e.Message.StartsWith("Nightly refresh from Parliament", StringComparison.Ordinal));
        Assert.Equal((LogLevel.Information, $"Nightly refresh from Parliament: {result.Message}"), (logged.Level, logged.Message));
    }

    [Fact]
    public async Task A_day_already_done_is_not_run_again_even_by_a_restarted_instance()
    {
        await Instance().RunDueAsync(Due, TestContext.Current.CancellationToken);
        var requests = Api.Count();
        Api.Members.Add(FakeMember.Commons(91006, "Venkataraman", "Priya", "Hexham", start: "2026-10-16T00:00:00"));

        var again = await Instance().RunDueAsync(Due.AddHours(12), TestContext.Current.CancellationToken);

        Assert.Null(again);
        Assert.Equal(requests, Api.Count());
        Assert.Single(await BatchesAsync());
    }

    [Fact]
    public async Task Two_instances_due_at_the_same_moment_write_one_batch()
    {
        var (first, second) = (Instance(), Instance());

        var results = await Task.WhenAll(Task.Run(() => first.RunDueAsync(Due)), Task.Run(() => second.RunDueAsync(Due)));

        Assert.Equal(MembersSyncStatus.Imported, Assert.Single(results, r => r is not null)!.Status);
        Assert.Single(await BatchesAsync());
        Assert.Equal(CurrentMembers, (await CountsAsync()).People);
        Assert.Equal(Today, (await LeaseAsync())!.LastCompletedOn);
    }

    [Fact]
    public async Task A_failure_is_logged_writes_nothing_and_leaves_the_day_open_so_the_next_night_succeeds()
    {
        var outage = new Fault(FaultKind.Status, times: 1000) { Status = 500 };
        Api.Inject(outage);
        var instance = Instance();

        var failed = await instance.RunDueAsync(Due, TestContext.Current.CancellationToken);

        Assert.Equal(MembersSyncStatus.Failed, failed!.Status);
        Assert.Equal((0, 0, 0), await CountsAsync());
        var lease = await LeaseAsync();
        Assert.Equal((null, (DateOnly?)null), (lease!.Holder, lease.LastCompletedOn));
        var warning = Assert.Single(_logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal((LogLevel.Warning, $"Nightly refresh from Parliament: {failed.Message} It will be tried again tomorrow night."), (warning.Level, warning.Message));
        Assert.Contains("500", warning.Message);

        outage.Remaining = 0;
        Database.Clock.Now = Due.AddDays(1);
        var next = await instance.RunDueAsync(Due.AddDays(1), TestContext.Current.CancellationToken);

        Assert.Equal(MembersSyncStatus.Imported, next!.Status);
        Assert.Single(await BatchesAsync());
        Assert.Equal(Today.AddDays(1), (await LeaseAsync())!.LastCompletedOn);
    }

    [Fact]
    public async Task When_nightly_is_off_the_step_never_runs()
    {
        var result = await Instance(nightly: false).RunDueAsync(Due, TestContext.Current.CancellationToken);

        Assert.Null(result);
        Assert.Equal(0, Api.Count());
        Assert.Null(await LeaseAsync());
    }

    [Fact]
    public async Task When_nightly_is_off_the_hosted_service_ends_at_once_without_a_sync()
    {
        // The clock at the due time: were the service to run anything on start, it would be this.
        Database.Clock.Now = Due;
        using var service = Instance(nightly: false);

        await service.StartAsync(TestContext.Current.CancellationToken);
        await service.ExecuteTask!;

        Assert.Equal(0, Api.Count());
        Assert.Null(await LeaseAsync());
        Assert.Contains(_logs.Entries, e => e.Message == "The nightly refresh from Parliament is off (Parliament:MembersSync:Nightly).");
        await service.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_settings_are_read_from_Parliament_MembersSync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Parliament:MembersSync:Nightly"] = "false",
            ["Parliament:MembersSync:At"] = "01:15",
            ["Parliament:MembersSync:LeaseDuration"] = "00:45:00",
        }).Build());
        services.AddNightlyMembersSync();
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<NightlyMembersSyncOptions>>().Value;

        Assert.Equal((false, new TimeOnly(1, 15), TimeSpan.FromMinutes(45)), (options.Nightly, options.At, options.LeaseDuration));
        var defaults = new NightlyMembersSyncOptions();
        Assert.Equal((true, new TimeOnly(2, 30), TimeSpan.FromMinutes(30)), (defaults.Nightly, defaults.At, defaults.LeaseDuration));
    }
}
