using Campaign.Briefings;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Briefings;

public sealed class MeetingPackTests : DatabaseTest
{
    private BriefingScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await BriefingScenario.CreateAsync(Database);

    [Fact]
    public async Task A_planned_meeting_gets_an_agenda_page_and_a_section_per_attendee()
    {
        var download = await _scenario.Service.ExportMeetingPackAsync(TestActors.PublicAffairs, _scenario.PlannedMeetingId, BriefingEdition.Internal);

        Assert.NotNull(download);
        var pages = PdfText.Pages(download.Content);
        var agenda = pages[0];
        Assert.Contains("Meeting pack Visit to Aberystwyth hospital", agenda);
        Assert.Contains("When Thursday 10 December 2026, 14:30", agenda);
        Assert.Contains("Where Portcullis House", agenda);
        Assert.Contains("Attendees Name Role Where they stand", agenda);
        Assert.Contains("Ngozi Adeyemi Head of Regulation Policy · Department of Health and Social Care", agenda);
        Assert.Contains("Gwen Hughes MP for Ceredigion Preseli · Plaid Cymru", agenda);
        Assert.Contains("1. Introductions 2. Purpose: See the dialysis unit and meet technologists. 3. Our ask: Statutory registration 4. Our ask: Patient Group Directions", agenda);

        var body = string.Join(" ", pages.Skip(1));
        var first = PdfText.Between(body, "Attendee 1 of 2 Ngozi Adeyemi", "Attendee 2 of 2");
        Assert.Contains("Profile Role Civil servant · Head of Regulation Policy", first);
        Assert.Contains("DEFAULT-TEXT for Ngozi Adeyemi", first);
        var second = PdfText.Between(body, "Attendee 2 of 2 Gwen Hughes", "The coalition Registration campaign");
        Assert.Contains("Constituency Ceredigion Preseli", second);
        Assert.Contains("Statutory registration Supportive", second);
        Assert.Contains("MP-V2-TEXT: patients in Ceredigion Preseli", second);
        for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);

        await using var db = _scenario.Database.CreateDbContext();
        var pack = await db.BriefingPacks.SingleAsync();
        Assert.Equal(_scenario.PlannedMeetingId, pack.InteractionId);
        Assert.Null(pack.StakeholderId);
        Assert.Equal([_scenario.MpStatementV2Id, _scenario.DefaultStatementId], pack.TemplateVersionIds.Order());
        Assert.Equal(0, PdfText.QpdfCheck(download.Content).ExitCode);
    }

    [Fact]
    public async Task A_shareable_meeting_pack_contains_no_confidential_text()
    {
        var download = await _scenario.Service.ExportMeetingPackAsync(TestActors.PublicAffairs, _scenario.PlannedMeetingId, BriefingEdition.Shareable);

        var text = PdfText.All(download!.Content);
        Assert.All(BriefingScenario.Confidential, secret => Assert.DoesNotContain(secret, text));
        Assert.Contains("Visit to Aberystwyth hospital", text);
    }

    [Fact]
    public async Task A_confidential_meeting_gets_an_internal_pack_only()
    {
        var error = await Assert.ThrowsAsync<BriefingException>(() =>
            _scenario.Service.ExportMeetingPackAsync(TestActors.PublicAffairs, _scenario.ConfidentialMeetingId, BriefingEdition.Shareable));

        Assert.Equal("This meeting is confidential, so only an internal pack can be made for it.", error.Message);
        Assert.NotNull(await _scenario.Service.ExportMeetingPackAsync(TestActors.PublicAffairs, _scenario.ConfidentialMeetingId, BriefingEdition.Internal));
    }

    [Fact]
    public async Task Meetings_in_the_past_get_no_meeting_pack()
    {
        var error = await Assert.ThrowsAsync<BriefingException>(() =>
            _scenario.Service.ExportMeetingPackAsync(TestActors.PublicAffairs, _scenario.PastMeetingId, BriefingEdition.Internal));

        Assert.Contains("planned meetings", error.Message);
    }

    [Fact]
    public async Task Upcoming_meetings_are_the_planned_interactions_soonest_first()
    {
        var upcoming = await _scenario.Service.UpcomingMeetingsAsync(TestActors.Leadership);

        Assert.Equal(["Visit to Aberystwyth hospital", "Confidential dinner with the Minister"], upcoming.Select(m => m.Title));
        Assert.Equal(["Ngozi Adeyemi", "Gwen Hughes"], upcoming[0].Attendees);
    }
}
