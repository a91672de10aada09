using Campaign.Testing;

namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class BriefingJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task Leadership_exports_a_pack_from_a_profile_reads_it_and_downloads_it_again_from_briefings() =>
        RunAsync("export-briefing-pack", async page =>
        {
            await SignInAsync(page, Leadership);
            await GoToAsync(page, "/stakeholders");
            await page.GetByLabel("Search name, organisation or constituency").FillAsync("Iqbal");
            await Assertions.Expect(page.GetByText("1–1 of 1")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Rachel Iqbal" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rachel Iqbal", Exact = true })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Export briefing pack" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Menuitem, new() { Name = "Internal pack (confidential)" }).ClickAsync());

            Assert.Matches(@"^briefing-rachel-iqbal-\d{4}-\d{2}-\d{2}-internal\.pdf$", download.SuggestedFilename);
            var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
            var pages = PdfText.Pages(pdf);
            Assert.Contains("Briefing pack Rachel Iqbal MP for Leeds South West and Morley · Labour", pages[0]);
            Assert.Contains("Prepared by Claire Donnelly", pages[0]);
            Assert.Contains("CONFIDENTIAL", pages[0]);
            for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            var body = string.Join(" ", pages.Skip(1));
            Assert.Contains("Profile Role MP Party Labour Constituency Leeds South West and Morley", body);
            Assert.Contains("Key messages", body);
            Assert.Contains("A briefing for Rachel Iqbal, Member of Parliament for Leeds South West and Morley", body);
            // The profile is still live after the download: the menu opens again.
            await page.GetByRole(AriaRole.Button, new() { Name = "Export briefing pack" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Shareable pack (nothing confidential)" })).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Escape");

            await GoToAsync(page, "/briefings");
            var downloadAgain = page.GetByRole(AriaRole.Link, new() { Name = $"Download {download.SuggestedFilename}" });
            var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = downloadAgain });
            await Assertions.Expect(row).ToContainTextAsync("Rachel Iqbal");
            await Assertions.Expect(row).ToContainTextAsync("Claire Donnelly");
            await Assertions.Expect(row).ToContainTextAsync("Internal");
            await Assertions.Expect(row).ToContainTextAsync("MP v1");
            var again = await page.RunAndWaitForDownloadAsync(() => downloadAgain.ClickAsync());
            Assert.Equal(pdf, await File.ReadAllBytesAsync(await again.PathAsync()));
        });
}
