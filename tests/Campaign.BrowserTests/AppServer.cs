using System.Net;
using Campaign.Data;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

[assembly: CaptureConsole]

namespace Campaign.BrowserTests;

/// <summary>
/// The real app on 127.0.0.1 and a free port, on a fresh temporary SQLite database with the sample campaign
/// and the Development demo users, plus one headless Debian Chromium shared by the journeys.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    public const string InstallHint = "apt-get update && apt-get install -y chromium";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"campaign-browser-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The test-only switch that makes the app's saves throw (off unless a journey turns it on).</summary>
    public DatabaseFaults Faults { get; } = new();

    /// <summary>What the app logged at Warning and above, e.g. a failure's reference with its stack.</summary>
    public CapturedLogs Logs { get; } = new();
    public IBrowser? Browser { get; private set; }
    public string? MissingBrowserReason { get; private set; }

    /// <summary>
    /// Parliament's Members API on loopback, which the app's "Refresh from Parliament" reads: a few hundred members,
    /// each page a little slow, so the progress bar is on screen long enough to be seen.
    /// </summary>
    public FakeMembersApi MembersApi { get; private set; } = null!;

    /// <summary>Parliament's Hansard, written questions, EDM and bills APIs on loopback, which the monitors search; journeys add to it.</summary>
    public FakeParliamentMonitorApis MonitorApis { get; private set; } = null!;

    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    public async ValueTask InitializeAsync()
    {
        // Each run keeps only its own screenshots.
        if (Directory.Exists(ArtifactsFolder)) Directory.Delete(ArtifactsFolder, recursive: true);
        Directory.CreateDirectory(ArtifactsFolder);
        // The journeys share one database: these names sort after the sample's people, so once the refresh journey has
        // imported them the directory's first page (which other journeys read) is unchanged.
        MembersApi = await FakeMembersApi.StartAsync(FakeMembers.Generated(300, 100, family: "Zimmer"));
        MembersApi.Latency = TimeSpan.FromMilliseconds(250);
        MonitorApis = await FakeParliamentMonitorApis.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Parliament:MembersApi:BaseUrl", MembersApi.BaseUrl);
            builder.UseSetting("Parliament:HansardApi:BaseUrl", MonitorApis.HansardUrl);
            builder.UseSetting("Parliament:WrittenQuestionsApi:BaseUrl", MonitorApis.QuestionsUrl);
            builder.UseSetting("Parliament:EdmApi:BaseUrl", MonitorApis.EdmUrl);
            builder.UseSetting("Parliament:BillsApi:BaseUrl", MonitorApis.BillsUrl);
            builder.UseSetting("ConnectionStrings:Campaign", $"Data Source={_databasePath}");
            // Never a refresh from the real Parliament, even if the environment's settings asked for one.
            builder.UseSetting("Parliament:MembersSync:Nightly", "false");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs));
            // Only this host adds the fault switch to the app's database options: the app has no way to turn it on.
            builder.ConfigureServices(services => services.ConfigureDbContext<CampaignDbContext>(options => options.AddInterceptors(Faults)));
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');

        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            MissingBrowserReason = $"Chromium not found at {chromium}. Install it with: {InstallHint} (or set CHROMIUM_PATH).";
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Without the networking flags Chromium keeps calling home, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Skips the journey without Chromium, except on CI, where a missing browser is a failure.</summary>
    public IBrowser RequireBrowser()
    {
        if (Browser is not null) return Browser;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(MissingBrowserReason);
        Assert.Skip(MissingBrowserReason!);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        if (MembersApi is not null) await MembersApi.DisposeAsync();
        if (MonitorApis is not null) await MonitorApis.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_databasePath + suffix);
    }
}

[CollectionDefinition(nameof(AppServerCollection))]
public sealed class AppServerCollection : ICollectionFixture<AppServer>;
