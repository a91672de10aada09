using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed partial class ErrorJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task A_contact_whose_save_fails_is_kept_on_screen_with_a_reference_and_saved_when_tried_again() =>
        RunAsync("save-fails-then-succeeds", async page =>
        {
            var title = $"Meeting about the consultation {Random.Shared.Next(1000, 9999)}";
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/interactions/new");
            await page.GetByLabel("Title").FillAsync(title);
            await page.GetByLabel("Location or channel").FillAsync("Portcullis House");
            var picker = page.GetByLabel("Add an attendee");
            await picker.FillAsync("Iqbal");
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Rachel Iqbal" }).First.ClickAsync();
            await page.GetByLabel("Summary").FillAsync("She will ask the Minister about registration at questions.");

            try
            {
                Server.Faults.FailSaves(() => new InvalidOperationException("Browser journey: the save fails"));
                await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

                var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Something went wrong" });
                await Assertions.Expect(alert).ToContainTextAsync("What you entered is still here: press Save again.");
                await Assertions.Expect(alert).ToContainTextAsync(Reference());
                var reference = Reference().Match(await alert.InnerTextAsync()).Groups[1].Value;
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, "save-fails-message.png"), FullPage = true });

                // Everything typed is still there, and the server log has the reference with the exception's stack.
                await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync(title);
                await Assertions.Expect(page.GetByLabel("Location or channel")).ToHaveValueAsync("Portcullis House");
                await Assertions.Expect(page.GetByLabel("Summary")).ToHaveValueAsync("She will ask the Minister about registration at questions.");
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Attendee Rachel Iqbal" }).Or(page.GetByLabel("Attendee Rachel Iqbal"))).ToBeVisibleAsync();
                var logged = Assert.Single(Server.Logs.Entries, e => e.Message.Contains(reference));
                Assert.Equal(LogLevel.Error, logged.Level);
                Assert.Equal("Browser journey: the save fails", logged.Exception?.Message);
                Assert.False(string.IsNullOrEmpty(logged.Exception?.StackTrace));
            }
            finally
            {
                Server.Faults.Heal();
            }

            // The session survived: the same page saves on the next press.
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Interaction saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("She will ask the Minister about registration at questions.")).ToBeVisibleAsync();
        });

    [GeneratedRegex("reference ([A-Z0-9]{6})")]
    private static partial Regex Reference();
}
