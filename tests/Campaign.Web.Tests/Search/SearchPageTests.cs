using Campaign.Engagements;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Layout;
using Campaign.Web.Components.Pages.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Search;

public sealed class SearchPageTests : MudTestContext
{
    private int _priya;
    private int _meeting;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        var b = new Builder(db);
        var campaign = b.Campaign("registration");
        b.Organisation("Patel Foundation");
        var priya = b.Person("Priya", "Patel", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Leicester East"; });
        for (var i = 0; i < 12; i++) b.Person("Sam", $"Patelson{i:D2}");
        var meeting = b.Interaction(campaign, new DateTime(2026, 5, 6, 14, 0, 0), priya);
        meeting.Title = "Meeting with Priya Patel";
        meeting.Summary = "She backs <b>statutory</b> registration.";
        var secret = b.Interaction(campaign, new DateTime(2026, 6, 1, 9, 0, 0), priya);
        secret.Title = "Patel: private briefing";
        secret.IsConfidential = true;
        await b.SaveAsync();
        (_priya, _meeting) = (priya.Id, meeting.Id);
    }

    private IRenderedComponent<SearchPage> RenderAt(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<SearchPage>();
    }

    [Fact]
    public void Results_are_grouped_with_counts_and_link_to_each_record()
    {
        var cut = RenderAt("/search?q=patel");

        cut.WaitForAssertion(() => Assert.Contains("16 results for “patel”.", cut.Find(".search-summary").TextContent));
        Assert.Equal("People (13)", Heading(cut, "search-people"));
        Assert.Equal("Organisations (1)", Heading(cut, "search-organisations"));
        Assert.Equal("Interactions (2)", Heading(cut, "search-interactions"));
        var person = cut.Find("#search-people li a");
        Assert.Equal($"/stakeholders/{_priya}", person.GetAttribute("href"));
        Assert.Equal("Patel", person.QuerySelector("mark")!.TextContent);
        Assert.Contains("MP · Labour · Leicester East", cut.Find("#search-people li").TextContent);
        Assert.Contains(cut.FindAll("#search-interactions li a"), a => a.GetAttribute("href") == $"/interactions/{_meeting}");
        Assert.Contains("Confidential", cut.Find("#search-interactions").TextContent);
    }

    [Fact]
    public void Text_from_the_data_is_shown_as_text_never_as_html()
    {
        var cut = RenderAt("/search?q=registration");

        cut.WaitForAssertion(() => Assert.Contains("She backs <b>statutory</b> registration.", cut.Find("#search-interactions .search-snippet").TextContent));
        Assert.Empty(cut.FindAll("#search-interactions b"));
    }

    [Fact]
    public void Show_more_lists_the_rest_of_a_kind()
    {
        var cut = RenderAt("/search?q=patel");
        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("#search-people li").Count));
        Assert.Contains("Showing 10 of 13", cut.Find("#search-people").TextContent);

        cut.FindAll("#search-people button").Single(b => b.TextContent.Contains("Show more people")).Click();

        cut.WaitForAssertion(() => Assert.Equal(13, cut.FindAll("#search-people li").Count));
        Assert.Empty(cut.FindAll("#search-people button"));
        Assert.Equal(2, cut.FindAll("#search-interactions li").Count);
    }

    [Fact]
    public void Coalition_members_see_neither_confidential_hits_nor_their_count()
    {
        SignInAs(Roles.Coalition);

        var cut = RenderAt("/search?q=patel");

        cut.WaitForAssertion(() => Assert.Equal("Interactions (1)", Heading(cut, "search-interactions")));
        Assert.DoesNotContain("private briefing", cut.Markup);
        Assert.DoesNotContain("Confidential", cut.Find("#search-interactions").TextContent);
    }

    [Fact]
    public void Without_a_query_the_page_says_what_to_do()
    {
        var cut = RenderAt("/search");

        Assert.Contains("Type a name, an organisation or words from a contact", cut.Find(".search-empty").TextContent);
        Assert.Empty(cut.FindAll(".search-group"));
    }

    [Theory]
    [InlineData("zzqx", "Nothing matches “zzqx”.")]
    [InlineData("NEAR((\"*", "Nothing matches “NEAR((\"*”.")]
    public void A_search_with_no_results_says_so(string query, string message)
    {
        var cut = RenderAt("/search?q=" + Uri.EscapeDataString(query));

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find(".search-empty").TextContent));
        Assert.Empty(cut.FindAll(".search-group"));
    }

    private static string Heading(IRenderedComponent<SearchPage> cut, string group) =>
        string.Join(' ', cut.Find($"#{group}-heading").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed class SearchBoxTests : MudTestContext
{
    [Fact]
    public void Enter_in_the_labelled_box_opens_the_results_for_what_was_typed()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Render<SearchBox>(p => p.Add(b => b.InputId, "app-bar-search").Add(b => b.OnAppBar, true));

        Assert.Equal("Search people, organisations and contacts", cut.Find("label[for=app-bar-search]").TextContent);
        var input = cut.Find("#app-bar-search");
        Assert.Equal("q", input.GetAttribute("name"));
        input.Input("  Priya \"Patel & co ");
        cut.Find("form[role=search]").Submit();

        Assert.Equal("http://localhost/search?q=Priya%20%22Patel%20%26%20co", navigation.Uri);
    }

    [Fact]
    public void An_empty_box_goes_nowhere_and_the_box_shows_the_search_on_the_results_page()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Render<SearchBox>(p => p.Add(b => b.InputId, "box"));

        cut.Find("form").Submit();
        Assert.Equal("http://localhost/", navigation.Uri);

        navigation.NavigateTo("/search?q=Leicester%20East");
        cut.WaitForAssertion(() => Assert.Equal("Leicester East", cut.Find("#box").GetAttribute("value")));
        navigation.NavigateTo("/stakeholders");
        cut.WaitForAssertion(() => Assert.True(string.IsNullOrEmpty(cut.Find("#box").GetAttribute("value"))));
    }
}
