namespace Campaign.BrowserTests.Accessibility;

/// <summary>A public-affairs officer on a phone (390 × 844) after a meeting: every page fits, the list comes first, Save stays in reach.</summary>
[Collection(nameof(AppServerCollection))]
public sealed class PhoneJourneys(AppServer server) : Journey(server)
{
    private const int Width = 390;
    private const int Height = 844;

    /// <summary>Anything visible whose box runs past either edge of the screen, outside a box that scrolls sideways on purpose.</summary>
    private const string CutOff = """
        () => [...document.querySelectorAll('header *, main *')]
            .filter(e => e.checkVisibility() && !e.closest('.item-table-scroll, .mud-table-container, .mud-tabs-tabbar'))
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1); })
            .map(e => `<${e.tagName.toLowerCase()} class="${e.className?.baseVal ?? e.className}"> "${(e.textContent || '').trim().slice(0, 40)}"`)
            .slice(0, 10)
        """;

    [Fact]
    public Task Header_directory_profile_log_a_contact_and_follow_ups_fit_a_phone() =>
        RunAsync("phone-fit", async page =>
        {
            await page.SetViewportSizeAsync(Width, Height);
            await SignInAsync(page, PublicAffairs);
            foreach (var path in new[] { "/stakeholders", "/stakeholders/2", "/interactions/new", "/follow-ups" })
            {
                await GoToAsync(page, path);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= Width, $"{path} scrolls sideways on a phone.");
                var cut = await page.EvaluateAsync<string[]>(CutOff);
                Assert.True(cut.Length == 0, $"{path} cuts off: " + string.Join("; ", cut));
                await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "phone", $"{path.Trim('/').Replace('/', '-')}.png") });
            }

            // The header keeps the account menu and signing out on one line, by their names.
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hannah Mercer" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        });

    [Fact]
    public Task The_directory_shows_people_first_and_its_filters_behind_a_button() =>
        RunAsync("phone-directory", async page =>
        {
            await page.SetViewportSizeAsync(Width, Height);
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/stakeholders");

            var firstPerson = page.Locator("main a[href^='/stakeholders/']").Filter(new() { HasNotText = "New stakeholder" }).First;
            await Assertions.Expect(firstPerson).ToBeInViewportAsync();
            var party = page.GetByRole(AriaRole.Combobox, new() { Name = "Party", Exact = true });
            await Assertions.Expect(party).ToBeHiddenAsync();

            var filter = page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true });
            await Assertions.Expect(filter).ToHaveAttributeAsync("aria-expanded", "false");
            await filter.ClickAsync();
            await Assertions.Expect(party).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hide filters" })).ToHaveAttributeAsync("aria-expanded", "true");
        });

    [Fact]
    public Task Log_a_contacts_save_stays_on_screen_down_the_form() =>
        RunAsync("phone-save", async page =>
        {
            await page.SetViewportSizeAsync(Width, Height);
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/interactions/new");
            await AddAttendeeAsync(page, "Osei", "Daniel Osei");
            var save = page.GetByRole(AriaRole.Button, new() { Name = "Save" });

            foreach (var field in new[] { "Title", "Summary", "Registration stance" })
            {
                await page.GetByLabel(field).First.ScrollIntoViewIfNeededAsync();
                await Assertions.Expect(save).ToBeInViewportAsync();
            }
        });
}
