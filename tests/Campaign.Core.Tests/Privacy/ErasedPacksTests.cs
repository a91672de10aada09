using Campaign.Auditing;
using Campaign.Briefings;
using Campaign.Privacy;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;
using static Campaign.Core.Tests.Privacy.ErasureScenario;

namespace Campaign.Core.Tests.Privacy;

/// <summary>Stored briefing packs: who each mentions, what subject access lists, and what erasure deletes or rebuilds.</summary>
public sealed class ErasedPacksTests : DatabaseTest
{
    private ErasureScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await ErasureScenario.CreateAsync(Database);

    [Fact]
    public async Task A_pack_records_everyone_it_prints_its_subject_attendees_everyone_in_a_zip_and_people_named_through_relationships()
    {
        var s = _scenario;
        await using var db = s.Database.CreateDbContext();
        var mentions = (await db.Set<BriefingPackMention>().ToListAsync()).ToLookup(m => m.BriefingPackId, m => m.StakeholderId);

        Assert.Equal([s.SianId, s.GwenId], mentions[s.SianPack].Order()); // Gwen: her relationship to Siân is printed
        Assert.Equal([s.ZoeId], mentions[s.ZoePack]);
        Assert.Equal([s.SianId, s.GwenId], mentions[s.GwenPack].Order());
        Assert.Equal([s.SianId, s.GwenId], mentions[s.MeetingPack].Order());
        Assert.Equal([s.SianId, s.ZoeId, s.GwenId], mentions[s.BulkPack].Order());
        Assert.Equal([s.TomosId], mentions[s.UnrelatedPack]);
        Assert.Empty(mentions[s.OlderBulkPack]); // as made before mentions were recorded
    }

    [Fact]
    public async Task Subject_access_lists_every_stored_pack_that_mentions_them_including_older_zips_read_from_their_entries()
    {
        var s = _scenario;

        var sian = (await s.Privacy.SubjectAccessAsync(TestActors.Admin, s.SianId, SubjectAccessUse.ExportedJson))!;
        var zoe = (await s.Privacy.SubjectAccessAsync(TestActors.Admin, s.ZoeId, SubjectAccessUse.ExportedPdf))!;

        Assert.Equal([s.SianPack, s.GwenPack, s.MeetingPack, s.BulkPack], sian.Packs.Select(p => p.Id));
        Assert.Equal([s.ZoePack, s.BulkPack, s.OlderBulkPack], zoe.Packs.Select(p => p.Id));
        var bulk = zoe.Packs.Single(p => p.Id == s.OlderBulkPack);
        Assert.Equal((SubjectPackKind.List, BriefingEdition.Shareable, "Ada Admin"), (bulk.Kind, bulk.Edition, bulk.GeneratedBy));
        Assert.Equal((SubjectPackKind.Meeting, BriefingEdition.Internal), (sian.Packs[2].Kind, sian.Packs[2].Edition));
        Assert.Equal(SubjectPackKind.Person, sian.Packs[0].Kind);

        var json = System.Text.Encoding.UTF8.GetString(SubjectAccessExport.ToJson(sian));
        Assert.Contains("\"packs\": [", json);
        Assert.Contains("\"kind\": \"Meeting\"", json);
        var pdf = PdfText.All(SubjectAccessExport.ToPdf(zoe));
        Assert.Contains("Stored briefing packs that mention them (3)", pdf);
        Assert.Contains($"Pack {s.OlderBulkPack} · Bulk export (zip) · Shareable", pdf);
    }

