using Microsoft.Playwright;

namespace Campaign.Benchmarks;

/// <summary>
/// Debian's headless Chromium driven by Playwright (the driver ships in the package; no browser is ever downloaded),
/// launched as the browser tests launch it. Each user is a context of its own (own cookies, own circuit).
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string InstallHint = "apt-get update && apt-get install -y chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    /// <summary>Why the browser entries cannot run here, or null when they can.</summary>
    public static string? MissingReason =>
        File.Exists(ExecutablePath) ? null : $"Chromium not found at {ExecutablePath}. Install it with: {InstallHint} (or set CHROMIUM_PATH).";

    public static async Task<Chromium> LaunchAsync()
    {
        if (MissingReason is { } reason) throw new InvalidOperationException(reason);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                // Without the networking flags Chromium keeps calling home, which this closed network refuses.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new context signed in as <paramref name="email"/>, on the dashboard with its circuit up.</summary>
    /// <param name="prepare">Runs on the context before its page opens (e.g. to expose a function to the page).</param>
    public async Task<IPage> SignInAsync(string baseUrl, string email, Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-GB",
        });
        // Generous: at 10× with twenty users on two cores a first page can take seconds; a timeout here is a failure.
        context.SetDefaultTimeout(60_000);
        await context.AddInitScriptAsync(PageTimer.InitScript);
        if (prepare is not null) await prepare(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BenchmarkAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>The layout marks itself once the circuit's first render is done: before that a click does nothing.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async ValueTask DisposeAsync()
    {
        // Closing the browser ends every context's renderer; the driver goes with Playwright.
        try { await Browser.CloseAsync(); }
        catch (PlaywrightException) { /* already gone */ }
        _playwright.Dispose();
    }
}
