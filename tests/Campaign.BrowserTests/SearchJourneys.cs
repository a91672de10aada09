namespace Campaign.BrowserTests;

[Collection(nameof(AppServerCollection))]
public sealed class SearchJourneys(AppServer server) : Journey(server)
{
    [Fact]
    public Task Public_affairs_searches_from_the_app_bar_and_opens_a_profile() =>
        RunAsync("search-from-app-bar", async page =>
        {
            await SignInAsync(page, PublicAffairs);
            await GoToAsync(page, "/interactions");

            var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search people, organisations and contacts" });
            await box.FillAsync("iqbal");
            await box.PressAsync("Enter");

            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=iqbal$"));
            var people = page.GetByRole(AriaRole.Region, new() { Name = "People" });
            await Assertions.Expect(people.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("People (");
            await Assertions.Expect(box).ToHaveValueAsync("iqbal");
            await people.GetByRole(AriaRole.Link, new() { Name = "Rachel Iqbal" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rachel Iqbal", Exact = true })).ToBeVisibleAsync();
        });

    [Fact]
    public Task Symbols_typed_into_the_search_are_harmless() =>
        RunAsync("search-symbols", async page =>
        {
            await SignInAsync(page, Coalition);
            var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search people, organisations and contacts" });
            await box.FillAsync("(iqbal)* -- \" :");
            await box.PressAsync("Enter");

            var people = page.GetByRole(AriaRole.Region, new() { Name = "People" });
            await Assertions.Expect(people.GetByRole(AriaRole.Link, new() { Name = "Rachel Iqbal" })).ToBeVisibleAsync();
        });
}
