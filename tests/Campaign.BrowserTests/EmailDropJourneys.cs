namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class EmailDropJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task Drop_an_email_on_Log_a_contact_add_the_unknown_researcher_save_and_the_same_email_is_refused_next_time() =>
        RunAsync("drop-an-email", async page =>
        {
            var n = Random.Shared.Next(1000, 9999);
            var subject = $"Re: A meeting on Patient Group Directions ({n})";
            var researcher = $"Morag Reid {n}";
            var eml = await WriteEmailAsync(n, subject, researcher);
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/interactions/new");

            await page.Locator("#email-drop").SetInputFilesAsync(eml);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"From the email \"{Path.GetFileName(eml)}\"" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync(subject);
            var people = page.Locator("table").Filter(new() { HasText = "On the email" });
            await Assertions.Expect(people.GetByRole(AriaRole.Row).Filter(new() { HasText = "fiona.macaulay.mp@parliament.example" })).ToContainTextAsync("Fiona MacAulay (attendee)");
            await Assertions.Expect(people.GetByRole(AriaRole.Row).Filter(new() { HasText = "priya.raman@westbridge.example" })).ToContainTextAsync("Priya Raman (staff)");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Attendee Fiona MacAulay" }).Or(page.GetByLabel("Attendee Fiona MacAulay"))).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = $"Add {researcher} as a person" }).ClickAsync();
            await Assertions.Expect(people.GetByRole(AriaRole.Row).Filter(new() { HasText = $"reid{n}@parliament.example" })).ToContainTextAsync("Added (attendee)");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Attendee {researcher}" }).Or(page.GetByLabel($"Attendee {researcher}"))).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(Snackbar(page).GetByText("Interaction saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = subject })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("I would be glad to meet before the Committee takes evidence")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Dear Ms MacAulay")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = researcher, Exact = true }).First).ToBeVisibleAsync();

            await GoToAsync(page, "/interactions/new");
            await page.Locator("#email-drop").SetInputFilesAsync(eml);
            var refusal = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This email is already logged" });
            await Assertions.Expect(refusal).ToBeVisibleAsync();
            await refusal.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = subject })).ToBeVisibleAsync();
        });

    /// <summary>A reply from a sample MP, written as Outlook saves it, with quoted history and an address the directory lacks.</summary>
    private static async Task<string> WriteEmailAsync(int n, string subject, string researcher)
    {
        var path = Path.Combine(Path.GetTempPath(), $"campaign-journey-reply-{n}.eml");
        await File.WriteAllTextAsync(path, $"""
            Message-ID: <journey-{n}-{Guid.NewGuid():N}@parliament.example>
            Date: Thu, 3 Dec 2026 11:15:00 +0000
            From: Fiona MacAulay MP <Fiona.MacAulay.MP@parliament.example>
            To: Priya Raman <priya.raman@westbridge.example>
            Cc: {researcher} <reid{n}@parliament.example>
            Subject: {subject}
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            Dear Priya,

            I would be glad to meet before the Committee takes evidence in January.

            Best wishes,
            Fiona

            On Mon, 30 Nov 2026 at 10:05, Priya Raman <priya.raman@westbridge.example> wrote:
            > Dear Ms MacAulay,
            > May we brief you on access to Patient Group Directions?

            """.Replace("\n", "\r\n"));
        return path;
    }
}
