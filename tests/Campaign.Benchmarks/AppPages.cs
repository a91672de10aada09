using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Campaign.Benchmarks;

/// <summary>A link in the app's main navigation, and when its page counts as shown.</summary>
public sealed record NavLink(string Href, string Text, PageReady Ready);

/// <summary>
/// The app's pages as a user sees them: the nav's links (read from the page, so a new link is measured too) and
/// what on each page appears only once its data has rendered.
/// </summary>
public static class AppPages
{
    /// <summary>A data row of a server-paged list (the grid renders empty first and fetches its rows after).</summary>
    private const string GridRow = "main tbody.mud-table-body td[data-label]";

    /// <summary>
    /// What shows each page's data. Pages not named here count as shown once their heading is new and their loading
    /// bars have gone, which holds for pages that load before rendering (a bar first, then everything).
    /// </summary>
    private static readonly Dictionary<string, string> DataShown = new()
    {
        ["/"] = "main [aria-label=\"Power and interest grid\"]", // the dashboard's last panel
        ["/stakeholders"] = GridRow,
        ["/organisations"] = GridRow,
        ["/interactions"] = GridRow,
        ["/monitor"] = "main [data-testid=\"monitor-inbox\"]",
        ["/templates"] = "main [aria-label=\"Templates\"]",
        ["/briefings"] = "main [aria-label=\"Planned meetings\"]",
        ["/import"] = "main [aria-label=\"What to import\"]",
    };

    public static readonly PageReady Profile = new(@"^/stakeholders/\d+$", "main h1");

    public static readonly PageReady Directory = new("^/stakeholders$", GridRow);

    public static readonly PageReady NewContact = new("^/interactions/new$", "main input");

    public static PageReady SearchResults => new(@"^/search\?q=", "main .search-summary");

    /// <summary>A saved contact's own page, with its title as the heading.</summary>
    public static PageReady SavedContact(string title) => new(@"^/interactions/\d+$", "main h1", title);

    /// <summary>The main navigation's links as this user sees them, in order.</summary>
    public static async Task<IReadOnlyList<NavLink>> NavLinksAsync(IPage page)
    {
        var links = await page.Locator("nav[aria-label=Main] a[href]").EvaluateAllAsync<string[][]>(
            """
            links => links.map(a => [a.getAttribute('href'),
              // The link's own words, not a badge's ("Follow-ups", not "Follow-ups 12 overdue").
              [...(a.querySelector('.mud-nav-link-text') || a).childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim()])
            """);
        return links.Select(l => new NavLink(l[0], l[1], Ready(l[0]))).ToList();
    }

    public static ILocator Link(IPage page, NavLink link) => page.Locator($"nav[aria-label=Main] a[href=\"{link.Href}\"]");

    private static PageReady Ready(string href)
    {
        var path = "^" + Regex.Replace(Regex.Escape(href), @"\d+", @"\d+") + "$";
        return new PageReady(path, DataShown.GetValueOrDefault(href, "main h1"));
    }
}
