using System.Security.Cryptography;
using System.Text.Json;
using Campaign.Briefings;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Campaign.Core.Tests.Briefings;

public sealed class StakeholderPackTests : DatabaseTest
{
    private BriefingScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await BriefingScenario.CreateAsync(Database);

    private async Task<(BriefingDownload Download, string Text)> ExportAsync(BriefingEdition edition, int? stakeholderId = null)
    {
        var download = await _scenario.Service.ExportStakeholderPackAsync(TestActors.PublicAffairs, stakeholderId ?? _scenario.MpId, edition);
        Assert.NotNull(download);
        // The cover lists the section names: section checks read the pages after it.
        return (download, string.Join(" ", PdfText.Pages(download.Content).Skip(1)));
    }

    [Fact]
    public async Task The_cover_names_the_campaign_person_date_author_and_marking()
    {
        var (download, _) = await ExportAsync(BriefingEdition.Internal);

        var cover = PdfText.Pages(download.Content)[0];
        Assert.Contains("Registration campaign", cover);
        Assert.Contains("Briefing pack", cover);
        Assert.Contains("Gwen Hughes", cover);
        Assert.Contains("MP for Ceredigion Preseli · Plaid Cymru", cover);
        Assert.Contains("26 November 2026", cover);
        Assert.Contains("Prepared by Pat Affairs", cover);
        Assert.Contains("CONFIDENTIAL", cover);
        Assert.Equal("application/pdf", download.ContentType);
        Assert.Equal("briefing-gwen-hughes-2026-11-26-internal.pdf", download.FileName);
    }

