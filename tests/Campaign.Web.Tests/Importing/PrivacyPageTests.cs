using Campaign.Auditing;
using Campaign.Importing;
using Campaign.Privacy;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Layout;
using Campaign.Web.Components.Pages.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Importing;

public sealed class PrivacyPageTests : MudTestContext
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<PrivacyService>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new PrivacyOptions { RetentionMonths = 24 }));
        Services.AddSingleton<Components.Layout.FollowUpBadge>();
        await SampleDatabase.FillAsync(Database);
        SignInAs(Roles.Admin);
    }

    [Fact]
    public void The_retention_review_lists_people_not_contacted_for_two_years()
    {
        RenderPopoverProvider();
        var cut = Render<PrivacyPage>();

        cut.WaitForAssertion(() => Assert.Contains("Lord Aldwinkle of Oundle", cut.Find("table").TextContent), TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("Rachel Iqbal", cut.Find("table").TextContent);
        Assert.Contains("Not contacted for (months)", cut.Markup);
    }

    [Fact]
    public async Task Opening_a_subject_access_report_shows_it_and_records_one_view()
    {
        var id = await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 90032).Select(s => s.Id).SingleAsync());

        var cut = Render<SubjectAccessPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("Who changed, viewed or exported this data", cut.Markup), TimeSpan.FromSeconds(20));
        Assert.Contains("kettlebya@parliament.example", cut.Markup);
        Assert.Contains("Legitimate interests", cut.Markup);
        Assert.Equal(1, await Database.WithContextAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Viewed && a.EntityId == id.ToString())));
    }

    [Fact]
    public void The_privacy_page_says_what_erasure_removes_and_what_it_keeps()
    {
        RenderPopoverProvider();
        var cut = Render<PrivacyPage>();

        var section = cut.Find("section[aria-labelledby='erasure-title']");
        Assert.Equal("What erasure removes and what it keeps", cut.Find("#erasure-title").TextContent);
        Assert.Contains("Every stored briefing pack that mentions them", section.TextContent);
        Assert.Contains("import history", section.TextContent);
        Assert.Contains("kind, party, stances and attendance", section.TextContent);
        Assert.Contains("keyed hash of their Parliament member id and email addresses", section.TextContent);
        Assert.Contains("skipped: erased on request", section.TextContent);
    }

    [Fact]
    public async Task A_subject_access_report_lists_the_stored_packs_that_mention_the_person()
    {
        var id = await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.ParliamentMemberId == 90001).Select(s => s.Id).SingleAsync());
        await using (var db = Database.CreateDbContext())
        {
            var builder = new Builder(db);
            builder.TestActorUsers();
            await builder.SaveAsync();
        }
        var pack = await Services.GetRequiredService<Campaign.Briefings.BriefingService>()
            .ExportStakeholderPackAsync(TestActors.Admin, id, Campaign.Briefings.BriefingEdition.Internal);

        var cut = Render<SubjectAccessPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("Stored briefing packs that mention them (1)", cut.Markup), TimeSpan.FromSeconds(20));
        var row = cut.Find("[aria-label='Stored briefing packs that mention this person'] tbody tr");
        Assert.Contains("Person's pack", row.TextContent);
        Assert.Contains("Internal", row.TextContent);
        Assert.Contains("Ada Admin", row.TextContent);
        Assert.Equal($"/briefings/{pack!.PackId}/download", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Admin, true, true)]
    [InlineData(Roles.PublicAffairs, true, false)]
    [InlineData(Roles.Leadership, false, false)]
    public void The_menu_offers_import_and_privacy_to_the_roles_that_have_them(string role, bool import, bool privacy)
    {
        var actor = new Actor("id", "Someone", new HashSet<string> { role }, null);

        var cut = Render<NavMenu>(p => p.Add(x => x.Actor, actor));

        Assert.Equal(import, cut.FindAll("a[href='/import']").Count == 1);
        Assert.Equal(privacy, cut.FindAll("a[href='/privacy']").Count == 1);
    }

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.PublicAffairs, false)]
    public void Only_administrators_see_the_privacy_actions_on_a_profile(string role, bool shown)
    {
        var actor = new Actor("id", "Someone", new HashSet<string> { role }, null);

        var cut = Render<StakeholderPrivacyActions>(p => p.Add(x => x.Actor, actor).Add(x => x.StakeholderId, 7).Add(x => x.DisplayName, "Rachel Iqbal"));

        Assert.Equal(shown, cut.FindAll("a[href='/privacy/stakeholders/7']").Count == 1);
        Assert.Equal(shown, cut.Markup.Contains("Erase…"));
    }
}
