using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Layout;
using Campaign.Web.Components.Pages.Monitor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Monitor;

public sealed class MonitorPageTests : MudTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private int _campaignId, _personId, _knownItemId, _unknownItemId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<MonitorInbox>();
        Services.AddSingleton<MonitorService>();
        Services.AddTransient<MonitorRunner>();
        Services.AddSingleton<FollowUpBadge>();
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        builder.TestActorUsers();
        var person = builder.Person("Gwen", "Hughes", StakeholderKind.MP);
        var seen = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var known = new MonitorItem
        {
            Campaign = campaign, Source = MonitorSource.Hansard, SourceId = "h-1", Title = "Healthcare science workforce",
            Text = "I have long argued that every clinical technologist deserves statutory registration.", Date = new DateOnly(2026, 11, 18),
            Url = "https://hansard.parliament.uk/example", MemberId = 4001, MemberName = "Gwen Hughes", Stakeholder = person,
            MatchedPhrases = ["clinical technologist"], FirstSeenAt = seen, LastChangedAt = seen,
        };
        var unknown = new MonitorItem
        {
            Campaign = campaign, Source = MonitorSource.WrittenQuestions, SourceId = "wq-1", Reference = "HL1234", Title = "Clinical technologists: registration",
            Text = "To ask His Majesty's Government what plans they have to regulate clinical technologists.", Date = new DateOnly(2026, 11, 15),
            Url = "https://questions-statements.parliament.uk/example", MemberId = 4002, MemberName = "Lord Ashby",
            MatchedPhrases = ["clinical technologist"], FirstSeenAt = seen, LastChangedAt = seen,
        };
        db.MonitorItems.AddRange(known, unknown);
        await builder.SaveAsync();
        (_campaignId, _personId, _knownItemId, _unknownItemId) = (campaign.Id, person.Id, known.Id, unknown.Id);
    }

    private IRenderedComponent<MonitorPage> RenderPage()
    {
        RenderPopoverProvider();
        var cut = Render<MonitorPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=monitor-item]").Count), Wait);
        return cut;
    }

    private Task<MonitorItem> ItemAsync(int id) => Database.WithContextAsync(db => db.MonitorItems.AsNoTracking().SingleAsync(i => i.Id == id));

    [Fact]
    public void Lists_new_items_newest_first_with_matches_marked_and_the_member_linked()
    {
        var cut = RenderPage();

        var items = cut.FindAll("[data-testid=monitor-item]");
        Assert.Contains("Healthcare science workforce", items[0].TextContent);
        Assert.Equal("clinical technologist", items[0].QuerySelector("mark")!.TextContent);
        Assert.Equal("Gwen Hughes", items[0].QuerySelector($"a[href='/stakeholders/{_personId}']")!.TextContent);
        var title = items[0].QuerySelector("h3 a")!;
        Assert.Equal("_blank", title.GetAttribute("target"));
        Assert.Contains("noopener", title.GetAttribute("rel"));
        Assert.Contains("opens in a new tab", title.TextContent);

        // Someone not in the directory: said so, a way to add them, and the actions that need them disabled.
        Assert.Contains("Lord Ashby (not in the directory)", items[1].TextContent);
        Assert.NotNull(items[1].QuerySelector("a[href='/import']"));
        Assert.True(items[1].QuerySelector("button[aria-label^='Record as evidence']")!.HasAttribute("disabled"));
        Assert.True(items[1].QuerySelector("button[aria-label^='Log as contact']")!.HasAttribute("disabled"));
        Assert.False(items[0].QuerySelector("button[aria-label^='Record as evidence']")!.HasAttribute("disabled"));

        Assert.Contains("Hansard 1", cut.Markup);
        Assert.Contains("Written questions 1", cut.Markup);
        Assert.Contains("All 2", cut.Markup);
    }

    [Fact]
    public async Task Dismiss_moves_an_item_out_of_new_and_restore_brings_it_back()
    {
        var cut = RenderPage();

        cut.Find("button[aria-label='Dismiss: Clinical technologists: registration']").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=monitor-item]")), Wait);
        Assert.DoesNotContain("Lord Ashby", cut.Find("[data-testid=monitor-inbox]").TextContent);
        Assert.Equal(TriageStatus.Dismissed, (await ItemAsync(_unknownItemId)).Status);

        cut.FindAll(".mud-toggle-item").Single(b => b.TextContent.Trim() == "Dismissed").Click();
        cut.WaitForAssertion(() => Assert.Contains("Lord Ashby", cut.Find("[data-testid=monitor-inbox]").TextContent), Wait);
        cut.Find("button[aria-label='Restore: Clinical technologists: registration']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Nothing here.", cut.Markup), Wait);
        Assert.Equal(TriageStatus.New, (await ItemAsync(_unknownItemId)).Status);
    }

    [Fact]
    public async Task Log_as_contact_adds_an_interaction_with_the_member_and_takes_the_item_out_of_new()
    {
        var cut = RenderPage();

        cut.Find("button[aria-label='Log as contact: Healthcare science workforce']").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=monitor-item]")), Wait);
        var item = await ItemAsync(_knownItemId);
        Assert.Equal(TriageStatus.LoggedAsContact, item.Status);
        Assert.NotNull(item.InteractionId);
    }

    [Fact]
    public async Task Record_as_evidence_opens_the_position_dialog_prefilled_and_saves_the_position_with_the_item()
    {
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderPage();

        cut.Find("button[aria-label='Record as evidence: Healthcare science workforce']").Click();

        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("#record-position-form")), Wait);
        Assert.Contains("https://hansard.parliament.uk/example", dialogs.Markup);
        Assert.Contains("clinical technologist deserves statutory registration", dialogs.Markup);
        await dialogs.Find("#record-position-form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=monitor-item]")), Wait);
        var item = await ItemAsync(_knownItemId);
        Assert.Equal(TriageStatus.Evidence, item.Status);
        var position = await Database.WithContextAsync(db => db.StatedPositions.AsNoTracking().SingleAsync(p => p.Id == item.StatedPositionId));
        Assert.Equal(_personId, position.StakeholderId);
        Assert.Equal(EvidenceKind.Hansard, position.EvidenceKind);
        Assert.Equal(new DateOnly(2026, 11, 18), position.StatedOn);
    }

    /// <summary>Someone else dismisses the item while the page still shows it as new.</summary>
    private async Task DismissBehindThePageAsync(int itemId)
    {
        var inbox = Services.GetRequiredService<MonitorInbox>();
        var result = await inbox.DismissAsync(TestActors.PublicAffairs, itemId, (await ItemAsync(itemId)).Version);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task An_item_someone_else_triaged_meanwhile_is_left_as_they_left_it_with_a_clear_message()
    {
        var snackbars = Render<MudSnackbarProvider>();
        var cut = RenderPage();
        await DismissBehindThePageAsync(_knownItemId);

        cut.Find("button[aria-label='Log as contact: Healthcare science workforce']").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Someone else dealt with this item meanwhile", snackbars.Markup), Wait);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=monitor-item]")), Wait);
        var item = await ItemAsync(_knownItemId);
        Assert.Equal(TriageStatus.Dismissed, item.Status);
        Assert.Null(item.InteractionId);
    }

    [Fact]
    public async Task Evidence_for_an_item_someone_else_triaged_meanwhile_closes_the_dialog_and_records_nothing()
    {
        var snackbars = Render<MudSnackbarProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderPage();
        cut.Find("button[aria-label='Record as evidence: Healthcare science workforce']").Click();
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("#record-position-form")), Wait);
        await DismissBehindThePageAsync(_knownItemId);

        await dialogs.Find("#record-position-form").SubmitAsync();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#record-position-form")), Wait);
        snackbars.WaitForAssertion(() => Assert.Contains("Someone else dealt with this item meanwhile", snackbars.Markup), Wait);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=monitor-item]")), Wait);
        Assert.Equal(0, await Database.WithContextAsync(db => db.StatedPositions.CountAsync()));
    }

    [Fact]
    public void Leadership_reads_and_triages_the_inbox_but_has_no_monitors_or_import_link()
    {
        SignInAs(Roles.Leadership);
        var cut = RenderPage();

        Assert.NotNull(cut.Find("button[aria-label='Dismiss: Healthcare science workforce']"));
        Assert.Empty(cut.FindAll("[aria-label=Monitors]"));
        Assert.DoesNotContain("New monitor", cut.Markup);
        Assert.Empty(cut.FindAll("a[href='/import']"));
        Assert.Contains("Lord Ashby (not in the directory)", cut.Markup);
    }

    [Fact]
    public async Task The_coalition_cannot_see_the_inbox_or_its_link_and_leadership_cannot_manage_monitors()
    {
        var inbox = Services.GetRequiredService<MonitorInbox>();
        var query = new MonitorInboxQuery(_campaignId);
        await Assert.ThrowsAsync<AccessDeniedException>(() => inbox.PageAsync(TestActors.Coalition(1), query));
        await Assert.ThrowsAsync<AccessDeniedException>(() => inbox.DismissAsync(TestActors.Coalition(1), _knownItemId, 0));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Services.GetRequiredService<MonitorService>().ListAsync(TestActors.Coalition(1), _campaignId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Services.GetRequiredService<MonitorService>().ListAsync(TestActors.Leadership, _campaignId));

        var staffNav = Render<NavMenu>(p => p.Add(n => n.Actor, TestActors.Leadership));
        Assert.NotNull(staffNav.Find("a[href='/monitor']"));
        var coalitionNav = Render<NavMenu>(p => p.Add(n => n.Actor, TestActors.Coalition(1)));
        Assert.Empty(coalitionNav.FindAll("a[href='/monitor']"));
    }
}
