using System.IO.Compression;
using Campaign.Briefings;
using Campaign.Documents;
using Campaign.Library;
using Campaign.Stakeholders;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Briefings;

public sealed class PackAppendixTests : DatabaseTest
{
    private const string Framework = "A new regulatory framework for clinical technologists";
    private const string Terms = "Coalition terms of reference";

    private BriefingScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await BriefingScenario.CreateAsync(Database);

    /// <summary>A PDF of <paramref name="pages"/> pages, each saying "<paramref name="marker"/> page i".</summary>
    internal static byte[] Pdf(string marker, int pages) => Document.Create(c => c.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(72);
        page.Content().Column(col =>
        {
            for (var i = 1; i <= pages; i++)
            {
                if (i > 1) col.Item().PageBreak();
                col.Item().Text($"{marker} page {i}").FontSize(18);
            }
        });
    })).GeneratePdf();

    /// <summary>A library document with one version per file given, oldest first; returns the document and version ids.</summary>
    private async Task<(int Id, int[] Versions)> AddDocumentAsync(string title, LibraryVisibility visibility, params NewLibraryFile[] files)
    {
        await using var db = Database.CreateDbContext();
        var document = new LibraryDocument { CampaignId = _scenario.CampaignId, Title = title, Kind = LibraryDocumentKind.BriefingPaper, Visibility = visibility };
        db.LibraryDocuments.Add(document);
        var versions = new List<LibraryDocumentVersion>();
        foreach (var file in files)
            versions.Add(await LibraryStore.AddVersionAsync(db, document, file, TestActors.PublicAffairs.UserId, Database.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return (document.Id, versions.Select(v => v.Id).ToArray());
    }

    private static NewLibraryFile PdfFile(string marker, int pages, string? label = null) =>
        new($"{marker.ToLowerInvariant()}.pdf", "application/pdf", Pdf(marker, pages), pages, label);

    private async Task<(int Framework, int Terms)> TwoDocumentsAsync()
    {
        var framework = await AddDocumentAsync(Framework, LibraryVisibility.Coalition, PdfFile("OLDFRAMEWORK", 1), PdfFile("FRAMEWORK", 2));
        var terms = await AddDocumentAsync(Terms, LibraryVisibility.Coalition, PdfFile("TERMS", 3));
        return (framework.Id, terms.Id);
    }

    private Task<BriefingDownload?> ExportAsync(BriefingEdition edition, params PackAppendixRequest[] appendices) =>
        _scenario.Service.ExportStakeholderPackAsync(TestActors.PublicAffairs, _scenario.MpId, edition, appendices);

    [Fact]
    public async Task Appendices_follow_the_pack_with_its_page_numbers_and_a_contents_entry_each()
    {
        var (framework, terms) = await TwoDocumentsAsync();
        var own = PdfText.Pages((await ExportAsync(BriefingEdition.Internal))!.Content).Count;

        var download = (await ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(framework), new PackAppendixRequest(terms)))!;

        var pages = PdfText.Pages(download.Content);
        var total = own + 5;
        Assert.Equal(total, pages.Count);
        Assert.Contains($"Appendix A: {Framework} (v2) page {own + 1}", pages[0]);
        Assert.Contains($"Appendix B: {Terms} (v1) page {own + 3}", pages[0]);
        Assert.DoesNotContain("FRAMEWORK page", pages[own - 1]);
        Assert.Contains("FRAMEWORK page 1", pages[own]);
        Assert.Contains("FRAMEWORK page 2", pages[own + 1]);
        Assert.Contains("TERMS page 1", pages[own + 2]);
        Assert.Contains("TERMS page 3", pages[own + 4]);
        for (var i = own; i < total; i++)
        {
            Assert.Contains($"Page {i + 1} of {total}", pages[i]);
            Assert.Contains("Generated 26 Nov 2026, 10:00 by Pat Affairs", pages[i]);
        }

        var (exitCode, output) = PdfText.QpdfCheck(download.Content);
        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Fact]
    public async Task The_pack_records_the_versions_it_included_pinned_or_latest()
    {
        var framework = await AddDocumentAsync(Framework, LibraryVisibility.Coalition, PdfFile("OLDFRAMEWORK", 1), PdfFile("FRAMEWORK", 2, "Final"));
        var terms = await AddDocumentAsync(Terms, LibraryVisibility.StaffOnly, PdfFile("TERMS", 3));

        var download = (await ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(framework.Id, framework.Versions[0]), new PackAppendixRequest(terms.Id)))!;

        var pages = PdfText.Pages(download.Content);
        Assert.Contains("OLDFRAMEWORK page 1", string.Join(" ", pages));
        Assert.DoesNotContain("FRAMEWORK page 2", string.Join(" ", pages));
        await using var db = Database.CreateDbContext();
        var pack = await db.BriefingPacks.SingleAsync(p => p.Id == download.PackId);
        Assert.Equal(pages.Count, pack.PageCount);
        var rows = await db.Set<BriefingPackAppendix>().Where(a => a.BriefingPackId == pack.Id).OrderBy(a => a.Position).ToListAsync();
        var own = pages.Count - 4;
        Assert.Equal(
            [(0, framework.Versions[0], Framework, 1, (string?)null, own + 1, 1), (1, terms.Versions[0], Terms, 1, null, own + 2, 3)],
            rows.Select(r => (r.Position, r.LibraryVersionId!.Value, r.Title, r.VersionNumber, r.VersionLabel, r.StartPage!.Value, r.PageCount)));

        // Latest means the newest version when the pack is made.
        var latest = (await ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(framework.Id)))!;
        var row = await db.Set<BriefingPackAppendix>().SingleAsync(a => a.BriefingPackId == latest.PackId);
        Assert.Equal((framework.Versions[1], 2, "Final"), (row.LibraryVersionId!.Value, row.VersionNumber, row.VersionLabel));
        Assert.Contains($"Appendix A: {Framework} (v2, Final)", PdfText.Pages(latest.Content)[0]);
    }

    [Fact]
    public async Task A_shareable_pack_refuses_a_staff_only_document_and_records_nothing()
    {
        var (framework, _) = await TwoDocumentsAsync();
        var secret = await AddDocumentAsync("Handling plan for the Minister", LibraryVisibility.StaffOnly, PdfFile("SECRET-PLAN", 1));

        var error = await Assert.ThrowsAsync<BriefingException>(() => ExportAsync(BriefingEdition.Shareable, new PackAppendixRequest(framework), new PackAppendixRequest(secret.Id)));

        Assert.Contains("“Handling plan for the Minister” is for staff only, so it cannot be appended to a shareable pack", error.Message);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.BriefingPacks.CountAsync());
        Assert.Equal(0, await db.Set<BriefingPackAppendix>().CountAsync());
        // The internal pack may carry it.
        Assert.NotNull(await ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(secret.Id)));
    }

    [Fact]
    public async Task A_document_that_is_not_a_pdf_is_refused_by_name()
    {
        var docx = await AddDocumentAsync("Consultation response", LibraryVisibility.Coalition,
            new NewLibraryFile("response.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004"u8.ToArray()));

        var error = await Assert.ThrowsAsync<BriefingException>(() => ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(docx.Id)));

        Assert.Equal("“Consultation response” (v1) is response.docx, not a PDF; only PDFs can be appended to a pack.", error.Message);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.BriefingPacks.CountAsync());
    }

    [Fact]
    public async Task Unknown_documents_versions_of_another_document_and_repeats_are_refused()
    {
        var (framework, terms) = await TwoDocumentsAsync();
        await using var db = Database.CreateDbContext();
        var termsVersion = await db.LibraryDocumentVersions.Where(v => v.DocumentId == terms).Select(v => v.Id).SingleAsync();

        var missing = await Assert.ThrowsAsync<BriefingException>(() => ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(9999)));
        var wrong = await Assert.ThrowsAsync<BriefingException>(() => ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(framework, termsVersion)));
        var twice = await Assert.ThrowsAsync<BriefingException>(() => ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(framework), new PackAppendixRequest(framework)));

        Assert.Contains("Library document #9999 does not exist", missing.Message);
        Assert.Equal($"Version #{termsVersion} is not a version of “{Framework}”.", wrong.Message);
        Assert.Equal($"“{Framework}” is chosen twice; append each document once.", twice.Message);
    }

    [Fact]
    public async Task Deleting_a_pack_deletes_its_appendix_rows_and_deleting_the_document_keeps_the_record()
    {
        var (framework, terms) = await TwoDocumentsAsync();
        var kept = (await ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(framework)))!;
        var deleted = (await ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(terms)))!;
        await using var db = Database.CreateDbContext();

        await db.BriefingPacks.Where(p => p.Id == deleted.PackId).ExecuteDeleteAsync();
        await db.LibraryDocuments.Where(d => d.Id == framework).ExecuteDeleteAsync();

        var rows = await db.Set<BriefingPackAppendix>().AsNoTracking().ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal((kept.PackId, (int?)null, Framework, 2), (row.BriefingPackId, row.LibraryVersionId, row.Title, row.VersionNumber));
    }

    [Fact]
    public async Task A_meeting_pack_lists_its_appendices_on_the_agenda_page()
    {
        var (framework, _) = await TwoDocumentsAsync();

        var download = (await _scenario.Service.ExportMeetingPackAsync(TestActors.PublicAffairs, _scenario.PlannedMeetingId, BriefingEdition.Internal, [new(framework)]))!;

        var pages = PdfText.Pages(download.Content);
        Assert.Contains($"Appendix A: {Framework} (v2) page {pages.Count - 1}", pages[0]);
        Assert.Contains("FRAMEWORK page 2", pages[^1]);
        Assert.Contains($"Page {pages.Count} of {pages.Count}", pages[^1]);
    }

    [Fact]
    public async Task A_bulk_zip_carries_each_appendix_once_as_a_file_of_its_own()
    {
        var (framework, _) = await TwoDocumentsAsync();

        var download = await _scenario.Service.ExportBulkAsync(TestActors.PublicAffairs, new StakeholderListQuery(), "Everyone", BriefingEdition.Shareable, [new(framework)]);

        using var zip = new ZipArchive(new MemoryStream(download.Content));
        var appendix = Assert.Single(zip.Entries, e => e.Name.StartsWith("appendix-", StringComparison.Ordinal));
        Assert.Equal("appendix-a-a-new-regulatory-framework-for-clinical-technologists-v2.pdf", appendix.Name);
        await using var db = Database.CreateDbContext();
        var row = await db.Set<BriefingPackAppendix>().SingleAsync();
        Assert.Equal((download.PackId, (int?)null, 2), (row.BriefingPackId, row.StartPage, row.PageCount));
    }

    [Fact]
    public async Task The_pack_list_names_the_appendices_each_pack_carried()
    {
        var (framework, terms) = await TwoDocumentsAsync();
        var download = (await ExportAsync(BriefingEdition.Internal, new PackAppendixRequest(framework), new PackAppendixRequest(terms)))!;
        var own = PdfText.Pages(download.Content).Count - 5;

        var row = (await _scenario.Service.ListAsync(TestActors.PublicAffairs, 0, 10)).Items.Single();

        Assert.Equal([$"A: {Framework} (v2), page {own + 1}", $"B: {Terms} (v1), page {own + 3}"], row.Appendices);
    }

    [Fact]
    public async Task The_picker_offers_documents_whose_latest_version_is_a_pdf_with_older_pdfs_to_pin()
    {
        var (framework, _) = await TwoDocumentsAsync();
        await AddDocumentAsync("Staff notes", LibraryVisibility.StaffOnly, PdfFile("NOTES", 1, "Draft"));
        await AddDocumentAsync("Response", LibraryVisibility.Coalition, PdfFile("RESPONSE", 1),
            new NewLibraryFile("response.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004"u8.ToArray()));

        var offered = await _scenario.Service.AppendableAsync(TestActors.PublicAffairs);

        Assert.Equal([(Framework, true, 2, (string?)null), (Terms, true, 1, null), ("Staff notes", false, 1, "Draft")],
            offered.Select(d => (d.Title, d.SharedWithCoalition, d.LatestNumber, d.LatestLabel)));
        Assert.Equal([1], offered.Single(d => d.Id == framework).OlderVersions.Select(v => v.Number));
    }
}
