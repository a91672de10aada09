using Campaign.Briefings;
using Campaign.Documents;
using Campaign.Library;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Pages.Briefings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Briefings;

public sealed class PackAppendixPagesTests : MudTestContext
{
    private int _hughes;
    private int _framework;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        db.Users.Add(new CampaignUser { Id = TestActors.PublicAffairs.UserId!, UserName = "pa", DisplayName = TestActors.PublicAffairs.Name });
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        var hughes = builder.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Constituency = "Ceredigion Preseli"; });
        await builder.SaveAsync();
        var framework = new LibraryDocument { CampaignId = campaign.Id, Title = "A new regulatory framework", Visibility = LibraryVisibility.Coalition };
        var plan = new LibraryDocument { CampaignId = campaign.Id, Title = "Handling plan", Visibility = LibraryVisibility.StaffOnly };
        db.LibraryDocuments.AddRange(framework, plan);
        var now = DateTimeOffset.UtcNow;
        await LibraryStore.AddVersionAsync(db, framework, new NewLibraryFile("f1.pdf", "application/pdf", Pdf("Old framework"), 1), null, now);
        await LibraryStore.AddVersionAsync(db, framework, new NewLibraryFile("f2.pdf", "application/pdf", Pdf("Framework"), 1, "Final"), null, now);
        await LibraryStore.AddVersionAsync(db, plan, new NewLibraryFile("p.pdf", "application/pdf", Pdf("Plan"), 1), null, now);
        await db.SaveChangesAsync();
        (_hughes, _framework) = (hughes.Id, framework.Id);
    }

    private static byte[] Pdf(string text) => Document.Create(c => c.Page(page => page.Content().Text(text))).GeneratePdf();

    [Fact]
    public async Task The_export_menu_offers_library_pdfs_and_makes_the_pack_with_the_chosen_ones()
    {
        var popover = RenderPopoverProvider();
        var cut = Render<ExportPackMenu>(p => p.Add(m => m.StakeholderId, _hughes));

        cut.WaitForAssertion(() => Assert.Contains("Append library documents", cut.Markup), TimeSpan.FromSeconds(20));
        var select = cut.FindComponent<MudSelect<int>>();
        await cut.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync([_framework]));

        cut.WaitForAssertion(() => Assert.Contains("Version of A new regulatory framework", cut.Markup));
        Assert.Contains("Export briefing pack with 1 appendix", cut.Markup);
        cut.FindAll("button").Single(b => b.TextContent.Contains("Export briefing pack")).Click();
        popover.WaitForAssertion(() => popover.FindAll(".mud-menu-item").Single(i => i.TextContent.Contains("Internal pack")).Click(), TimeSpan.FromSeconds(20));

        cut.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "download"), TimeSpan.FromSeconds(30));
        await using var db = Database.CreateDbContext();
        var appendix = await db.Set<BriefingPackAppendix>().SingleAsync();
        Assert.Equal(("A new regulatory framework", 2, "Final"), (appendix.Title, appendix.VersionNumber, appendix.VersionLabel));
    }

    [Fact]
    public async Task The_pack_list_shows_how_many_appendices_a_pack_carried_and_which()
    {
        var briefings = Services.GetRequiredService<BriefingService>();
        await briefings.ExportStakeholderPackAsync(TestActors.PublicAffairs, _hughes, BriefingEdition.Shareable, [new PackAppendixRequest(_framework)]);

        var cut = Render<BriefingListPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(20));
        var row = cut.Find("tbody tr.mud-table-row").TextContent;
        Assert.Contains("1 appendix", row);
        Assert.Contains("A: A new regulatory framework (v2, Final), page", row);
    }
}
