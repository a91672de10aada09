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
        "/templates/new", "/account/change-password", "/not-found", "/error",
    ];

    /// <summary>Pages served without a circuit (no interactivity to wait for, no dark mode).</summary>
    private static readonly string[] StaticPages = ["/account/access-denied", "/account/change-password"];

    /// <summary>Records with an edit form at their address and "/edit" (a person also has a privacy page).</summary>
    private static readonly string[] Editable = ["/stakeholders/", "/organisations/", "/interactions/"];

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

    /// <summary>Each page is scanned at both sizes (what the layout rules see) in both modes (what the colour rules see).</summary>
    private static readonly (string Size, int Width, int Height)[] Sizes = [("desktop", 1366, 900), ("phone", 390, 844)];

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
            foreach (var path in new[] { "/account/login", "/account/forgot-password", "/account/reset-password?email=someone%40example.org&code=expired" })
            {
                await page.GotoAsync(path);
                foreach (var (size, width, height) in Sizes)
                {
                    await page.SetViewportSizeAsync(width, height);
                    findings.AddRange(await AxeScan.RunAsync(page, $"{path} ({size})"));
                }
            }
            Assert.True(findings.Count == 0, $"{findings.Count} failing element(s) signed out:\n" + string.Join("\n", findings));
        });

    /// <summary>
    /// What only shows once opened: the account menu, a drop-down's list, an autocomplete's suggestions, a date picker
    /// and a dialog, each scanned open at both sizes in both modes.
    /// </summary>
    [Fact]
    public Task Open_menus_lists_suggestions_pickers_and_dialogs_pass_axe() =>
        RunAsync("axe-open", async page =>
        {
            await SignInAsync(page, PublicAffairs);
            var findings = new List<AxeFinding>();
            (string Name, string Path, Func<Task> Open)[] states =
            [
                ("account menu", "/", () => page.GetByRole(AriaRole.Button, new() { Name = "Hannah Mercer" }).ClickAsync()),
                ("drop-down list", "/interactions/new", async () =>
                {
                    await page.GetByRole(AriaRole.Combobox, new() { Name = "Kind", Exact = true }).ClickAsync();
                    await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Meeting" })).ToBeVisibleAsync();
                }),
                ("suggestions", "/interactions/new", async () =>
                {
                    await page.GetByLabel("Add an attendee").FillAsync("Osei");
                    await Assertions.Expect(page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Daniel Osei" })).ToBeVisibleAsync();
                }),
                ("date picker", "/interactions/new", async () =>
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Choose a date from the calendar" }).First.ClickAsync();
                    await Assertions.Expect(page.Locator(".mud-picker-open, .mud-popover-open .mud-picker")).Not.ToHaveCountAsync(0);
                }),
                ("dialog", "/stakeholders/2", async () =>
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Record position" }).ClickAsync();
                    await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
                }),
            ];
            foreach (var dark in new[] { false, true })
            {
                await OpenAsync(page, "/");
                await SetDarkModeAsync(page, dark);
                foreach (var (size, width, height) in Sizes)
                {
                    await page.SetViewportSizeAsync(width, height);
                    foreach (var (name, path, open) in states)
                    {
                        await OpenAsync(page, path, dark);
                        await open();
                        var way = $"{size}-{(dark ? "dark" : "light")}";
                        findings.AddRange(await AxeScan.RunAsync(page, $"{name} on {path} ({way})"));
                        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "axe", "open", $"{Safe(name)}-{way}.png") });
                    }
                }
            }
            Assert.True(findings.Count == 0, $"{findings.Count} failing element(s) with something open:\n" + string.Join("\n", findings));
        });

    /// <summary>
    /// The light scans and the dark run side by side, each in its own signed-in browser: while axe works in one page the
    /// machine's other core would otherwise wait.
    /// </summary>
    private Task ScanAsync(string email, string role) =>
        RunAsync($"axe-{role}", async light =>
        {
            await SignInAsync(light, email);
            var paths = await PagesAsync(light);
            await using var darkBrowser = await Server.RequireBrowser().NewContextAsync(new() { BaseURL = Server.BaseUrl, Locale = "en-GB" });
            darkBrowser.SetDefaultTimeout(15_000);
            var dark = await darkBrowser.NewPageAsync();
            await SignInAsync(dark, email);
            await SetDarkModeAsync(dark, true);

            var found = await Task.WhenAll(ScanPagesAsync(light, paths, role, dark: false), ScanPagesAsync(dark, paths, role, dark: true));
            var findings = found.SelectMany(f => f).ToList();
            Assert.True(findings.Count == 0, $"{findings.Count} failing element(s) for {role}:\n" + string.Join("\n", findings));
        });

    private static async Task<List<AxeFinding>> ScanPagesAsync(IPage page, IEnumerable<string> paths, string role, bool dark)
    {
        var findings = new List<AxeFinding>();
        var scanned = new HashSet<string>();
        foreach (var path in paths)
        {
            await page.SetViewportSizeAsync(Sizes[0].Width, Sizes[0].Height);
            await OpenAsync(page, path, dark);
            // A page the role may not open shows the access-denied page: scanned once.
            var shown = new Uri(page.Url).AbsolutePath;
            if (!scanned.Add(shown == "/account/access-denied" ? shown : path)) continue;
            foreach (var (size, width, height) in Sizes)
            {
                await page.SetViewportSizeAsync(width, height);
                var way = $"{size}-{(dark ? "dark" : "light")}";
                findings.AddRange(await AxeScan.RunAsync(page, $"{path} ({way})"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "axe", role, $"{Safe(path)}-{way}.png") });
            }
        }
        return findings;
    }

    private static async Task<List<string>> PagesAsync(IPage page)
    {
        var pages = Pages.ToList();
        foreach (var (list, link) in FirstRecords)
        {
            await OpenAsync(page, list);
            var first = page.Locator(link).First;
            if (await first.CountAsync() == 0 || await first.GetAttributeAsync("href") is not { } href) continue;
            pages.Add(href);
            if (Editable.Any(record => href.StartsWith(record, StringComparison.Ordinal))) pages.Add(href + "/edit");
            if (href.StartsWith("/stakeholders/", StringComparison.Ordinal)) pages.Add("/privacy" + href);
        }
        return pages;
    }

    /// <summary>
    /// Opens a page and waits for its data: the circuit up, no loading bar and, in dark mode, the dark theme read back
    /// from the browser's storage (a static page, such as access denied, has none of these).
    /// </summary>
    private static async Task OpenAsync(IPage page, string path, bool dark = false)
    {
        await page.GotoAsync(path);
        if (StaticPages.Contains(new Uri(page.Url).AbsolutePath)) return;
        await WaitForInteractiveAsync(page);
        await page.WaitForFunctionAsync("() => !document.querySelector('main [aria-label=\"Loading\"], main .mud-table-loading-progress')");
        if (dark) await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
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
