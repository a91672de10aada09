using Campaign.Importing;
using Campaign.Importing.Parliament;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Campaign.Web.Components.Pages.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Importing;

/// <summary>"Refresh from Parliament" against the fake Members API on loopback, wired as the app wires the sync.</summary>
public sealed class MembersRefreshPanelTests : MudTestContext, IAsyncLifetime
{
    private FakeMembersApi _api = null!;
    private MembersSyncHarness _harness = null!;
    private int _imported;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _api = await FakeMembersApi.StartAsync(FakeMembers.Small());
        // Longer than the harness's test timeouts: a slow page must be cancelled by the user, not time out first.
        _harness = new MembersSyncHarness(Database, _api.BaseUrl, new Dictionary<string, string?> { ["Timeout"] = "00:01:00", ["AttemptTimeout"] = "00:00:50" });
        Services.AddSingleton<MembersImportService>();
        Services.AddTransient(_ => _harness.Sync());
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await _harness.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task A_refresh_previews_a_new_member_and_a_changed_party_and_writes_nothing_yet()
    {
        await LastYearAsync();
        var before = await CountsAsync();

        var cut = RenderPanel();
        Click(cut, "Refresh from Parliament");

        cut.WaitForAssertion(() => Assert.Contains("What the refresh from Parliament will change", cut.Markup));
        var added = cut.FindAll("h4").Single(h => h.TextContent == "New people").NextElementSibling!;
        Assert.Contains("Priya Venkataraman", added.TextContent);
        var party = cut.FindAll("table tbody tr").First(r => r.TextContent.Contains("Party"));
        Assert.Equal(["Asha Iqbal", "Party", "Labour", "Independent"], party.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("1 set aside", cut.Markup); // the record without an id
        Assert.Contains("Import these changes", cut.Markup);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(0, _imported);
    }

    [Fact]
    public async Task Importing_the_preview_writes_it_says_so_in_one_sentence_and_refreshes_the_history()
    {
        await LastYearAsync();
        var cut = RenderPanel();
        Click(cut, "Refresh from Parliament");
        cut.WaitForAssertion(() => Assert.Contains("Import these changes", cut.Markup));
        var requests = _api.Count();

        Click(cut, "Import these changes");

        cut.WaitForAssertion(() => Assert.Equal("Refreshed from Parliament: 1 new, 1 changed (0 left the House), 6 unchanged, 1 set aside.",
            cut.Find("[role=status]").TextContent.Trim()));
        Assert.Equal(1, _imported);
        Assert.DoesNotContain("What the refresh from Parliament will change", cut.Markup);
        Assert.Equal(requests, _api.Count()); // what was previewed is what was written: nothing fetched again
        await using var db = Database.CreateDbContext();
        Assert.Equal("Priya Venkataraman", (await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 91006)).DisplayName);
        Assert.Equal("Independent", (await db.Stakeholders.SingleAsync(s => s.ParliamentMemberId == 91001)).Party);
    }

    [Fact]
    public async Task A_refresh_when_nothing_has_changed_says_so_and_offers_nothing_to_import()
    {
        await Services.GetRequiredService<ParliamentMembersSync>().ImportAsync(TestActors.PublicAffairs);
        var cut = RenderPanel();

        Click(cut, "Refresh from Parliament");

        cut.WaitForAssertion(() => Assert.Contains("Everyone Parliament lists is already up to date: nothing will change.", cut.Markup));
        Assert.Contains("7 from Parliament", cut.Markup);
        Assert.DoesNotContain("Import these changes", cut.Markup);
        Click(cut, "Close");
        Assert.DoesNotContain("What the refresh from Parliament will change", cut.Markup);
    }

