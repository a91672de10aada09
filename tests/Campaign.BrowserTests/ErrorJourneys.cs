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
            await AddAttendeeAsync(page, "Iqbal", "Rachel Iqbal");
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
            await Assertions.Expect(Snackbar(page).GetByText("Interaction saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("She will ask the Minister about registration at questions.")).ToBeVisibleAsync();
        });

    [Fact]
    public Task A_dropped_connection_shows_the_reconnect_dialog_and_keeps_what_was_being_typed() =>
        RunAsync("connection-drops-and-comes-back", async page =>
        {
            // Every circuit connection goes through the test, which cuts it as a network would and lets the browser
            // back in only when told (so the server has seen the old connection go first, as after a real outage).
            IWebSocketRoute? connection = null;
            var online = true;
            await page.RouteWebSocketAsync(BlazorHub(), ws =>
            {
                if (!online)
                {
                    _ = ws.CloseAsync(new() { Code = 4000, Reason = "Still offline (test)" });
                    return;
                }
                connection = ws;
                ws.ConnectToServer();
            });
            // SignalR falls back to plain HTTP when a WebSocket fails: offline means that too.
            await page.RouteAsync(BlazorHub(), route => online ? route.ContinueAsync() : route.AbortAsync("internetdisconnected"));
            var title = $"Typed as the connection dropped {Random.Shared.Next(1000, 9999)}";
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/interactions/new");
            await AddAttendeeAsync(page, "Iqbal", "Rachel Iqbal");
            await page.GetByLabel("Title").FillAsync(title); // still in the field: its change is not sent yet

            var dialog = page.Locator("#components-reconnect-modal");
            online = false;
            await connection!.CloseAsync(new() { Code = 4000, Reason = "Network lost (test)" });
            await Assertions.Expect(dialog).ToHaveAttributeAsync("open", "");
            await Assertions.Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = "Connection lost" })).ToBeVisibleAsync();
            await Assertions.Expect(dialog.GetByText("Still reconnecting")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(dialog.GetByText("Reconnecting… Stay on this page")).ToBeHiddenAsync();

            // Back online it reconnects by itself; the field still shows, and the server now has, what was typed.
            online = true;
            await Assertions.Expect(dialog).Not.ToHaveAttributeAsync("open", "", new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync(title);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(Snackbar(page).GetByText("Interaction saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
        });

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();

    [GeneratedRegex("reference ([A-Z0-9]{6})")]
    private static partial Regex Reference();
}
