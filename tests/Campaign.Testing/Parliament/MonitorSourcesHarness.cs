using Campaign.Monitoring.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Testing.Parliament;

/// <summary>
/// The four source clients wired as the app wires them (<see cref="MonitorSourceServices"/>: typed clients, resilience
/// pipeline, options from configuration) and pointed at <see cref="FakeParliamentMonitorApis"/>, with waits short enough
/// for tests. <paramref name="settings"/> (e.g. "PageSize") apply to every API and override the test defaults.
/// </summary>
public sealed class MonitorSourcesHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public MonitorSourcesHarness(FakeParliamentMonitorApis api, IDictionary<string, string?>? settings = null)
        : this(new Dictionary<string, string>
        {
            [MonitorSourceOptions.Hansard] = api.HansardUrl, [MonitorSourceOptions.WrittenQuestions] = api.QuestionsUrl,
            [MonitorSourceOptions.EarlyDayMotions] = api.EdmUrl, [MonitorSourceOptions.Bills] = api.BillsUrl,
        }, settings)
    {
    }

    /// <summary>With each API's base address given by section (a closed port, to test an unreachable API).</summary>
    public MonitorSourcesHarness(IDictionary<string, string> baseUrls, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (section, url) in baseUrls)
        {
            values[$"{section}:BaseUrl"] = url;
            values[$"{section}:Contact"] = "mailto:it@campaign.example";
            // Roomy, so a loaded CI machine cannot time out a healthy search; the timeout tests set their own.
            values[$"{section}:Timeout"] = "00:00:20";
            values[$"{section}:AttemptTimeout"] = "00:00:05";
            values[$"{section}:RetryDelay"] = "00:00:00.010";
            values[$"{section}:MaxRetryAfter"] = "00:00:00.100";
            values[$"{section}:PageSize"] = "20";
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[$"{section}:{key}"] = value;
        }
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddParliamentMonitorSources();
        _services = services.BuildServiceProvider();
    }

    /// <summary>A client as a monitor run gets one (transient: its own gate).</summary>
    public T Source<T>() where T : IMonitorSource => _services.GetRequiredService<T>();

    public IEnumerable<IMonitorSource> All() => _services.GetServices<IMonitorSource>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