    [Fact]
    public async Task The_progress_bar_counts_pages_and_members_and_cancel_stops_the_fetch_and_writes_nothing()
    {
        var before = await CountsAsync();
        // Later pages are slow, so the first ones are counted and the rest are still being fetched when the user cancels.
        _api.Inject(new Fault(FaultKind.Hang, times: 100) { Where = Fault.LaterPage, Delay = TimeSpan.FromSeconds(45) });
        var cut = RenderPanel();

        Click(cut, "Refresh from Parliament");

        cut.WaitForAssertion(() => Assert.Matches(@"Page 4 of 7 · \d+ members read", cut.Find("[data-testid=members-refresh-progress]").TextContent));
        var bar = cut.Find("[data-testid=members-refresh-progress] [role=progressbar]");
        Assert.Equal("Fetching from Parliament", bar.GetAttribute("aria-label"));
        Assert.True(cut.FindAll("button").Single(b => b.TextContent.Contains("Refresh from Parliament")).HasAttribute("disabled"));

        Click(cut, "Cancel");

        cut.WaitForAssertion(() => Assert.Equal("The refresh from Parliament was cancelled; nothing was changed.", cut.Find("[role=status]").TextContent.Trim()));
        Assert.True(_api.Aborted > 0);
        Assert.Empty(cut.FindAll("[data-testid=members-refresh-progress]"));
        Assert.False(cut.FindAll("button").Single(b => b.TextContent.Contains("Refresh from Parliament")).HasAttribute("disabled"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Leaving_the_page_cancels_the_fetch()
    {
        _api.Inject(new Fault(FaultKind.Hang, times: 100) { Delay = TimeSpan.FromSeconds(45) });
        var cut = RenderPanel();
        Click(cut, "Refresh from Parliament");
        await WaitUntilAsync(() => _api.Count() > 0, "the fetch did not start");

        await DisposeComponentsAsync();

        // Without the page cancelling its fetch the hanging pages would be waited on for 45 seconds.
        await WaitUntilAsync(() => _api.Aborted > 0, "the fetch was not cancelled");
    }

    [Fact]
    public async Task An_error_from_Parliament_says_what_failed_writes_nothing_and_try_again_refreshes()
    {
        var before = await CountsAsync();
        var fault = new Fault(FaultKind.Status, times: 1000) { Status = 500 };
        _api.Inject(fault);
        var cut = RenderPanel();

        Click(cut, "Refresh from Parliament");

        cut.WaitForAssertion(() => Assert.Contains("Parliament's Members API answered 500", cut.Find("[role=alert]").TextContent));
        Assert.Contains("nothing was changed", cut.Find("[role=alert]").TextContent);
        Assert.DoesNotContain("Import these changes", cut.Markup);
        Assert.Equal(before, await CountsAsync());

        fault.Remaining = 0;
        await cut.InvokeAsync(() => cut.FindAll("[role=alert] button").Single(b => b.TextContent.Contains("Try again")).Click());

        cut.WaitForAssertion(() => Assert.Contains("What the refresh from Parliament will change", cut.Markup));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task A_possible_match_ticked_as_the_same_person_is_linked_rather_than_added_again()
    {
        int ruth;
        await using (var db = Database.CreateDbContext())
        {
            var person = new Stakeholder { Kind = StakeholderKind.Other, GivenName = "Ruth", FamilyName = "Barnes", DisplayName = "Ruth Barnes", Constituency = "Ipswich" };
            db.Stakeholders.Add(person);
            await db.SaveChangesAsync();
            ruth = person.Id;
        }
        var cut = RenderPanel();
        Click(cut, "Refresh from Parliament");
        cut.WaitForAssertion(() => Assert.Contains("What the refresh from Parliament will change", cut.Markup));

        var matches = cut.Find("[aria-label='Possible matches']");
        Assert.Contains("same name and seat (Ipswich)", matches.TextContent);
        Assert.False(matches.QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        Assert.Contains("This is the same person", matches.QuerySelector("label")!.TextContent);
        await cut.InvokeAsync(() => cut.Find("[aria-label='Possible matches'] input[type=checkbox]").Change(true));
        Click(cut, "Import these changes");

        cut.WaitForAssertion(() => Assert.StartsWith("Refreshed from Parliament: 6 new", cut.Find("[role=status]").TextContent.Trim()));
        await using var check = Database.CreateDbContext();
        var barnes = await check.Stakeholders.Where(s => s.FamilyName == "Barnes").ToListAsync();
        var linked = Assert.Single(barnes);
        Assert.Equal((ruth, 91003, StakeholderKind.MP), (linked.Id, linked.ParliamentMemberId, linked.Kind));
    }

    private IRenderedComponent<MembersRefreshPanel> RenderPanel()
    {
        RenderPopoverProvider();
        return Render<MembersRefreshPanel>(p => p.Add(x => x.Actor, TestActors.PublicAffairs).Add(x => x.Imported, () => _imported++));
    }

    /// <summary>Finds and clicks on the renderer's thread: progress re-renders the panel from the fetch at any moment.</summary>
    private static void Click(IRenderedComponent<MembersRefreshPanel> cut, string text) =>
        cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == text).Click()).GetAwaiter().GetResult();

    /// <summary>Polls the fake, for at most the usual wait: bUnit's waits check again only when something renders.</summary>
    private async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var until = DateTime.UtcNow + DefaultWaitTimeout;
        while (!condition() && DateTime.UtcNow < until) await Task.Delay(50);
        Assert.True(condition(), failure);
    }

    /// <summary>Last year: every current member imported from a file. Since then one changed party and a by-election brought one in.</summary>
    private async Task LastYearAsync()
    {
        var file = UploadedFile.FromText("members.json", FakeMembers.AsFile(_api.Members.Where(m => m.Id is not null && m.Current)).ToJsonString());
        Assert.True((await Services.GetRequiredService<MembersImportService>().ImportAsync(TestActors.PublicAffairs, file)).Committed);
        _api.Members.Single(m => m.Id == 91001).With(v => v["latestParty"]!["name"] = "Independent");
        _api.Members.Add(FakeMember.Commons(91006, "Venkataraman", "Priya", "Hexham", start: "2026-10-16T00:00:00"));
    }

    private Task<(int People, int Batches)> CountsAsync() => Database.WithContextAsync(async db =>
        (await db.Stakeholders.CountAsync(), await db.Set<ImportBatch>().CountAsync()));
}
