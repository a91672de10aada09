namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class EngagementJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task Log_a_meeting_with_two_attendees_a_stance_and_a_follow_up_then_see_it_everywhere() =>
        RunAsync("log-a-meeting", async page =>
        {
            var title = $"Journey meeting {Random.Shared.Next(1000, 9999)}";
            var followUp = $"Send the briefing paper ({title})";
            // Unique per run: other journeys log meetings with Daniel Osei in the same database.
            var said = $"I will raise it with the Minister ({title}).";
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/interactions/new");

            await page.GetByLabel("Title").FillAsync(title);
            await page.GetByLabel("Location or channel").FillAsync("Portcullis House");
            await AddAttendeeAsync(page, "Iqbal", "Rachel Iqbal");
            await AddAttendeeAsync(page, "Osei", "Daniel Osei");

            var osei = page.GetByRole(AriaRole.Group, new() { Name = "Daniel Osei", Exact = true });
            await osei.GetByLabel("Registration stance").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Champion", Exact = true }).ClickAsync();
            await osei.GetByLabel("Registration: what they said").FillAsync(said);

            await page.GetByRole(AriaRole.Button, new() { Name = "Add a follow-up" }).ClickAsync();
            await page.GetByLabel("Follow-up 1: what needs doing").FillAsync(followUp);
            await page.GetByLabel("About", new() { Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Daniel Osei", Exact = true }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(Snackbar(page).GetByText("Interaction saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();

            foreach (var person in new[] { "Rachel Iqbal", "Daniel Osei" })
            {
                await page.GetByRole(AriaRole.Link, new() { Name = person, Exact = true }).First.ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = person, Exact = true })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
                await page.GoBackAsync();
                await WaitForInteractiveAsync(page);
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Daniel Osei", Exact = true }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Daniel Osei", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Statutory registration of clinical technologists: Champion" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(said)).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = followUp })).ToContainTextAsync("Follow-up due");

            await page.GetByRole(AriaRole.Link, new() { Name = "Follow-ups" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = followUp })).ToContainTextAsync("Daniel Osei");
        });
}
