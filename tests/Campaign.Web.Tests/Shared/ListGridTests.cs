using Campaign.Common;
using Campaign.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Person = Campaign.Web.Tests.Shared.PeopleGrid.Person;

namespace Campaign.Web.Tests.Shared;

public sealed class ListGridTests : MudTestContext
{
    private static readonly Person[] Everyone = Enumerable.Range(1, 60)
        .Select(i => new Person(i, $"Person {i:00}", 20 + i % 50, i % 2 == 0 ? "Bangor" : "Wrexham")).ToArray();

    private readonly List<ListGridRequest> _requests = [];

    /// <summary>Pages and sorts <see cref="Everyone"/> as a service would, completing at once (as SQLite's calls do).</summary>
    private Task<PagedResult<Person>> LoadAsync(ListGridRequest request, CancellationToken cancellationToken)
    {
        _requests.Add(request);
        IEnumerable<Person> rows = request.SortBy switch
        {
            "age" => request.Descending ? Everyone.OrderByDescending(p => p.Age) : Everyone.OrderBy(p => p.Age),
            _ => request.Descending ? Everyone.OrderByDescending(p => p.Name) : Everyone.OrderBy(p => p.Name),
        };
        var page = rows.Skip(request.Page * request.PageSize).Take(request.PageSize).ToList();
        return Task.FromResult(new PagedResult<Person>(page, Everyone.Length, request.Page, request.PageSize));
    }

    private IRenderedComponent<PeopleGrid> RenderGrid(Func<Person, string>? rowHref = null, bool showAge = true) =>
        Render<PeopleGrid>(p => p.Add(x => x.Load, LoadAsync).Add(x => x.RowHref, rowHref).Add(x => x.ShowAge, showAge));

    private static List<string> Column(IRenderedComponent<PeopleGrid> cut, string title) =>
        cut.FindAll($"tbody td[data-label=\"{title}\"]").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public void The_first_page_is_in_the_first_render_with_no_second_fetch()
    {
        var cut = RenderGrid();

        // No waiting: the rows must be there as soon as the grid has rendered once.
        Assert.Equal(25, cut.FindAll("tbody tr.mud-table-row").Count);
        Assert.Equal(["Person 01", "Person 02"], Column(cut, "Name").Take(2));
        Assert.Equal([new ListGridRequest(0, 25, null, false)], _requests);
        Assert.Equal("1–25 of 60", cut.Find(".list-grid-pager [role=status]").TextContent);
    }

    [Fact]
    public void Columns_show_in_the_order_written_and_follow_the_page_as_it_changes()
    {
        var cut = RenderGrid(showAge: false);
        Assert.Equal(["Name", "Town"], cut.FindAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));

        cut.Render(p => p.Add(x => x.ShowAge, true));

        Assert.Equal(["Name", "Age", "Town"], cut.FindAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        Assert.Equal(["Name", "Age", "Town"], cut.FindAll("tbody tr.mud-table-row")[0].QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
        Assert.Equal("Wrexham", Column(cut, "Town")[0]);
    }

    [Fact]
    public void A_sortable_heading_is_a_button_that_sorts_ascending_then_descending_and_says_so()
    {
        var cut = RenderGrid();
        cut.Find(".list-grid-pager button[aria-label='Next page']").Click();
        Assert.Null(cut.FindAll("thead th")[2].GetAttribute("aria-sort")); // Town does not sort
        Assert.Empty(cut.FindAll("thead th")[2].QuerySelectorAll("button"));

        cut.FindAll("thead th button.list-grid-sort")[1].Click();

        Assert.Equal(new ListGridRequest(0, 25, "age", false), _requests[^1]);
        Assert.Equal("ascending", cut.FindAll("thead th")[1].GetAttribute("aria-sort"));
        Assert.Equal("none", cut.FindAll("thead th")[0].GetAttribute("aria-sort"));
        Assert.Equal("20", Column(cut, "Age")[0]);

        cut.FindAll("thead th button.list-grid-sort")[1].Click();

        Assert.Equal(new ListGridRequest(0, 25, "age", true), _requests[^1]);
        Assert.Equal("descending", cut.FindAll("thead th")[1].GetAttribute("aria-sort"));
        Assert.Equal("69", Column(cut, "Age")[0]);
    }

    [Fact]
    public void The_pager_moves_between_pages_and_a_new_page_size_starts_again_from_the_first()
    {
        var cut = RenderGrid();
        Assert.True(cut.Find("button[aria-label='Previous page']").HasAttribute("disabled"));

        cut.Find("button[aria-label='Last page']").Click();

        Assert.Equal(new ListGridRequest(2, 25, null, false), _requests[^1]);
        Assert.Equal(["Person 51", "Person 60"], new[] { Column(cut, "Name")[0], Column(cut, "Name")[^1] });
        Assert.Equal("51–60 of 60", cut.Find(".list-grid-pager [role=status]").TextContent);
        Assert.True(cut.Find("button[aria-label='Next page']").HasAttribute("disabled"));

        cut.Find("button[aria-label='Previous page']").Click();
        Assert.Equal(new ListGridRequest(1, 25, null, false), _requests[^1]);

        cut.Find(".list-grid-pager select").Change("50");

        Assert.Equal(new ListGridRequest(0, 50, null, false), _requests[^1]);
        Assert.Equal(50, cut.FindAll("tbody tr.mud-table-row").Count);
        Assert.Equal("Rows per page", cut.Find(".list-grid-pager label span").TextContent);
    }

    [Fact]
    public void A_row_opens_its_record_when_the_grid_is_given_one_and_is_inert_otherwise()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var inert = RenderGrid();
        Assert.False(inert.Find("tbody tr.mud-table-row").HasAttribute("blazor:onclick"));
        Assert.DoesNotContain("clickable-rows", inert.Find(".mud-table").ClassName);

        var cut = RenderGrid(p => $"/people/{p.Id}");
        cut.FindAll("tbody tr.mud-table-row")[1].Click();

        Assert.Equal("http://localhost/people/2", navigation.Uri);
        Assert.Contains("clickable-rows", cut.Find(".mud-table").ClassName);
    }

