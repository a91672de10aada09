using Campaign.Stakeholders;
using Campaign.Templates;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Letters;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Letters;

public sealed class MailMergePageTests : MudTestContext
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.AddTestActorUsersAsync();
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        var campaign = builder.Campaign("registration");
        builder.Person("Gwen", "Hughes", StakeholderKind.MP, s => s.AddressAs = "Ms Hughes");
        builder.Person("Owen", "Price", StakeholderKind.MP, s => s.AddressAs = "Mr Price");
        builder.Person("Sam", "Official", StakeholderKind.CivilServant);
        db.PositionStatementTemplates.Add(new PositionStatementTemplate
        {
            Campaign = campaign, Kind = TemplateKind.Letter, Audience = Audience.MP, VersionNumber = 1, Title = "Drop-in invitation",
            Markdown = "Please come to our drop-in.", LetterheadText = "IPEM", CreatedAt = Database.Clock.GetUtcNow(),
        });
        await builder.SaveAsync();
    }

    [Fact]
    public async Task The_page_counts_the_lists_people_previews_the_first_letter_and_writes_them_all()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/letters/new?kind=MP");
        RenderPopoverProvider();

        var cut = Render<MailMergePage>();

        cut.WaitForAssertion(() => Assert.Contains("2 people will get this letter.", cut.Markup), TimeSpan.FromSeconds(20));
        Assert.Contains("Dear Ms Hughes", cut.Find("[aria-label='Preview of the first letter']").TextContent);
        Assert.Contains("House of Commons", cut.Markup);

        cut.FindAll("button").Single(b => b.TextContent.Contains("Write the letters")).Click();

        cut.WaitForAssertion(() => Assert.Contains("2 letters written and logged.", cut.Markup), TimeSpan.FromSeconds(30));
        var files = await Database.WithContextAsync(db => db.MailMerges.Select(m => new { m.LibraryVersionId, m.WordFilesVersionId }).SingleAsync());
        Assert.Equal($"/library/versions/{files.LibraryVersionId}/download", cut.FindAll("a").Single(a => a.TextContent.Contains("Download the PDF")).GetAttribute("href"));
        Assert.Equal($"/library/versions/{files.WordFilesVersionId}/download", cut.FindAll("a").Single(a => a.TextContent.Contains("Download the Word files")).GetAttribute("href"));
        Assert.Equal(2, await Database.WithContextAsync(db => db.Interactions.CountAsync()));
    }
}
