namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class DashboardJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task A_coalition_member_reads_the_dashboard_and_opens_a_charts_table() =>
        RunAsync("coalition-dashboard", async page =>
        {
            await SignInAsync(page, Coalition);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Where they stand, by party" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("People targeted")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Overdue follow-ups")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download CSV: Coalition contributions" })).ToHaveCountAsync(0);

            var panel = page.GetByRole(AriaRole.Region, new() { Name = "Coalition contributions" });
            await panel.GetByRole(AriaRole.Button, new() { Name = "Show the numbers" }).ClickAsync();
            var table = panel.GetByRole(AriaRole.Table);
            await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Partner" })).ToBeVisibleAsync();
            await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Institute of Physics and Engineering in Medicine" })).ToBeVisibleAsync();
            await panel.ScrollIntoViewIfNeededAsync();
        });

    [Fact]
    public Task Leadership_downloads_the_progress_report() =>
        RunAsync("progress-report", async page =>
        {
            await SignInAsync(page, Leadership);
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Progress report" }).ClickAsync());

            var path = Path.Combine(AppServer.ArtifactsFolder, "progress-report.pdf");
            await download.SaveAsAsync(path);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
            Assert.StartsWith("campaign-progress-", download.SuggestedFilename);
        });
}
