using Campaign.Monitoring.Sources;
using Campaign.Testing.Parliament;

namespace Campaign.Core.Tests.Monitoring.Sources;

/// <summary>The fake Parliament APIs, empty, and the sources wired as the app wires them and pointed at it.</summary>
public abstract class SourceFixture : IAsyncLifetime
{
    protected static readonly DateOnly Since = new(2025, 1, 1);

    protected FakeParliamentMonitorApis Api { get; private set; } = null!;

    protected MonitorSourcesHarness Harness { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Api = await FakeParliamentMonitorApis.StartAsync();
        Harness = new MonitorSourcesHarness(Api);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        await Api.DisposeAsync();
    }

    protected MonitorSourcesHarness HarnessWith(params (string Key, string Value)[] settings) =>
        new(Api, settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    /// <summary>Runs a search with a fresh client, as a monitor run would.</summary>
    protected async Task<(IReadOnlyList<SourceHit> Hits, SourceTally Tally)> SearchAsync<T>(string phrase = FakeParliamentMonitorApis.GeneratedPhrase,
        DateOnly? since = null, MonitorSourcesHarness? harness = null, CancellationToken cancellationToken = default) where T : IMonitorSource
    {
        var tally = new SourceTally();
        var hits = await (harness ?? Harness).Source<T>().SearchAsync(phrase, since ?? Since, tally, cancellationToken);
        return (hits, tally);
    }

    /// <summary>A page of truncated JSON and a 200 that is not JSON at all both end in one sentence naming the API.</summary>
    protected async Task AssertBrokenJsonNamesTheApiAsync<T>(string prefix, string api) where T : IMonitorSource
    {
        Api.Inject(new Fault(FaultKind.Truncate) { Where = FakeParliamentMonitorApis.On(prefix) });
        var truncated = await Assert.ThrowsAsync<Campaign.Importing.Parliament.ParliamentApiException>(() => SearchAsync<T>());
        Assert.StartsWith($"Parliament's {api} sent an answer that is not complete, valid JSON (", truncated.Message);
        Assert.EndsWith("; nothing was changed.", truncated.Message);

        Api.Inject(new Fault(FaultKind.Status) { Status = 200, Where = FakeParliamentMonitorApis.On(prefix) });
        var garbage = await Assert.ThrowsAsync<Campaign.Importing.Parliament.ParliamentApiException>(() => SearchAsync<T>());
        Assert.StartsWith($"Parliament's {api} sent an answer that is not a list of ", garbage.Message);
    }

    /// <summary>A search cancelled part-way stops with a cancellation, not an error sentence.</summary>
    protected async Task AssertCancellationHonouredAsync<T>() where T : IMonitorSource
    {
        Api.Latency = TimeSpan.FromMilliseconds(100);
        await using var harness = HarnessWith(("PageSize", "5"));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(250));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SearchAsync<T>(harness: harness, cancellationToken: cancel.Token));
    }
}
