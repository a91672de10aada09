namespace Campaign.BrowserTests.Accessibility;

/// <summary>
/// axe-core's WCAG 2.2 AA rules on every page each role can open, at a desktop and a phone's width, in light and in
/// dark mode: any failing element fails the role's test, named with its page, size, mode, rule and element. A
/// screenshot of each page in each of the four ways is kept with the browser artifacts.
/// </summary>
[Collection(nameof(AppServerCollection))]
public sealed class AccessibilityJourneys(AppServer server) : Journey(server)
{
    private static readonly string[] Pages =
    [
        "/", "/stakeholders", "/stakeholders/new", "/organisations", "/organisations/new", "/interactions", "/interactions/new",
        "/follow-ups", "/monitor", "/bills", "/library", "/templates", "/briefings", "/import", "/search?q=Smith",
        "/privacy", "/admin/users", "/admin/audit", "/admin/email", "/account/notifications", "/account/calendar", "/letters/new",
    ];

    /// <summary>Record pages: the first each list links to (what the role may see of it).</summary>
    private static readonly (string List, string Link)[] FirstRecords =
    [
        ("/stakeholders", "main tbody a[href^='/stakeholders/']"),
        ("/organisations", "main tbody a[href^='/organisations/']"),
        ("/interactions", "main tbody a[href^='/interactions/']"),
        ("/templates", "main a[href^='/templates/']:not([href^='/templates/new'])"),
        ("/library", "main a[href^='/library/']"),
        ("/bills", "main a[href^='/bills/']"),
        ("/", "nav a[href^='/campaigns/']"),
    ];

    /// <summary>
    /// Each page is scanned at a desktop's size in light mode and a phone's in dark mode: every page in both sizes (what
    /// the layout rules see) and both modes (what the colour rules see).
    /// </summary>
    private static readonly (string Size, int Width, int Height, bool Dark)[] Ways = [("desktop", 1366, 900, false), ("phone", 390, 844, true)];

    [Fact]
    public Task Every_page_public_affairs_opens_passes_axe() => ScanAsync(PublicAffairs, "public-affairs");

    [Fact]
    public Task Every_page_leadership_opens_passes_axe() => ScanAsync(Leadership, "leadership");

    [Fact]
    public Task Every_page_a_coalition_member_opens_passes_axe() => ScanAsync(Coalition, "coalition");

    [Fact]
    public Task Every_page_an_administrator_opens_passes_axe() => ScanAsync(Admin, "admin");

    [Fact]
    public Task The_sign_in_pages_pass_axe() =>
        RunAsync("axe-signed-out", async page =>
        {
            var findings = new List<AxeFinding>();
            foreach (var path in new[] { "/account/login", "/account/forgot-password" })
            {
                await page.GotoAsync(path);
                foreach (var (size, width, height, _) in Ways)
                {
                    await page.SetViewportSizeAsync(width, height);
                    findings.AddRange(await AxeScan.RunAsync(page, $"{path} ({size})"));
                }
            }
            Assert.True(findings.Count == 0, $"{findings.Count} failing element(s) signed out:\n" + string.Join("\n", findings));
        });

    private Task ScanAsync(string email, string role) =>
        RunAsync($"axe-{role}", async page =>
        {
            await SignInAsync(page, email);
            var findings = new List<AxeFinding>();
            var scanned = new HashSet<string>();
            foreach (var path in await PagesAsync(page))
            {
                await OpenAsync(page, path);
                // A page the role may not open shows the access-denied page: scanned once.
                var shown = new Uri(page.Url).AbsolutePath;
                if (!scanned.Add(shown == "/account/access-denied" ? shown : path)) continue;
                foreach (var (size, width, height, dark) in Ways)
                {
                    await SetDarkModeAsync(page, dark);
                    await page.SetViewportSizeAsync(width, height);
                    var way = $"{size}-{(dark ? "dark" : "light")}";
                    findings.AddRange(await AxeScan.RunAsync(page, $"{path} ({way})"));
                    await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "axe", role, $"{Safe(path)}-{way}.png") });
                }
                await page.SetViewportSizeAsync(Ways[0].Width, Ways[0].Height);
                await SetDarkModeAsync(page, false);
            }
            Assert.True(findings.Count == 0, $"{findings.Count} failing element(s) for {role}:\n" + string.Join("\n", findings));
        });

    private static async Task<List<string>> PagesAsync(IPage page)
    {
        var pages = Pages.ToList();
        foreach (var (list, link) in FirstRecords)
        {
            await OpenAsync(page, list);
            var first = page.Locator(link).First;
            if (await first.CountAsync() > 0 && await first.GetAttributeAsync("href") is { } href) pages.Add(href);
        }
        return pages;
    }

    /// <summary>Opens a page and waits for its data: the circuit up and no loading bar (the access-denied page has neither).</summary>
    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        if (new Uri(page.Url).AbsolutePath.StartsWith("/account/access-denied", StringComparison.Ordinal)) return;
        await WaitForInteractiveAsync(page);
        await page.WaitForFunctionAsync("() => !document.querySelector('main [aria-label=\"Loading\"], main .mud-table-loading-progress')");
    }

    private static async Task SetDarkModeAsync(IPage page, bool dark)
    {
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = dark ? "Switch to dark mode" : "Switch to light mode" });
        if (await toggle.CountAsync() == 0) return;
        await toggle.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = dark ? "Switch to light mode" : "Switch to dark mode" })).ToBeVisibleAsync();
    }

    private static string Safe(string path) => path == "/" ? "dashboard" : string.Concat(path.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-'));
}
