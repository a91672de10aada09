using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Stakeholders;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Stakeholders;

public sealed class StakeholderListPageTests : MudTestContext
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration", "pgd");
        var hughes = b.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Constituency = "Dwyfor Meirionnydd"; });
        b.Person("Tom", "Ashby", StakeholderKind.Peer, s => s.Party = "Crossbench");
        b.Position(hughes, campaign.Asks[0], Stance.Champion, new DateOnly(2026, 1, 5));
        b.Interaction(campaign, new DateTime(2026, 2, 3, 9, 30, 0), hughes);
        await b.SaveAsync();
    }

    [Fact]
    public void Lists_people_with_their_derived_stance_and_last_contact()
    {
        RenderPopoverProvider();
        var cut = Render<StakeholderListPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(20));
        var rows = cut.FindAll("tbody tr.mud-table-row");
        Assert.Contains("Tom Ashby", rows[0].TextContent);
        Assert.Contains("Gwen Hughes", rows[1].TextContent);
        Assert.Contains("Champion", rows[1].TextContent);
        Assert.Contains("3 Feb 2026", rows[1].TextContent);
        Assert.Contains("Unknown", rows[0].TextContent);
        Assert.Equal("/stakeholders/" + rows[1].QuerySelector("a")!.GetAttribute("href")!.Split('/')[^1], rows[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_click_on_a_rows_name_is_left_to_the_link_and_a_click_elsewhere_in_the_row_opens_the_person()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        RenderPopoverProvider();
        var cut = Render<StakeholderListPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(20));
        var start = navigation.Uri;

        // The browser follows the link itself; had the row's handler navigated as well, the profile would render twice.
        cut.Find("tbody tr.mud-table-row a").Click();
        Assert.Equal(start, navigation.Uri);

        var href = cut.Find("tbody tr.mud-table-row a").GetAttribute("href")!;
        cut.Find("tbody tr.mud-table-row td[data-label=\"Kind\"]").Click();
        Assert.Equal(navigation.ToAbsoluteUri(href).ToString(), navigation.Uri);
    }

    [Fact]
    public void Filters_from_the_address_are_applied()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/stakeholders?kind=Peer");
        RenderPopoverProvider();

        var cut = Render<StakeholderListPage>();

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("tbody tr.mud-table-row");
            Assert.Single(rows);
            Assert.Contains("Tom Ashby", rows[0].TextContent);
        }, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Typing_in_the_search_box_narrows_the_list_and_keeps_it_in_the_address()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/stakeholders");
        RenderPopoverProvider();
        var cut = Render<StakeholderListPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(20));

        cut.Find("#stakeholder-search").Input("Dwyfor");

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("tbody tr.mud-table-row");
            Assert.Single(rows);
            Assert.Contains("Gwen Hughes", rows[0].TextContent);
        }, TimeSpan.FromSeconds(20));
        Assert.Equal("http://localhost/stakeholders?q=Dwyfor", Services.GetRequiredService<NavigationManager>().Uri);
    }
}
