using Campaign.Briefings;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Briefings;
using Campaign.Web.Components.Pages.Stakeholders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Briefings;

public sealed class BriefingPagesTests : MudTestContext
{
    private int _hughes;
    private int _visit;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        // The pack records who made it, so the acting user must exist.
        db.Users.Add(new CampaignUser { Id = TestActors.PublicAffairs.UserId!, UserName = "pa", DisplayName = TestActors.PublicAffairs.Name });
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        var hughes = builder.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Constituency = "Ceredigion Preseli"; });
        builder.Person("Tom", "Ashby", StakeholderKind.MP, s => { s.Party = "Labour"; s.Constituency = "Leeds Central"; });
        builder.Person("Ann", "Other", StakeholderKind.Peer, s => s.Party = "Crossbench");
        var visit = builder.Interaction(campaign, new DateTime(2026, 12, 10, 14, 30, 0), hughes);
        visit.Title = "Visit to Aberystwyth hospital";
        await builder.SaveAsync();
        (_hughes, _visit) = (hughes.Id, visit.Id);
    }

    private BriefingService Briefings => Services.GetRequiredService<BriefingService>();

    [Fact]
    public async Task Briefings_lists_planned_meetings_and_exported_packs_with_their_downloads()
    {
        var pack = (await Briefings.ExportStakeholderPackAsync(TestActors.PublicAffairs, _hughes, BriefingEdition.Shareable))!;

        var cut = Render<BriefingListPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(20));
        var row = cut.Find("tbody tr.mud-table-row").TextContent;
        Assert.Contains("Pat Affairs", row);
        Assert.Contains("Gwen Hughes", row);
        Assert.Contains("Shareable", row);
        var download = cut.Find($"a[href='/briefings/{pack.PackId}/download']");
        Assert.True(download.HasAttribute("download"), "A download link, so Blazor's router leaves it to the browser.");

        Assert.Contains("Visit to Aberystwyth hospital", cut.Markup);
        // A pack is made in the circuit (never by a GET), then the browser downloads the stored file.
        cut.Find("button[aria-label='Internal meeting pack for Visit to Aberystwyth hospital']").Click();
        cut.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "download"), TimeSpan.FromSeconds(20));
        await using (var db = Database.CreateDbContext())
            Assert.True(await db.BriefingPacks.AnyAsync(p => p.InteractionId == _visit && p.IsInternal));
        Assert.NotNull(cut.Find("button[aria-label='Shareable meeting pack for Visit to Aberystwyth hospital']"));
    }

    [Fact]
    public async Task The_bulk_export_makes_a_zip_for_the_filtered_list_and_offers_it()
    {
        var popover = RenderPopoverProvider();
        var cut = Render<BulkExportPanel>(p => p.Add(b => b.Query, new StakeholderListQuery { Kind = StakeholderKind.MP }));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Export packs for this list")).Click();
        popover.WaitForAssertion(() => popover.FindAll(".mud-menu-item").Single(i => i.TextContent.Contains("Shareable packs")).Click(), TimeSpan.FromSeconds(20));

        cut.WaitForAssertion(() => Assert.Contains("2 packs are ready.", cut.Markup), TimeSpan.FromSeconds(30));
        await using var db = Database.CreateDbContext();
        var pack = await db.BriefingPacks.SingleAsync();
        Assert.Equal("Stakeholders: kind MP (2 people)", pack.ListDescription);
        Assert.True(cut.Find($"a[href='/briefings/{pack.Id}/download']").HasAttribute("download"));
    }

    [Fact]
    public async Task The_bulk_export_can_be_cancelled_and_then_saves_nothing()
    {
        await using (var db = Database.CreateDbContext())
        {
            var builder = new Builder(db);
            for (var i = 0; i < 150; i++) builder.Person($"Extra{i:000}", "Person", StakeholderKind.HealthProfessional);
            await builder.SaveAsync();
        }
        var popover = RenderPopoverProvider();
        var cut = Render<BulkExportPanel>(p => p.Add(b => b.Query, new StakeholderListQuery()));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Export packs for this list")).Click();
        popover.WaitForAssertion(() => popover.FindAll(".mud-menu-item").Single(i => i.TextContent.Contains("Internal packs")).Click(), TimeSpan.FromSeconds(20));
        cut.WaitForAssertion(() => cut.FindAll("button").Single(b => b.TextContent.Contains("Cancel export")).Click(), TimeSpan.FromSeconds(20));

        cut.WaitForAssertion(() => Assert.Contains("Export cancelled: nothing was saved.", cut.Markup), TimeSpan.FromSeconds(30));
        Assert.Equal(0, await Database.WithContextAsync(db => db.BriefingPacks.CountAsync()));
    }

    [Fact]
    public void The_directory_offers_bulk_export_to_staff()
    {
        RenderPopoverProvider();
        var cut = Render<StakeholderListPage>();

        cut.WaitForAssertion(() => Assert.Contains("Export packs for this list", cut.Markup), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void The_directory_offers_no_bulk_export_to_coalition_members()
    {
        SignInAs(Roles.Coalition);
        RenderPopoverProvider();
        var cut = Render<StakeholderListPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("Export packs for this list", cut.Markup);
    }

    [Theory]
    [InlineData(Roles.Leadership, true)]
    [InlineData(Roles.Coalition, false)]
    public void Profiles_offer_the_export_menu_to_roles_that_may_export(string role, bool offered)
    {
        SignInAs(role);
        RenderPopoverProvider();
        var cut = Render<StakeholderProfilePage>(p => p.Add(x => x.Id, _hughes));

        cut.WaitForAssertion(() => Assert.Contains("Where they stand", cut.Markup), TimeSpan.FromSeconds(20));
        Assert.Equal(offered, cut.Markup.Contains("Export briefing pack", StringComparison.Ordinal));
    }
}