    [Fact]
    public void A_reload_shows_its_own_rows_even_when_the_load_before_it_finishes_later()
    {
        var first = new TaskCompletionSource<PagedResult<Person>>();
        var second = new TaskCompletionSource<PagedResult<Person>>();
        var pending = new Queue<TaskCompletionSource<PagedResult<Person>>>([first, second]);
        var cancelled = new List<bool>();
        var cut = Render<PeopleGrid>(p => p.Add(x => x.Load, (request, token) =>
        {
            token.Register(() => cancelled.Add(true));
            return pending.Count > 0 ? pending.Dequeue().Task : LoadAsync(request, token);
        }));
        Assert.Equal("true", cut.Find("table").GetAttribute("aria-busy"));
        Assert.NotEmpty(cut.FindAll(".mud-table-loading-progress"));

        var reload = cut.InvokeAsync(() => cut.Instance.Grid!.ReloadAsync());
        second.SetResult(new PagedResult<Person>([Everyone[1]], 1, 0, 25));
        first.SetResult(new PagedResult<Person>([Everyone[0]], 1, 0, 25));

        cut.WaitForAssertion(() => Assert.Equal(["Person 02"], Column(cut, "Name")));
        Assert.Equal([true], cancelled);
        Assert.Equal("false", cut.Find("table").GetAttribute("aria-busy"));
        Assert.Empty(cut.FindAll(".mud-table-loading-progress"));
        Assert.True(reload.IsCompletedSuccessfully);
    }

    [Fact]
    public void No_rows_says_so_in_the_grids_own_words()
    {
        var cut = Render<PeopleGrid>(p => p.Add(x => x.Load, (request, _) => Task.FromResult(new PagedResult<Person>([], 0, 0, request.PageSize))));

        Assert.Equal("Nobody matches.", cut.Find("tbody .mud-table-empty-row").TextContent.Trim());
        Assert.Equal("No rows", cut.Find(".list-grid-pager [role=status]").TextContent);
        Assert.True(cut.Find("button[aria-label='Next page']").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Rows_that_are_equal_records_are_both_shown_and_shown_again()
    {
        // Rows are not keyed by value: two equal records (a list with no id column) would be a duplicate key, which
        // Blazor reports when it matches keys between one render and the next.
        var twin = Everyone[0];
        var pages = new Queue<Person[]>([[twin, twin], [Everyone[1], twin, twin]]);
        var cut = Render<PeopleGrid>(p => p.Add(x => x.Load, (request, _) =>
        {
            var rows = pages.Dequeue();
            return Task.FromResult(new PagedResult<Person>(rows, rows.Length, 0, request.PageSize));
        }));
        Assert.Equal(["Person 01", "Person 01"], Column(cut, "Name"));

        await cut.InvokeAsync(() => cut.Instance.Grid!.ReloadAsync());

        Assert.Equal(["Person 02", "Person 01", "Person 01"], Column(cut, "Name"));
    }
}
