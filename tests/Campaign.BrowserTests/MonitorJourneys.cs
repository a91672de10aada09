using Campaign.Testing.Parliament;

namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class MonitorJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task Run_the_sample_monitor_record_a_Hansard_mention_as_evidence_and_see_the_stance_on_the_profile() =>
        RunAsync("monitor-evidence", async page =>
        {
            // Fiona MacAulay (member 90003) is a sample MP, Supportive on registration since 2025.
            const string debate = "Clinical Technologists: Registration";
            var spoken = DateOnly.FromDateTime(DateTime.Today).AddDays(-2);
            lock (Server.MonitorApis.Contributions)
                Server.MonitorApis.Contributions.Add(new FakeContribution("JOURNEY-0001", 90003, "Fiona MacAulay", "Commons", spoken, debate, "JOURNEY-DEBATE",
                    "I will press the Minister until every clinical technologist is on a statutory register."));
            await SignInAsync(page, PublicAffairs);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Parliament monitor" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Parliament monitor" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Run now: Clinical technologists" }).ClickAsync();
            var inbox = page.GetByTestId("monitor-inbox");
            var item = inbox.GetByTestId("monitor-item").Filter(new() { HasText = "every clinical technologist is on a statutory register" });
            await Assertions.Expect(item).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(item.Locator("mark").First).ToHaveTextAsync("clinical technologist", new() { IgnoreCase = true });
            var member = item.GetByRole(AriaRole.Link, new() { Name = "Fiona MacAulay" });
            await Assertions.Expect(member).ToBeVisibleAsync();
            var profile = await member.GetAttributeAsync("href");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, "monitor-inbox.png"), FullPage = true });

            await page.GetByRole(AriaRole.Button, new() { Name = $"Record as evidence: {debate}" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog.GetByLabel("Hansard web address")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^https://hansard.parliament.uk/Commons/.*#contribution-JOURNEY-0001$"));
            await Assertions.Expect(dialog.GetByLabel("Quote")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("statutory register"));
            await dialog.GetByLabel("Stance").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Champion", Exact = true }).ClickAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, "monitor-evidence-dialog.png") });
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save position" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Recorded as evidence")).ToBeVisibleAsync();
            await Assertions.Expect(inbox.GetByText("every clinical technologist is on a statutory register")).Not.ToBeVisibleAsync();

            await GoToAsync(page, profile!);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Fiona MacAulay", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Statutory registration of clinical technologists: Champion" })).ToBeVisibleAsync();
            var evidence = page.GetByRole(AriaRole.Link).Filter(new() { HasText = debate });
            await Assertions.Expect(evidence.First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://hansard.parliament.uk/Commons/"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, "monitor-evidence-profile.png"), FullPage = true });
        });

    [Fact]
    public Task Track_a_bill_by_number_and_see_where_it_is_and_what_comes_next() =>
        RunAsync("bill-timeline", async page =>
        {
            lock (Server.MonitorApis.BillList)
                Server.MonitorApis.BillList.Add(new FakeBill(3737, "Health and Care Professions Bill", "A Bill to make provision for the statutory registration of clinical technologists.", "Commons")
                {
                    LastUpdate = DateTime.Today.AddDays(-10),
                    Stages =
                    [
                        new FakeBillStage(37371, 6, "1st reading", "Commons", 1, [DateOnly.FromDateTime(DateTime.Today).AddDays(-40)]),
                        new FakeBillStage(37372, 7, "2nd reading", "Commons", 2, [DateOnly.FromDateTime(DateTime.Today).AddDays(-10)])
                        {
                            Amendments = [new FakeAmendment(90001, "NC1", "Not moved", "Register every clinical technologist with the HCPC", (90003, "Fiona MacAulay"))],
                        },
                    ],
                });
            await SignInAsync(page, PublicAffairs);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Bills" }).ClickAsync();
            await page.GetByLabel("Bill number").FillAsync("3737");
            await page.GetByRole(AriaRole.Button, new() { Name = "Track this bill" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Health and Care Professions Bill" })).ToBeVisibleAsync();
            var stages = page.Locator("ol.bill-stages");
            await Assertions.Expect(stages.Locator("[aria-current=step]")).ToContainTextAsync("2nd reading");
            await Assertions.Expect(stages.Locator("[aria-current=step]")).ToContainTextAsync("Now");
            await Assertions.Expect(stages.GetByRole(AriaRole.Listitem).Nth(2)).ToContainTextAsync("Committee stage");
            await Assertions.Expect(stages.GetByRole(AriaRole.Listitem).Nth(2)).ToContainTextAsync("Next");
            await Assertions.Expect(stages.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("Royal Assent");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Register every clinical technologist with the HCPC" })).ToContainTextAsync("Fiona MacAulay");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, "bill-timeline.png"), FullPage = true });
        });
}