    [Fact]
    public async Task A_rebuilt_pack_carries_the_same_library_versions_as_the_one_it_replaces()
    {
        var s = _scenario;
        int versionId, documentId;
        await using (var db = s.Database.CreateDbContext())
        {
            var document = new Campaign.Library.LibraryDocument { CampaignId = await db.Campaigns.Select(c => c.Id).FirstAsync(), Title = "Framework paper" };
            db.LibraryDocuments.Add(document);
            var pdf = Briefings.PackAppendixTests.Pdf("FRAMEWORK-PAPER", 1);
            var version = await Campaign.Library.LibraryStore.AddVersionAsync(db, document, new Campaign.Library.NewLibraryFile("f.pdf", "application/pdf", pdf, 1), null, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            (versionId, documentId) = (version.Id, document.Id);
        }
        var withPaper = (await s.Briefings.ExportStakeholderPackAsync(TestActors.Admin, s.GwenId, BriefingEdition.Internal, [new PackAppendixRequest(documentId, versionId)]))!.PackId;

        await s.EraseBothAsync();

        await using var check = s.Database.CreateDbContext();
        Assert.False(await check.BriefingPacks.AnyAsync(p => p.Id == withPaper));
        var rebuilt = await check.Set<BriefingPackAppendix>().Where(a => a.BriefingPackId > withPaper).SingleAsync();
        Assert.Equal((versionId, "Framework paper"), (rebuilt.LibraryVersionId, rebuilt.Title));
        Assert.Contains("FRAMEWORK-PAPER", PdfText.All((await s.Briefings.GetFileAsync(TestActors.Admin, rebuilt.BriefingPackId))!.Content));
    }

    [Fact]
    public async Task Erasure_deletes_every_pack_that_mentions_them_rebuilds_those_that_can_be_made_without_them_and_audits_each_deletion_without_a_name()
    {
        var s = _scenario;
        var before = await s.Database.WithContextAsync(db => db.BriefingPacks.Select(p => p.Id).ToListAsync());

        await s.EraseBothAsync();

        foreach (var pack in new[] { s.SianPack, s.ZoePack, s.GwenPack, s.MeetingPack, s.BulkPack, s.OlderBulkPack })
            Assert.Null(await s.Briefings.GetFileAsync(TestActors.Admin, pack)); // /briefings/{id}/download: 404
        Assert.NotNull(await s.Briefings.GetFileAsync(TestActors.Admin, s.UnrelatedPack));

        await using var db = s.Database.CreateDbContext();
        var rebuilt = await db.BriefingPacks.Where(p => !before.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(2, rebuilt.Count);
        var gwen = rebuilt.Single(p => p.StakeholderId == s.GwenId);
        var meeting = rebuilt.Single(p => p.InteractionId == s.PlannedMeetingId);
        Assert.True(gwen.IsInternal && meeting.IsInternal);
        Assert.All(rebuilt, p => Assert.Equal(TestActors.Admin.UserId, p.GeneratedById));
        foreach (var pack in rebuilt)
        {
            var file = (await s.Briefings.GetFileAsync(TestActors.Admin, pack.Id))!;
            var text = PdfText.All(file.Content);
            foreach (var trace in new[] { "Siân", "Sian", "O'Brien", "Dhomhnaill", "Zoë", "Briain" })
            {
                Assert.DoesNotContain(trace, file.FileName, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(trace, text, StringComparison.OrdinalIgnoreCase);
            }
        }
        Assert.Equal("meeting-pack-2026-12-10-visit-to-bronglais-with-erased-internal.pdf", (await s.Briefings.GetFileAsync(TestActors.Admin, meeting.Id))!.FileName);
        // The rebuilt meeting pack still has a section for the erased attendee, under the name their record now has.
        Assert.Contains($"Erased person {s.SianId}", PdfText.All((await s.Briefings.GetFileAsync(TestActors.Admin, meeting.Id))!.Content));

        var deletions = await db.AuditEntries.Where(a => a.EntityType == nameof(BriefingPack) && a.Action == AuditAction.Deleted).OrderBy(a => a.EntityId).ToListAsync();
        Assert.Equal(new[] { s.SianPack, s.ZoePack, s.GwenPack, s.MeetingPack, s.BulkPack, s.OlderBulkPack }.Select(i => i.ToString()).Order(),
            deletions.Select(d => d.EntityId).Order());
        Assert.All(deletions, d => Assert.Equal(("Deleted", "erased on request"), (AuditTrail.ToRow(d).Changes.Single().Field, AuditTrail.ToRow(d).Changes.Single().After)));
        // The packs' creation entries keep who made them and when, not the file names made from the names.
        var created = await db.AuditEntries.Where(a => a.EntityType == nameof(BriefingPackFile) && a.EntityId == s.SianPack.ToString()).SingleAsync();
        Assert.Equal("[erased]", AuditTrail.ToRow(created).Changes.Single(c => c.Field == "FileName").After);
        var erased = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Erased && a.EntityId == s.SianId.ToString());
        Assert.Equal("4", AuditTrail.ToRow(erased).Changes.Single(c => c.Field == "Briefing packs deleted").After);
    }

    [Fact]
    public async Task A_pack_of_a_meeting_that_has_taken_place_is_deleted_not_rebuilt()
    {
        var s = _scenario;
        s.Database.Clock.Now = new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.Zero); // the planned visit is now past

        await s.Privacy.EraseAsync(TestActors.Admin, s.SianId);

        await using var db = s.Database.CreateDbContext();
        Assert.False(await db.BriefingPacks.AnyAsync(p => p.InteractionId == s.PlannedMeetingId));
        Assert.True(await db.BriefingPacks.AnyAsync(p => p.StakeholderId == s.GwenId));
    }
}
