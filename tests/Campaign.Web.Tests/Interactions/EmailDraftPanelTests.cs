using Campaign.Engagements;
using Campaign.Engagements.EmailDrop;
using Campaign.Library;
using Campaign.Testing;
using Campaign.Web.Components.Pages.Interactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Interactions;

public sealed class EmailDraftPanelTests : MudTestContext
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<LibraryService>();
        await using var db = Database.CreateDbContext();
        var builder = new Builder(db);
        builder.Campaign("A1");
        builder.TestActorUsers();
        await builder.SaveAsync();
    }

    private static EmailLogDraft Draft(params (string Name, string Type, byte[] Content)[] attachments) => new(
        new InteractionEditModel { Title = "PGD review – scoping and timetable" }, [],
        attachments.Select(a => new EmailAttachment(a.Name, a.Type, a.Content.Length, a.Content)).ToList(), [], "dhsc.eml");

    [Fact]
    public async Task An_attachment_goes_into_the_library_as_a_staff_only_document_and_links_there()
    {
        var pdf = LibraryFixtures.Pdf(2);
        var cut = Render<EmailDraftPanel>(p => p.Add(x => x.Draft, Draft(("scoping-note.pdf", "application/pdf", pdf))).Add(x => x.Actor, TestActors.PublicAffairs));

        cut.Find("button[aria-label='Add scoping-note.pdf to the library']").Click();

        cut.WaitForAssertion(() => Assert.Contains("In the library (staff only)", cut.Markup));
        var document = await Database.WithContextAsync(db => db.LibraryDocuments.Include(d => d.Versions).SingleAsync());
        Assert.Equal(("scoping-note", LibraryVisibility.StaffOnly, LibraryDocumentKind.Other, "Attached to the email \"PGD review – scoping and timetable\""),
            (document.Title, document.Visibility, document.Kind, document.Description));
        Assert.Equal((2, "From an email"), (Assert.Single(document.Versions).PageCount!.Value, document.Versions[0].ChangeNote!));
        Assert.Equal($"/library/{document.Id}", cut.FindAll("a").Single(a => a.TextContent == "In the library (staff only)").GetAttribute("href"));
    }

    [Fact]
    public async Task An_attachment_the_library_refuses_says_why_and_nothing_is_kept()
    {
        var cut = Render<EmailDraftPanel>(p => p.Add(x => x.Draft, Draft(("agenda.pdf", "application/pdf", LibraryFixtures.Docx()))).Add(x => x.Actor, TestActors.PublicAffairs));

        cut.Find("button[aria-label='Add agenda.pdf to the library']").Click();

        cut.WaitForAssertion(() => Assert.Contains("agenda.pdf was not added: ", cut.Find("[role='alert']").TextContent));
        Assert.Equal(0, await Database.WithContextAsync(db => db.LibraryDocuments.CountAsync()));
    }

    [Fact]
    public void A_coalition_member_is_not_offered_the_library()
    {
        var cut = Render<EmailDraftPanel>(p => p.Add(x => x.Draft, Draft(("scoping-note.pdf", "application/pdf", LibraryFixtures.Pdf()))).Add(x => x.Actor, TestActors.Coalition(1)));

        Assert.Contains("scoping-note.pdf", cut.Markup);
        Assert.Empty(cut.FindAll("button[aria-label='Add scoping-note.pdf to the library']"));
    }
}
