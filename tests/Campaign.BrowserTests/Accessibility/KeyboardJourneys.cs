namespace Campaign.BrowserTests.Accessibility;

[Collection(nameof(AppServerCollection))]
public sealed class KeyboardJourneys(AppServer server) : Journey(server)
{
    /// <summary>
    /// From the Overview to a saved meeting with Tab, arrows, Enter and Escape only: the skip link, the heading
    /// focused after each navigation, two attendees, a stance with what was said, a follow-up about one of them, and
    /// the save read out. Every stop shows a focus ring; every control is reached by Tab, so none traps the focus.
    /// </summary>
    [Fact]
    public Task Log_a_meeting_with_two_attendees_a_stance_and_a_follow_up_by_keyboard_alone() =>
        RunAsync("keyboard-meeting", async page =>
        {
            var title = $"Keyboard meeting {Random.Shared.Next(1000, 9999)}";
            var followUp = $"Send the costings ({title})";
            var said = $"I will write to the Minister ({title}).";
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/");
            var keys = new KeyboardOnly(page);

            // The page opens with its heading focused; the skip link is the first stop before everything else.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
            await keys.BackTabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" }), "the skip link");
            Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.querySelector(':focus').textContent"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.getBoundingClientRect().left >= 0"), "The skip link shows when focused.");
            await keys.PressAsync("Enter");
            await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

            // Back up to the navigation (it comes before the page) and open Interactions, then Log a contact.
            await keys.BackTabToAsync(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Interactions" }), "the Interactions link");
            await keys.PressToLeaveAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Interactions" })).ToBeFocusedAsync();
            await keys.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Log a contact" }), "Log a contact");
            await keys.PressToLeaveAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Log a contact" })).ToBeFocusedAsync();

            await keys.TabToAsync(page.GetByLabel("Location or channel"), "Location or channel");
            await keys.TypeAsync("Portcullis House");
            await keys.TabToAsync(page.GetByLabel("Title"), "Title");
            await keys.TypeAsync(title);

            var picker = page.GetByLabel("Add an attendee");
            await keys.TabToAsync(picker, "the attendee picker");
            foreach (var name in new[] { "Rachel Iqbal", "Daniel Osei" })
            {
                await keys.TypeAsync(name);
                await Assertions.Expect(page.GetByRole(AriaRole.Option).Filter(new() { HasText = name })).ToBeVisibleAsync();
                await keys.PressAsync("Enter");
                await Assertions.Expect(page.GetByLabel($"Attendee {name}")).ToBeVisibleAsync();
                await Assertions.Expect(picker).ToHaveValueAsync("");
                await Assertions.Expect(picker).ToBeFocusedAsync();
            }

            // Escape closes a list without choosing from it.
            var staff = page.GetByRole(AriaRole.Combobox, new() { Name = "Staff present", Exact = true });
            await keys.TabToAsync(staff, "Staff present");
            await keys.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
            await keys.PressAsync("Escape");
            await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
            Assert.True(await KeyboardOnly.HasFocusAsync(staff), "Escape should leave the focus on Staff present.");

            var osei = page.GetByRole(AriaRole.Group, new() { Name = "Daniel Osei", Exact = true });
            var stance = osei.GetByRole(AriaRole.Combobox, new() { Name = "Registration stance" });
            await keys.TabToAsync(stance, "Daniel Osei's registration stance");
            await keys.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Champion", Exact = true })).ToBeVisibleAsync();
            await keys.ChooseAsync("Champion");
            await Assertions.Expect(stance).ToHaveValueAsync("Champion");
            await keys.TabToAsync(osei.GetByLabel("Registration: what they said"), "what Daniel Osei said");
            await keys.TypeAsync(said);

            // Adding a follow-up puts the focus in its first field.
            await keys.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add a follow-up" }), "Add a follow-up");
            await keys.PressAsync("Enter");
            await Assertions.Expect(page.GetByLabel("Follow-up 1: what needs doing")).ToBeFocusedAsync();
            await keys.TypeAsync(followUp);
            var about = page.GetByRole(AriaRole.Combobox, new() { Name = "About", Exact = true });
            await keys.TabToAsync(about, "the follow-up's About");
            await keys.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Daniel Osei", Exact = true })).ToBeVisibleAsync();
            await keys.ChooseAsync("Daniel Osei");
            await Assertions.Expect(about).ToHaveValueAsync("Daniel Osei");

            await keys.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save" }), "Save");
            // Save is disabled while it saves (so the focus leaves it), then the page changes.
            await keys.PressToLeaveAsync("Enter");
            await Assertions.Expect(page.Locator("[data-announce='polite']")).ToHaveTextAsync("Interaction saved.");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeFocusedAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Rachel Iqbal", Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Daniel Osei", Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(said)).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(followUp)).ToBeVisibleAsync();
        });

    /// <summary>The power/interest grid's dots are reached by Tab, each named and ringed, and Enter opens the person.</summary>
    [Fact]
    public Task The_power_and_interest_grid_is_walked_and_opened_by_keyboard() =>
        RunAsync("keyboard-grid", async page =>
        {
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/");
            var keys = new KeyboardOnly(page);
            var grid = page.GetByRole(AriaRole.Table, new() { Name = "Power and interest grid" });
            var dots = grid.GetByRole(AriaRole.Link);
            await Assertions.Expect(dots.First).ToBeAttachedAsync();

            await keys.TabToAsync(dots.First, "the grid's first dot");
            var first = await dots.First.GetAttributeAsync("aria-label") ?? "";
            await keys.PressAsync("Tab");
            Assert.True(await KeyboardOnly.HasFocusAsync(dots.Nth(1)), "Tab should move on to the grid's next dot.");
            await keys.PressAsync("Shift+Tab");
            Assert.True(await KeyboardOnly.HasFocusAsync(dots.First), "Shift+Tab should come back to the first dot.");

            await keys.PressToLeaveAsync("Enter");
            var name = first[..first.IndexOf(", influence", StringComparison.Ordinal)];
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = name, Exact = true })).ToBeFocusedAsync();
        });
}
