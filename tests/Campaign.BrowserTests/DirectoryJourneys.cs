namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class DirectoryJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task Public_affairs_finds_a_stakeholder_edits_a_field_and_an_admin_sees_it_in_the_audit_trail() =>
        RunAsync("edit-and-audit", async page =>
        {
            var phone = $"020 7219 {Random.Shared.Next(1000, 9999)}";
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/stakeholders");

            await page.GetByLabel("Search name, organisation or constituency").FillAsync("Iqbal");
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Rachel Iqbal" });
            await Assertions.Expect(page.GetByText("1–1 of 1")).ToBeVisibleAsync(); // the pager: exactly one match
            await row.GetByRole(AriaRole.Link, new() { Name = "Rachel Iqbal" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rachel Iqbal", Exact = true })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Edit Rachel Iqbal" })).ToBeVisibleAsync();
            var telephone = page.GetByLabel("Telephone");
            await telephone.FillAsync(phone);
            await telephone.BlurAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(Snackbar(page).GetByText("Stakeholder saved.")).ToBeVisibleAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rachel Iqbal", Exact = true })).ToBeVisibleAsync();
            await page.ReloadAsync();
            await WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByText(phone)).ToBeVisibleAsync();

            // A fresh browser context: the administrator's own session.
            await using var adminContext = await page.Context.Browser!.NewContextAsync(new() { BaseURL = Server.BaseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
            var admin = await adminContext.NewPageAsync();
            await SignInAsync(admin, Admin);
            await GoToAsync(admin, "/admin/audit");
            var entry = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = phone });
            await Assertions.Expect(entry).ToContainTextAsync("Hannah Mercer");
            await Assertions.Expect(entry).ToContainTextAsync("Updated");
            await Assertions.Expect(entry).ToContainTextAsync("Phone");
            await admin.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "edit-and-audit-admin.png"), FullPage = true });
        });

    [Fact]
    public Task A_coalition_member_reads_the_directory_but_cannot_edit() =>
        RunAsync("coalition-read-only", async page =>
        {
            await SignInAsync(page, Coalition);
            await GoToAsync(page, "/stakeholders");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Rachel Iqbal" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "New stakeholder" })).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "Rachel Iqbal" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rachel Iqbal", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Follow-ups" })).ToHaveCountAsync(0);

            var id = page.Url.Split('/')[^1];
            await page.GotoAsync($"/stakeholders/{id}/edit");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to that");
        });
}
