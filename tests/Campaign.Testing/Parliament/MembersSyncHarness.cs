using Campaign.Data;
using Campaign.Importing.Parliament;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Testing.Parliament;

/// <summary>
/// The sync wired as the app wires it (<see cref="MembersApiServices"/>: typed client, resilience pipeline, options
/// from configuration) on a test database and pointed at a fake API, with waits short enough for tests.
/// </summary>
public sealed class MembersSyncHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public MembersSyncHarness(TestDatabase database, string baseUrl, IDictionary<string, string?>? settings = null)
        : this(database, database.Clock, baseUrl, settings)
    {
    }

    /// <summary>On any database (the benchmarks' copies); <paramref name="settings"/> override the test defaults.</summary>
    public MembersSyncHarness(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock, string baseUrl, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            [$"{MembersApiOptions.Section}:BaseUrl"] = baseUrl,
            [$"{MembersApiOptions.Section}:Contact"] = "mailto:it@campaign.example",
            [$"{MembersApiOptions.Section}:Timeout"] = "00:00:03",
            [$"{MembersApiOptions.Section}:AttemptTimeout"] = "00:00:01",
            [$"{MembersApiOptions.Section}:RetryDelay"] = "00:00:00.010",
            [$"{MembersApiOptions.Section}:MaxRetryAfter"] = "00:00:00.100",
            [$"{MembersApiOptions.Section}:PageSize"] = "2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[$"{MembersApiOptions.Section}:{key}"] = value;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddSingleton(contexts);
        services.AddSingleton(clock);
        services.AddSingleton<MembersImportService>();
        services.AddParliamentMembersApi();
        _services = services.BuildServiceProvider();
    }

    /// <summary>A sync as a page gets one (transient: its own client and gate).</summary>
    public ParliamentMembersSync Sync() => _services.GetRequiredService<ParliamentMembersSync>();

    public MembersApiCache Cache => _services.GetRequiredService<MembersApiCache>();

    public MemberDetailsService Details() => _services.GetRequiredService<MemberDetailsService>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
