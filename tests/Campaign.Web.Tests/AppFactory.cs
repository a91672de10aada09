using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Campaign.Web.Tests;

/// <summary>The real app (Development, sample campaign, demo users) on its own temporary SQLite file.</summary>
public sealed partial class AppFactory(TimeSpan? securityStampInterval = null, string? databasePath = null, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = Identity.DemoUsers.Password;
    public const string PublicAffairs = "hannah.mercer@westbridge.example";
    public const string Admin = "sam.okoro@westbridge.example";
    public const string Leadership = "claire.donnelly@ipem.example";
    public const string Coalition = "gareth.pryce@rct.example";

    private readonly string _databasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"campaign-web-{Guid.NewGuid():N}.db");

    public string DatabasePath => _databasePath;

    /// <summary>Further settings for the app under test (e.g. Email:Smtp pointing at a fake server); set before the first request.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Campaign", $"Data Source={_databasePath}");
        // Whatever the environment (Production tests too): a test host never refreshes from the real Parliament.
        builder.UseSetting("Parliament:MembersSync:Nightly", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (securityStampInterval is { } interval)
            builder.ConfigureServices(services => services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = interval));
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in through the real login form (antiforgery token included) and returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = DemoPassword, string? returnUrl = null)
    {
        var page = await client.GetStringAsync("/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync("/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)), form);
    }

    /// <summary>Posts a form as the app's own pages do: with an antiforgery token issued to this client's user.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string>? fields = null)
    {
        var token = AntiforgeryToken().Match(await client.GetStringAsync("/account/login")).Groups[1].Value;
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>Makes a briefing pack as the page's form does.</summary>
    public static Task<HttpResponseMessage> PostPackAsync(HttpClient client, string path, string? edition = null) =>
        PostFormAsync(client, path, edition is null ? null : new Dictionary<string, string> { ["edition"] = edition });

    public async Task<HttpClient> SignedInClientAsync(string email, string password = DemoPassword)
    {
        var client = Client();
        var response = await SignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_databasePath + suffix);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();
}
