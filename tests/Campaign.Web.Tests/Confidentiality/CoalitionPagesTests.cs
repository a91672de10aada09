using System.Net;
using Campaign.Testing;

namespace Campaign.Web.Tests.Confidentiality;

/// <summary>
/// Issue 15 over HTTP: a coalition member signed in to the real app opens every page and download address there is,
/// and no canary planted in confidential or internal material (<see cref="ConfidentialScenario"/>) comes back; what
/// their role may not open is refused, never a server error. List pages prerender their first page of rows (ListGrid
/// loads before it renders), so those rows are checked here too; the Core oracle suite (CoalitionOracleTests) covers
/// every page of the lists through the services.
/// </summary>
public sealed class CoalitionPagesTests(CoalitionPagesFixture app) : IClassFixture<CoalitionPagesFixture>
{
    /// <summary>A search word of a canary's shape that is nowhere in the data: how often a page echoes the query.</summary>
    private const string Decoy = "zqdecoy000word";

    [Fact]
    public async Task Every_page_a_coalition_member_may_open_is_free_of_canaries()
    {
        var pages = new List<string> { "/", "/stakeholders", "/interactions", "/organisations", $"/campaigns/{app.CampaignId}", "/account/notifications", "/library" };
        pages.AddRange(app.People.Select(id => $"/stakeholders/{id}"));
        pages.AddRange(app.Organisations.Select(id => $"/organisations/{id}"));
        pages.AddRange(app.Interactions.Where(i => !i.IsConfidential).Select(i => $"/interactions/{i.Id}"));

        var problems = new List<string>();
        foreach (var path in pages)
            problems.AddRange(await CheckAsync(path, HttpStatusCode.OK));
        // Confidential contacts do not exist for them: not found, and nothing of them on the page.
        foreach (var (id, _, _) in app.Interactions.Where(i => i.IsConfidential))
            problems.AddRange(await CheckAsync($"/interactions/{id}", HttpStatusCode.NotFound));

        Assert.True(problems.Count == 0, $"Pages a coalition member opened ({pages.Count + app.Interactions.Count(i => i.IsConfidential)}):\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task No_search_gives_a_coalition_member_a_canary()
    {
        var echoes = Count(await BodyAsync("/search?q=" + Decoy), Decoy);
        var words = new[] { "registration", "meeting", "Osei", "MacAulay", "Castellane", "Prydderch", "confidence", "raised", "worried", "prefers", "follow" }
            .Concat([ConfidentialScenario.CanaryPrefix]).Concat(app.Scenario.Canaries.Select(c => c.Word));

        var problems = new List<string>();
        foreach (var word in words)
            problems.AddRange(await CheckAsync("/search?q=" + Uri.EscapeDataString(word), HttpStatusCode.OK, (word, echoes)));

        Assert.True(problems.Count == 0, "Searches by a coalition member:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_page_and_download_outside_a_coalition_members_role_is_refused()
    {
        var person = app.People[0];
        var open = app.Interactions.First(i => !i.IsConfidential).Id;
        var paths = new List<string>
        {
            "/follow-ups", "/briefings", "/import", "/monitor", "/privacy", "/admin/users", "/admin/audit", "/admin/email", "/templates", "/templates/new",
            "/stakeholders/new", $"/stakeholders/{person}/edit", "/interactions/new", $"/interactions/{open}/edit", "/organisations/new",
            $"/organisations/{app.Organisations[0]}/edit", $"/dashboard/{app.CampaignId}/report.pdf",
        };
        paths.AddRange(app.Charts.Select(chart => $"/dashboard/{app.CampaignId}/{chart}.csv"));
        paths.AddRange(new[] { "stakeholders", "positions", "interactions", "follow-ups", "organisations" }.Select(list => $"/export/{list}.csv"));
        paths.AddRange(new[] { "stakeholders", "organisations", "interactions", "positions" }.Select(kind => $"/import/templates/{kind}.csv"));
        paths.AddRange(app.PackIds.Select(id => $"/briefings/{id}/download"));
        // Making a pack is a POST with the form's token.
        var packs = new List<string>();
        foreach (var id in await app.Scenario.PeopleWithHiddenMaterialAsync())
        {
            packs.Add($"/briefings/stakeholders/{id}/pdf");
            paths.AddRange([$"/privacy/stakeholders/{id}", $"/privacy/stakeholders/{id}/subject-access.json", $"/privacy/stakeholders/{id}/subject-access.pdf"]);
        }
        packs.AddRange(app.Interactions.Where(i => i.IsPlanned).Select(i => $"/briefings/meetings/{i.Id}/pdf"));

        var problems = new List<string>();
        foreach (var path in paths)
            problems.AddRange(await CheckAsync(path, HttpStatusCode.Forbidden));
        foreach (var path in packs)
        {
            foreach (var edition in new[] { "shareable", "internal" })
                problems.AddRange(await CheckAsync($"{path} ({edition})", HttpStatusCode.Forbidden, send: () => AppFactory.PostPackAsync(app.Coalition, path, edition)));
        }

        Assert.True(problems.Count == 0, $"Addresses a coalition member must be refused ({paths.Count}):\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// GETs a path and lists what is wrong: an unexpected status (Forbidden also accepts the redirect to the
    /// access-denied page), and every canary in the body. A search page echoes its query: that many occurrences of
    /// the searched word are the echo, any more are a leak.
    /// </summary>
    private async Task<IEnumerable<string>> CheckAsync(string path, HttpStatusCode expected, (string Word, int Echoes)? query = null,
        Func<Task<HttpResponseMessage>>? send = null)
    {
        var response = await (send ?? (() => app.Coalition.GetAsync(path)))();
        var body = await response.Content.ReadAsStringAsync();
        var problems = new List<string>();
        var refused = response.StatusCode == HttpStatusCode.Forbidden
                      || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/account/access-denied") == true);
        var ok = expected == HttpStatusCode.Forbidden ? refused : response.StatusCode == expected;
        if (!ok)
            problems.Add($"  {(send is null ? "GET" : "POST")} {path}: {(int)response.StatusCode} {response.StatusCode}{(response.Headers.Location is { } to ? " → " + to : "")}, expected {expected}");

        var words = ConfidentialScenario.CanaryWordsIn(body).GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Word: g.Key, Count: g.Count() - (query is { } q && string.Equals(q.Word, g.Key, StringComparison.OrdinalIgnoreCase) ? q.Echoes : 0)))
            .Where(w => w.Count > 0);
        foreach (var (word, count) in words)
        {
            var field = app.Scenario.Canaries.FirstOrDefault(c => string.Equals(c.Word, word, StringComparison.OrdinalIgnoreCase))?.Field ?? "not a planted word";
            problems.Add($"  GET {path}: {word} ({field}) ×{count}: …{Excerpt(body, word)}…");
        }
        return problems;
    }

    private async Task<string> BodyAsync(string path) => await (await app.Coalition.GetAsync(path)).Content.ReadAsStringAsync();

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            count++;
        return count;
    }

    private static string Excerpt(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var from = Math.Max(0, at - 80);
        return System.Text.RegularExpressions.Regex.Replace(text[from..Math.Min(text.Length, at + word.Length + 30)], @"\s+", " ");
    }
}
