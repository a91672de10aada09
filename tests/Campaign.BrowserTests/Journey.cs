using System.Text.RegularExpressions;

namespace Campaign.BrowserTests;

/// <summary>
/// Runs a journey in a fresh browser context (its own cookies), as a person would: visible text and ARIA roles.
/// Keeps a screenshot of the last page on success, and a screenshot plus the page's HTML on failure.
/// </summary>
public abstract partial class Journey(AppServer server)
{
    public const string DemoPassword = "campaign demo 2026";
    public const string Admin = "sam.okoro@westbridge.example";
    public const string PublicAffairs = "hannah.mercer@westbridge.example";
    public const string Leadership = "claire.donnelly@ipem.example";
    public const string Coalition = "gareth.pryce@rct.example";

    protected AppServer Server { get; } = server;

    protected async Task RunAsync(string name, Func<IPage, Task> steps)
    {
        var browser = Server.RequireBrowser();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        // Expectations wait as long as actions: on a loaded CI machine a first server-paged list can take over 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();
        var file = Path.Combine(AppServer.ArtifactsFolder, Safe().Replace(name, "-"));
        try
        {
            await steps(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".failed.png", FullPage = true });
            await File.WriteAllTextAsync(file + ".failed.html", await page.ContentAsync());
            TestContext.Current.TestOutputHelper?.WriteLine($"Kept {file}.failed.png and .html");
            throw;
        }
    }

    /// <summary>Waits for the circuit: before it is up a click lands on the prerendered page and does nothing.</summary>
    protected static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    protected static async Task SignInAsync(IPage page, string email, string password = DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await WaitForInteractiveAsync(page);
    }

    /// <summary>
    /// Picks an attendee and waits until the picker is empty again: the picker takes the focus back once it has cleared,
    /// and on a busy machine that can land after the next field has been focused, sending what is typed there to the picker.
    /// </summary>
    protected static async Task AddAttendeeAsync(IPage page, string typed, string name)
    {
        var picker = page.GetByLabel("Add an attendee");
        await picker.FillAsync(typed);
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = name }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Attendee {name}" }).Or(page.GetByLabel($"Attendee {name}"))).ToBeVisibleAsync();
        await Assertions.Expect(picker).ToHaveValueAsync("");
        await Assertions.Expect(picker).ToBeFocusedAsync();
    }

    /// <summary>What the snackbar shows (its words are also in the page's live region, for screen readers).</summary>
    protected static ILocator Snackbar(IPage page) => page.Locator("#mud-snackbar-container");

    protected static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex Safe();
}
