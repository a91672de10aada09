using Campaign.Auditing;
using Campaign.Library;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Library;

public sealed class LibraryServiceTests : LibraryFixture
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_uploads_are_versions_one_two_three_and_each_old_file_downloads_byte_for_byte()
    {
        var first = LibraryFixtures.Pdf(pages: 1);
        var second = LibraryFixtures.Docx();
        var third = LibraryFixtures.Pdf(pages: 4);
        var id = await UploadAsync("Regulation briefing", content: first);
        Assert.True((await Library.AddVersionAsync(TestActors.Leadership, id, new LibraryVersionInput { Label = "v2", ChangeNote = "Word draft" },
            Upload("paper.docx", second), Token)).Succeeded);
        Assert.True((await Library.AddVersionAsync(TestActors.PublicAffairs, id, new LibraryVersionInput { Label = "Final" },
            Upload("paper-final.pdf", third), Token)).Succeeded);

        var view = (await Library.GetAsync(TestActors.PublicAffairs, id, Token))!;
        Assert.Equal([3, 2, 1], view.Versions.Select(v => v.Number));
        Assert.Equal(["Final", "v2", null], view.Versions.Select(v => v.Label));
        Assert.Equal([4, null, 1], view.Versions.Select(v => v.PageCount));
        Assert.Equal("Lee Leader", view.Versions[1].UploadedBy);
        Assert.Equal(FileTypeSniffer.Docx, view.Versions[1].ContentType);
        Assert.Equal(third, await DownloadAsync(TestActors.Admin, view.Versions[0].Id));
        Assert.Equal(second, await DownloadAsync(TestActors.Admin, view.Versions[1].Id));
        Assert.Equal(first, await DownloadAsync(TestActors.Admin, view.Versions[2].Id));
    }

    [Fact]
    public async Task The_list_is_newest_first_filtered_by_kind_and_searched_by_title()
    {
        await UploadAsync("Terms of reference", kind: LibraryDocumentKind.TermsOfReference);
        Database.Clock.Now += TimeSpan.FromHours(1);
        await UploadAsync("Regulation briefing");
        Database.Clock.Now += TimeSpan.FromHours(1);
        await UploadAsync("Consultation briefing 100%", kind: LibraryDocumentKind.ConsultationResponse);

        var all = await Library.ListAsync(TestActors.Leadership, new LibraryFilter(), Token);
        Assert.Equal(["Consultation briefing 100%", "Regulation briefing", "Terms of reference"], all.Select(r => r.Title));
        Assert.All(all, r => Assert.Equal(1, r.LatestNumber));
        Assert.Equal(["Terms of reference"],
            (await Library.ListAsync(TestActors.Leadership, new LibraryFilter(LibraryDocumentKind.TermsOfReference), Token)).Select(r => r.Title));
        Assert.Equal(["Consultation briefing 100%", "Regulation briefing"],
            (await Library.ListAsync(TestActors.Leadership, new LibraryFilter(Search: "BRIEFING"), Token)).Select(r => r.Title));
        Assert.Equal(["Consultation briefing 100%"],
            (await Library.ListAsync(TestActors.Leadership, new LibraryFilter(Search: "100%"), Token)).Select(r => r.Title));
    }

    [Fact]
    public async Task The_coalition_lists_only_shared_documents_and_a_staff_only_version_is_not_found()
    {
        var shared = await UploadAsync("Shared briefing", LibraryVisibility.Coalition);
        var secret = await UploadAsync("Internal strategy");
        var coalition = TestActors.Coalition(1);

        Assert.Equal(["Shared briefing"], (await Library.ListAsync(coalition, new LibraryFilter(), Token)).Select(r => r.Title));
        Assert.Equal(2, (await Library.ListAsync(TestActors.Leadership, new LibraryFilter(), Token)).Count);
        Assert.Null(await Library.GetAsync(coalition, secret, Token));
        Assert.NotNull(await Library.GetAsync(coalition, shared, Token));

        var secretVersion = (await Library.GetAsync(TestActors.Admin, secret, Token))!.Versions[0].Id;
        var sharedVersion = (await Library.GetAsync(TestActors.Admin, shared, Token))!.Versions[0].Id;
        Assert.Null(await Downloads.OpenAsync(coalition, secretVersion, Token));
        Assert.NotEmpty(await DownloadAsync(coalition, sharedVersion));
        Assert.NotEmpty(await DownloadAsync(TestActors.Leadership, secretVersion));
    }

    [Fact]
    public async Task The_coalition_may_not_upload_edit_or_delete()
    {
        var id = await UploadAsync("Shared briefing", LibraryVisibility.Coalition);
        var coalition = TestActors.Coalition(1);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Library.UploadAsync(coalition, Document("Mine"), new LibraryVersionInput(), Upload("a.pdf", LibraryFixtures.Pdf()), Token));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Library.AddVersionAsync(coalition, id, new LibraryVersionInput(), Upload("a.pdf", LibraryFixtures.Pdf()), Token));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Library.EditAsync(coalition, id, Document("Renamed"), Token));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Library.DeleteAsync(coalition, id, 1, Token));
    }

    [Fact]
    public async Task Only_administrators_delete_and_the_versions_and_files_go_too()
    {
        var id = await UploadAsync("Old briefing");
        Assert.True((await Library.AddVersionAsync(TestActors.PublicAffairs, id, new LibraryVersionInput(), Upload("b.pdf", LibraryFixtures.Pdf()), Token)).Succeeded);
        var version = (await Library.GetAsync(TestActors.Admin, id, Token))!.Version;
        await Assert.ThrowsAsync<AccessDeniedException>(() => Library.DeleteAsync(TestActors.PublicAffairs, id, version, Token));

        Assert.True((await Library.DeleteAsync(TestActors.Admin, id, version, Token)).Succeeded);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.LibraryDocumentVersions.CountAsync(Token));
        Assert.Equal(0, await db.LibraryFiles.CountAsync(Token));
    }

    [Fact]
    public async Task A_stale_edit_is_a_conflict_and_changes_nothing()
    {
        var id = await UploadAsync("Briefing");
        var loaded = (await Library.GetAsync(TestActors.PublicAffairs, id, Token))!;
        var mine = Document("My title", LibraryVisibility.Coalition);
        mine.Version = loaded.Version;
        var theirs = Document("Their title");
        theirs.Version = loaded.Version;

        Assert.True((await Library.EditAsync(TestActors.Leadership, id, theirs, Token)).Succeeded);
        Assert.True((await Library.EditAsync(TestActors.PublicAffairs, id, mine, Token)).IsConflict);
        var now = (await Library.GetAsync(TestActors.PublicAffairs, id, Token))!;
        Assert.Equal("Their title", now.Title);
        Assert.Equal(LibraryVisibility.StaffOnly, now.Visibility);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_saved()
    {
        var result = await Library.UploadAsync(TestActors.PublicAffairs, Document(" "), new LibraryVersionInput { Label = new string('v', 51) },
            Upload("report.pdf", LibraryFixtures.Zip(("a.txt", "a"))), Token);
        Assert.Equal("Give the document a title.", Assert.Single(result.Errors["Title"]));
        Assert.Equal("The version label is at most 50 characters.", Assert.Single(result.Errors["Label"]));
        Assert.Equal("report.pdf is not a PDF: it is a ZIP archive.", Assert.Single(result.Errors[LibraryService.FileField]));
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.LibraryDocuments.CountAsync(Token));
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_without_reading_the_stream()
    {
        var result = await Library.UploadAsync(TestActors.PublicAffairs, Document("Huge"), new LibraryVersionInput(),
            new LibraryUpload("huge.pdf", new UnreadableStream(LibraryStore.MaxBytes + 1), LibraryStore.MaxBytes + 1), Token);
        Assert.Equal("huge.pdf is larger than 25 MB, the most a library file may be.", Assert.Single(result.Errors[LibraryService.FileField]));
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_is_refused_even_when_it_declared_less()
    {
        var content = new byte[LibraryStore.MaxBytes + 1];
        "%PDF-"u8.CopyTo(content);
        var result = await Library.UploadAsync(TestActors.PublicAffairs, Document("Huge"), new LibraryVersionInput(),
            new LibraryUpload("huge.pdf", new MemoryStream(content), 1000), Token);
        Assert.Equal("huge.pdf is larger than 25 MB, the most a library file may be.", Assert.Single(result.Errors[LibraryService.FileField]));

        var undeclared = await Library.UploadAsync(TestActors.PublicAffairs, Document("Huge"), new LibraryVersionInput(),
            new LibraryUpload("huge.pdf", new MemoryStream(content), null), Token);
        Assert.True(undeclared.Errors.ContainsKey(LibraryService.FileField));
    }

    [Fact]
    public async Task Uploads_are_audited_without_the_file_bytes()
    {
        await UploadAsync("Audited briefing", content: LibraryFixtures.Pdf());
        await using var db = Database.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType.StartsWith("Library")).ToListAsync(Token);
        Assert.Contains(entries, e => e.EntityType == nameof(LibraryDocument) && e.Action == AuditAction.Created && e.Changes.Contains("Audited briefing"));
        Assert.Contains(entries, e => e.EntityType == nameof(LibraryDocumentVersion) && e.UserId == TestActors.PublicAffairs.UserId);
        var file = Assert.Single(entries, e => e.EntityType == nameof(LibraryFile));
        Assert.Contains("bytes)", file.Changes);
        Assert.DoesNotContain("JVBER", file.Changes); // "%PDF" in base64
    }
}