    [Fact]
    public async Task Every_page_says_page_i_of_n_and_when_it_was_generated()
    {
        var (download, _) = await ExportAsync(BriefingEdition.Internal);

        var pages = PdfText.Pages(download.Content);
        Assert.True(pages.Count >= 4);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            Assert.Contains("Generated 26 Nov 2026, 10:00 by Pat Affairs", pages[i]);
        }
    }

    [Fact]
    public async Task The_profile_gives_role_party_seat_posts_owner_and_relationships()
    {
        var (_, text) = await ExportAsync(BriefingEdition.Internal);

        var profile = PdfText.Between(text, "Profile Role", "Where they stand Statutory");
        Assert.Contains("Role MP", profile);
        Assert.Contains("Party Plaid Cymru", profile);
        Assert.Contains("Constituency Ceredigion Preseli", profile);
        Assert.Contains("Posts Member, Welsh Affairs Committee", profile);
        Assert.Contains("Relationship owner Pat Affairs", profile);
        Assert.Contains("Member of Welsh Affairs Committee", profile);
        Assert.Contains("Internal notes SECRET-NOTE prefers evening calls", profile);
        Assert.Contains("Priority A", profile);
    }

    [Fact]
    public async Task Where_they_stand_shows_the_current_stance_per_ask_with_evidence_and_the_history()
    {
        var (_, text) = await ExportAsync(BriefingEdition.Internal);

        var stand = PdfText.Between(text, "Where they stand Statutory", "Engagement history");
        Assert.Contains("Statutory registration Supportive · stated 1 Jun 2026 · Meeting · Confirmed CONFIDENTIAL", stand);
        Assert.Contains("At: Private briefing on the Minister's view", stand);
        Assert.Contains("“SECRET-QUOTE off the record, I'm with you.”", stand);
        Assert.Contains("Patient Group Directions Sceptical · stated 2 Feb 2026 · Parliamentary question 12345", stand);
        var history = PdfText.Between(stand, "History Date Ask Stance Evidence Confidence", null);
        Assert.Contains("1 Jun 2026 Statutory registration Supportive (confidential) Meeting Confirmed", history);
        Assert.Contains("1 Mar 2026 Statutory registration Neutral Meeting Confirmed", history);
        Assert.Contains("2 Feb 2026 Patient Group Directions Sceptical Parliamentary question 12345 Confirmed", history);
    }

    [Fact]
    public async Task Engagement_lists_planned_and_recent_contact_with_internal_notes()
    {
        var (_, text) = await ExportAsync(BriefingEdition.Internal);

        var engagement = PdfText.Between(text, "Engagement history", "Commitments and follow-ups");
        Assert.Contains("Coming up 10 Dec 2026, 14:30 · Meeting · Visit to Aberystwyth hospital", engagement);
        Assert.Contains("Confidential dinner with the Minister", engagement);
        Assert.Contains("1 Jun 2026 · Meeting · Private briefing on the Minister's view CONFIDENTIAL", engagement);
        Assert.Contains("SECRET-SUMMARY the Minister is wavering.", engagement);
        Assert.Contains("1 Mar 2026 · Meeting · Public roundtable on registration", engagement);
        Assert.Contains("Asks raised: SECRET-ASKS registration first", engagement);
        Assert.Contains("Their concerns: SECRET-CONCERN cost to employers", engagement);
        Assert.True(engagement.IndexOf("Private briefing", StringComparison.Ordinal) < engagement.IndexOf("Public roundtable", StringComparison.Ordinal),
            "Recent contact comes newest first.");
    }

    [Fact]
    public async Task Commitments_and_open_follow_ups_appear_in_internal_packs()
    {
        var (_, text) = await ExportAsync(BriefingEdition.Internal);

        var commitments = PdfText.Between(text, "Commitments and follow-ups Their commitments", "Key messages");
        Assert.Contains("SECRET-COMMITMENT to table a question (1 Mar 2026, Public roundtable on registration)", commitments);
        Assert.Contains("20 Nov 2026 SECRET-FOLLOWUP send the briefing paper Pat Affairs Overdue", commitments);
        Assert.DoesNotContain("Finished follow-up", commitments);
    }

    [Fact]
    public async Task Key_messages_are_the_latest_statement_for_the_audience_rendered_for_the_person()
    {
        var (download, text) = await ExportAsync(BriefingEdition.Internal);

        var messages = PdfText.Between(text, "Key messages", "The coalition");
        Assert.Contains("The position statement for MPs (version 2), written for Gwen Hughes.", messages);
        Assert.Contains("Briefing for Gwen Hughes", messages);
        Assert.Contains("MP-V2-TEXT: patients in Ceredigion Preseli rely on clinical technologists.", messages);
        // Position statements are written from the coalition view even in an internal pack: the stance from the
        // confidential briefing (Supportive) stays out of text that may be lifted into a letter.
        Assert.Contains("• Statutory registration: Neutral", messages);
        Assert.Contains("• Patient Group Directions: Sceptical", messages);
        Assert.DoesNotContain("MP-V1-TEXT", text);

        using var pdf = PdfDocument.Open(download.Content);
        var page = pdf.GetPages().Single(p => p.Text.Contains("MP-V2-TEXT", StringComparison.Ordinal));
        var seat = page.GetWords().First(w => w.Text == "Ceredigion");
        Assert.Contains("Bold", seat.Letters[0].FontName, StringComparison.Ordinal);
        var clinical = page.GetWords().First(w => w.Text == "clinical");
        Assert.Contains("Italic", clinical.Letters[0].FontName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_without_a_statement_for_their_audience_gets_the_default_one()
    {
        var (_, text) = await ExportAsync(BriefingEdition.Internal, _scenario.OfficialId);

        Assert.Contains("The position statement for everyone else (version 1), written for Ngozi Adeyemi.", text);
        Assert.Contains("DEFAULT-TEXT for Ngozi Adeyemi of Department of Health and Social Care.", text);
    }

    [Fact]
    public async Task The_coalition_partners_close_the_pack()
    {
        var (_, text) = await ExportAsync(BriefingEdition.Shareable);

        var coalition = PdfText.Between(text, "The coalition Registration campaign", null);
        Assert.Contains("Institute of Physics and Engineering in Medicine (IPEM) Lead www.ipem.ac.uk", coalition);
        Assert.Contains("Register of Clinical Technologists (RCT) Partner www.therct.org.uk", coalition);
    }

    [Fact]
    public async Task A_shareable_pack_contains_no_confidential_text()
    {
        var (internalPack, internalText) = await ExportAsync(BriefingEdition.Internal);
        var (shareable, text) = await ExportAsync(BriefingEdition.Shareable);

        // Each marker is in the internal pack, so its absence below means it was left out, not that it never existed.
        Assert.All(BriefingScenario.Confidential, secret => Assert.Contains(secret, internalText));
        Assert.All(BriefingScenario.Confidential, secret => Assert.DoesNotContain(secret, text));
        Assert.DoesNotContain("CONFIDENTIAL", text);
        Assert.Contains("Shareable", PdfText.Pages(shareable.Content)[0]);
        Assert.Contains("PUBLIC-SUMMARY the roundtable went well.", text);
        Assert.Contains("Commitments and follow-ups are internal notes: they appear only in internal packs.", text);
        Assert.EndsWith("-shareable.pdf", shareable.FileName);
        Assert.NotEqual(internalPack.Content.Length, shareable.Content.Length);
    }

    [Fact]
    public async Task Each_export_is_recorded_with_its_hash_template_versions_edition_and_an_audit_entry()
    {
        var download = (await _scenario.Service.ExportStakeholderPackAsync(TestActors.Leadership, _scenario.MpId, BriefingEdition.Shareable))!;

        await using var db = _scenario.Database.CreateDbContext();
        var pack = await db.BriefingPacks.SingleAsync();
        Assert.Equal(download.PackId, pack.Id);
        Assert.Equal(TestActors.Leadership.UserId, pack.GeneratedById);
        Assert.Equal(_scenario.Database.Clock.Now, pack.GeneratedAt);
        Assert.Equal(_scenario.MpId, pack.StakeholderId);
        Assert.False(pack.IsInternal);
        Assert.Equal([_scenario.MpStatementV2Id], pack.TemplateVersionIds);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(download.Content)), pack.FileHash);
        Assert.Equal(PdfText.Pages(download.Content).Count, pack.PageCount);

        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(BriefingPack)).SingleAsync();
        Assert.Equal("Lee Leader", audit.UserName);
        Assert.Equal(pack.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.EntityId);
        Assert.Contains(pack.FileHash, audit.Changes);
        // The stored file is audited by size, not by content.
        var file = await db.AuditEntries.Where(a => a.EntityType == nameof(BriefingPackFile)).SingleAsync();
        var content = JsonDocument.Parse(file.Changes).RootElement.GetProperty("Content").GetProperty("after").GetString();
        Assert.Equal($"({download.Content.Length} bytes)", content);
    }

    [Fact]
    public async Task The_stored_file_downloads_again_byte_for_byte()
    {
        var download = (await _scenario.Service.ExportStakeholderPackAsync(TestActors.PublicAffairs, _scenario.MpId, BriefingEdition.Internal))!;

        var again = await _scenario.Service.GetFileAsync(TestActors.Admin, download.PackId);

        Assert.NotNull(again);
        Assert.Equal(download.Content, again.Content);
        Assert.Equal(download.FileName, again.FileName);
        var row = Assert.Single((await _scenario.Service.ListAsync(TestActors.Leadership, 0, 20)).Items);
        Assert.Equal("Gwen Hughes", row.StakeholderName);
        Assert.Equal("Pat Affairs", row.GeneratedBy);
        Assert.Equal(["MP v2"], row.TemplateVersions);
        Assert.Equal(download.Content.Length, row.FileLength);
    }

    [Fact]
    public async Task The_pack_passes_qpdf_check()
    {
        var (download, _) = await ExportAsync(BriefingEdition.Internal);

        var (exitCode, output) = PdfText.QpdfCheck(download.Content);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task Coalition_members_cannot_export_or_download_packs()
    {
        var download = (await _scenario.Service.ExportStakeholderPackAsync(TestActors.PublicAffairs, _scenario.MpId, BriefingEdition.Shareable))!;
        var coalition = TestActors.Coalition(1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.Service.ExportStakeholderPackAsync(coalition, _scenario.MpId, BriefingEdition.Shareable));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.Service.ExportMeetingPackAsync(coalition, _scenario.PlannedMeetingId, BriefingEdition.Shareable));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.Service.ExportBulkAsync(coalition, new Campaign.Stakeholders.StakeholderListQuery(), "All", BriefingEdition.Shareable));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.Service.GetFileAsync(coalition, download.PackId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _scenario.Service.ListAsync(coalition, 0, 20));
    }

    [Fact]
    public async Task An_unknown_stakeholder_gives_no_pack_and_records_nothing()
    {
        Assert.Null(await _scenario.Service.ExportStakeholderPackAsync(TestActors.PublicAffairs, 9999, BriefingEdition.Internal));

        Assert.Equal(0, await _scenario.Database.WithContextAsync(db => db.BriefingPacks.CountAsync()));
    }
}
