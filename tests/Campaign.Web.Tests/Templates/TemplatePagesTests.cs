using Campaign.Campaigns;
using Campaign.Stakeholders;
using Campaign.Templates;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Campaign.Web.Tests.Templates;

public sealed class TemplatePagesTests : MudTestContext
{
    private int _v1;
    private int _v2;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        builder.Person("Gwen", "Hughes", StakeholderKind.MP, s => { s.Party = "Plaid Cymru"; s.Constituency = "Ceredigion Preseli"; });
        var v1 = Version(campaign, 1, "First words for {{ stakeholder.display_name }}.");
        var v2 = Version(campaign, 2, "# For {{ stakeholder.display_name }}\n\nPatients in **{{ stakeholder.constituency }}** rely on them.");
        db.PositionStatementTemplates.AddRange(v1, v2);
        await builder.SaveAsync();
        (_v1, _v2) = (v1.Id, v2.Id);
    }

    private static PositionStatementTemplate Version(LobbyCampaign campaign, int number, string markdown) => new()
    {
        Campaign = campaign, Audience = Audience.MP, VersionNumber = number, Title = "Statement for MPs", Markdown = markdown,
        CreatedAt = new DateTimeOffset(2026, 1, number, 9, 0, 0, TimeSpan.Zero),
    };

    private IRenderedComponent<TemplateEditPage> RenderEditor(int id)
    {
        RenderPopoverProvider();
        var cut = Render<TemplateEditPage>(p => p.Add(e => e.Id, id));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#statement-markdown")), TimeSpan.FromSeconds(20));
        return cut;
    }

    [Fact]
    public void The_list_shows_every_audience_with_its_latest_version()
    {
        var cut = Render<TemplateListPage>();

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr").Count), TimeSpan.FromSeconds(20));
        var rows = cut.FindAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("MPs") && r.Contains("Statement for MPs") && r.Contains("2 of 2") && r.Contains("Edit"));
        Assert.Contains(rows, r => r.Contains("Peers") && r.Contains("Not written yet") && r.Contains("Write"));
        Assert.Equal($"/templates/{_v2}", cut.Find("a[aria-label='Edit the statement for MPs']").GetAttribute("href"));
    }

    [Fact]
    public void The_editor_previews_the_statement_for_a_person_of_the_audience()
    {
        var cut = RenderEditor(_v2);

        cut.WaitForAssertion(() =>
        {
            var preview = cut.Find(".statement-preview");
            Assert.Contains("<h1>For Gwen Hughes</h1>", preview.InnerHtml);
            Assert.Contains("<strong>Ceredigion Preseli</strong>", preview.InnerHtml);
        }, TimeSpan.FromSeconds(20));
        Assert.Contains("Save as version 3", cut.Markup);
    }

    [Fact]
    public void Problems_appear_with_line_and_column_as_the_statement_is_typed()
    {
        var cut = RenderEditor(_v2);

        cut.Find("#statement-markdown").Input("# Hello\n\n{{ stakeholder.notes }}");

        cut.WaitForAssertion(() => Assert.Contains(
            "Line 3, column 4: “stakeholder.notes” is not available to position statements", cut.Find("[role=alert]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Contains("The preview appears when the statement has no problems.", cut.Markup);
    }

    [Fact]
    public async Task Saving_adds_a_version_and_opens_it()
    {
        var cut = RenderEditor(_v2);
        cut.Find("#statement-markdown").Input("A third version for {{ stakeholder.family_name }}.");
        cut.Find("#statement-change-note").Change("Shorter");

        cut.FindAll("button").Single(b => b.TextContent.Contains("Save as version 3")).Click();

        cut.WaitForAssertion(() => Assert.Contains("Version 3 saved.", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message), TimeSpan.FromSeconds(20));
        await using var db = Database.CreateDbContext();
        var saved = await db.PositionStatementTemplates.OrderByDescending(t => t.VersionNumber).FirstAsync();
        Assert.Equal((3, "A third version for {{ stakeholder.family_name }}.", "Shorter"), (saved.VersionNumber, saved.Markdown, saved.ChangeNote));
        Assert.Equal($"http://localhost/templates/{saved.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void An_older_version_can_be_viewed_and_says_it_is_not_the_latest()
    {
        var cut = RenderEditor(_v1);

        cut.WaitForAssertion(() => Assert.Contains("You are looking at an older version", cut.Markup), TimeSpan.FromSeconds(20));
        Assert.Contains("First words for {{ stakeholder.display_name }}.", cut.Find("#statement-markdown").GetAttribute("value") ?? cut.Find("#statement-markdown").TextContent);
        Assert.Contains("Save as version 3", cut.Markup);
        Assert.Contains("1 (shown)", cut.Markup);
        Assert.Equal($"/templates/{_v2}", cut.FindAll("a").Single(a => a.TextContent == "Version 2").GetAttribute("href"));
    }

    [Fact]
    public async Task A_save_that_throws_keeps_the_statement_as_written_and_saves_when_tried_again()
    {
        UseDatabaseFaults();
        Faults.FailSaves(() => new InvalidOperationException("Template save failed (test)"));
        var cut = RenderEditor(_v2);
        cut.Find("#statement-markdown").Input("A carefully written third version for {{ stakeholder.family_name }}.");
        cut.Find("#statement-change-note").Change("Rewritten after the debate");

        // Found and clicked in one dispatch: the live preview may re-render in between and renumber the handlers.
        await cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Contains("Save as version 3")).Click());

        cut.WaitForAssertion(() => Assert.Contains("Something went wrong on our side", cut.Find("[data-failure=Unexpected]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Contains("What you entered is still here: save again.", cut.Find("[data-failure=Unexpected]").TextContent);
        Assert.Contains("A carefully written third version", cut.Find("#statement-markdown").GetAttribute("value") ?? cut.Find("#statement-markdown").TextContent);
        Assert.Equal("Rewritten after the debate", cut.Find("#statement-change-note").GetAttribute("value"));
        Assert.Equal(2, await Database.WithContextAsync(db => db.PositionStatementTemplates.CountAsync()));

        Faults.Heal();
        // Found and clicked in one dispatch: the live preview may re-render in between and renumber the handlers.
        await cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Contains("Save as version 3")).Click());

        cut.WaitForAssertion(() => Assert.Contains("Version 3 saved.", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message), TimeSpan.FromSeconds(20));
        Assert.Equal("Rewritten after the debate", await Database.WithContextAsync(db => db.PositionStatementTemplates.Where(t => t.VersionNumber == 3).Select(t => t.ChangeNote).SingleAsync()));
    }

    [Fact]
    public async Task A_letter_template_previews_for_the_chosen_recipient_and_offers_the_letter_fields()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.PositionStatementTemplates.Add(new PositionStatementTemplate
            {
                CampaignId = (await db.Campaigns.SingleAsync(Xunit.TestContext.Current.CancellationToken)).Id, Kind = TemplateKind.Letter, Audience = Audience.MP,
                VersionNumber = 1, Title = "Drop-in invitation", Markdown = "Please come, **{{ recipient.address_as }}**.", LetterheadText = "IPEM",
                CreatedAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero),
            });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var id = await Database.WithContextAsync(db => db.PositionStatementTemplates.Where(t => t.Kind == TemplateKind.Letter).Select(t => t.Id).SingleAsync());

        var cut = RenderEditor(id);

        cut.WaitForAssertion(() => Assert.Contains("Please come, <strong>Gwen Hughes</strong>.", cut.Find(".statement-preview").InnerHtml), TimeSpan.FromSeconds(20));
        Assert.Contains("Letter for MPs", cut.Markup);
        Assert.NotNull(cut.Find("#statement-letterhead"));
        Assert.NotNull(cut.Find("#statement-sign-off"));
        Assert.Contains("Letterhead image", cut.Markup);
        Assert.Contains("What a letter can use", cut.Markup);
    }
}
