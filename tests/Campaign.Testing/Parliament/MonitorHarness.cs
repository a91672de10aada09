using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Campaign.Testing.Parliament;

/// <summary>A database, the fake Parliament APIs and the monitor services over both, as the app wires them.</summary>
public sealed class MonitorHarness : IAsyncDisposable
{
    private MonitorHarness(TestDatabase database, FakeParliamentMonitorApis api, MonitorSourcesHarness sources)
    {
        Database = database;
        Api = api;
        Sources = sources;
        Monitors = new MonitorService(database);
        Inbox = new MonitorInbox(database, new PositionService(database, database.Clock), database.Clock);
        Bills = new BillService(database, sources.Source<BillsSource>());
    }

    public TestDatabase Database { get; }
    public FakeParliamentMonitorApis Api { get; }
    public MonitorSourcesHarness Sources { get; }
    public MonitorService Monitors { get; }
    public MonitorInbox Inbox { get; }
    public BillService Bills { get; }

    /// <summary>A fresh runner per run, as the app resolves one (its clients are transient).</summary>
    public MonitorRunner Runner() => new(Database, Sources.All(), Database.Clock, NullLogger<MonitorRunner>.Instance);

    public static async Task<MonitorHarness> StartAsync(TestDatabase database, IDictionary<string, string?>? settings = null)
    {
        var api = await FakeParliamentMonitorApis.StartAsync();
        return new MonitorHarness(database, api, new MonitorSourcesHarness(api, settings));
    }

    /// <summary>A monitor of the campaign watching every source for <paramref name="phrases"/> from <paramref name="from"/>.</summary>
    public async Task<int> AddMonitorAsync(int campaignId, DateOnly from, params string[] phrases)
    {
        var saved = await Monitors.CreateAsync(TestActors.PublicAffairs, new MonitorEditModel
        {
            CampaignId = campaignId, Name = $"Monitor {Guid.NewGuid():N}"[..20], Phrases = string.Join('\n', phrases), StartDate = from,
        });
        return saved.Id ?? throw new InvalidOperationException(string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
    }

    public async ValueTask DisposeAsync()
    {
        await Sources.DisposeAsync();
        await Api.DisposeAsync();
    }
}
