using System.Net;

namespace Campaign.Web.Tests.Search;

/// <summary>The app over HTTP: the search works as a plain GET form, before any interactivity.</summary>
public sealed class SearchEndpointTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_page_has_a_search_form_and_the_results_are_rendered_for_a_plain_get()
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);

        var home = await client.GetStringAsync("/");
        var results = await client.GetAsync("/search?q=Fairbairn");
        var html = await results.Content.ReadAsStringAsync();

        Assert.Contains("<form role=\"search\" method=\"get\" action=\"/search\"", home);
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.Contains("Meeting with Andrew <mark class=\"search-match\">Fairbairn</mark> MP", html);
        Assert.Contains("href=\"/stakeholders/", html);
    }

    [Fact]
    public async Task Coalition_members_get_no_confidential_meeting_in_the_results()
    {
        var staff = await (await _app.SignedInClientAsync(AppFactory.Leadership)).GetStringAsync("/search?q=Fairbairn");
        var coalition = await (await _app.SignedInClientAsync(AppFactory.Coalition)).GetStringAsync("/search?q=Fairbairn");

        Assert.Contains("Confidential", staff);
        Assert.DoesNotContain("Meeting with Andrew", coalition);
    }
}
