using Campaign.Library;
using Campaign.Testing;
using Campaign.Users;
using Campaign.Web.Components.Layout;
using Campaign.Web.Components.Pages.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Tests.Library;

public sealed class LibraryPagesTests : MudTestContext
{
    private int _shared;
    private int _secret;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton<LibraryService>();
        Services.AddSingleton<FollowUpBadge>();
        await using (var db = Database.CreateDbContext())
        {
            var builder = new Builder(db);
            builder.Campaign("A1");
            builder.TestActorUsers();
            await builder.SaveAsync();
        }
        var library = new LibraryService(Database, Database.Clock);
        _shared = await UploadAsync(library, "Shared briefing", LibraryVisibility.Coalition);
        _secret = await UploadAsync(library, "Internal strategy", LibraryVisibility.StaffOnly);
    }

    private static async Task<int> UploadAsync(LibraryService library, string title, LibraryVisibility visibility)
    {
        var pdf = LibraryFixtures.Pdf();
        var result = await library.UploadAsync(TestActors.PublicAffairs, new LibraryDocumentInput { Title = title, Visibility = visibility },
            new LibraryVersionInput(), new LibraryUpload("paper.pdf", new MemoryStream(pdf), pdf.Length));
        return result.Id!.Value;
    }

    [Fact]
    public void The_coalition_sees_only_shared_documents_and_no_upload_form()
    {
        SignInAs(Roles.Coalition);
        var cut = Render<LibraryPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("Shared briefing", cut.Markup);
        Assert.DoesNotContain("Internal strategy", cut.Markup);
        Assert.Empty(cut.FindAll("form[aria-label='Upload a document']"));
    }

    [Fact]
    public void Staff_see_every_document_with_a_download_link_to_its_latest_version()
    {
        var cut = Render<LibraryPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        Assert.Contains("Internal strategy", cut.Markup);
        Assert.Contains("Staff only", cut.Markup);
        Assert.Matches(@"^/library/versions/\d+/download$", cut.Find("a[aria-label$='the latest version of Internal strategy']").GetAttribute("href"));
    }

    [Fact]
    public void An_upload_without_title_or_file_shows_each_field_error_and_saves_nothing()
    {
        RenderPopoverProvider();
        var cut = Render<LibraryPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("form[aria-label='Upload a document']")));

        cut.Find("form[aria-label='Upload a document']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Give the document a title.", cut.Markup));
        Assert.Contains("Choose a file to upload.", cut.Markup);
        using var db = Database.CreateDbContext();
        Assert.Equal(2, db.LibraryDocuments.Count());
    }

    [Fact]
    public void A_renamed_file_is_refused_at_the_file_field()
    {
        RenderPopoverProvider();
        var cut = Render<LibraryPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#upload-title")));
        cut.Find("#upload-title").Change("Consultation response");
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(LibraryFixtures.Zip(("a.txt", "a")), "report.pdf"));

        cut.Find("form[aria-label='Upload a document']").Submit();

        cut.WaitForAssertion(() => Assert.Contains("report.pdf is not a PDF: it is a ZIP archive.", cut.Markup));
    }

    [Fact]
    public void A_good_upload_opens_the_new_document()
    {
        RenderPopoverProvider();
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Render<LibraryPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#upload-title")));
        cut.Find("#upload-title").Change("Terms of reference");
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(LibraryFixtures.Docx(), "terms.docx"));

        cut.Find("form[aria-label='Upload a document']").Submit();

        cut.WaitForAssertion(() => Assert.Matches(@"/library/\d+$", navigation.Uri));
        using var db = Database.CreateDbContext();
        var version = db.LibraryDocumentVersions.Include(v => v.Document).Single(v => v.Document!.Title == "Terms of reference");
        Assert.Equal(FileTypeSniffer.Docx, version.ContentType);
    }

    [Fact]
    public void A_coalition_member_is_told_a_staff_only_document_is_not_found()
    {
        SignInAs(Roles.Coalition);
        var cut = Render<LibraryDocumentPage>(p => p.Add(x => x.Id, _secret));
        cut.WaitForAssertion(() => Assert.Contains("There is no such document in the library.", cut.Markup));

        var shared = Render<LibraryDocumentPage>(p => p.Add(x => x.Id, _shared));
        shared.WaitForAssertion(() => Assert.Contains("Shared briefing", shared.Markup));
        Assert.Empty(shared.FindAll("form"));
    }

    [Fact]
    public void A_stale_edit_of_the_details_is_refused_with_a_sentence()
    {
        RenderPopoverProvider();
        var cut = Render<LibraryDocumentPage>(p => p.Add(x => x.Id, _secret));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#edit-title")));
        using (var db = Database.CreateDbContext())
        {
            db.LibraryDocuments.Single(d => d.Id == _secret).Title = "Changed meanwhile";
            db.SaveChanges();
        }

        cut.Find("#edit-title").Change("My title");
        cut.Find("form[aria-label=\"Edit the document's details\"]").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Someone changed this document while you were editing", cut.Markup));
    }

    [Fact]
    public void Library_is_in_the_menu_for_the_coalition_too()
    {
        var nav = Render<NavMenu>(p => p.Add(n => n.Actor, TestActors.Coalition(1)));
        Assert.Contains(nav.FindAll("a"), a => a.GetAttribute("href") == "/library");
    }
}
