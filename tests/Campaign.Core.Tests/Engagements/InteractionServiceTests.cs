using Campaign.Auditing;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Engagements;

public sealed class InteractionServiceTests : EngagementFixture
{
    private static readonly DateTime March = new(2026, 3, 10, 14, 30, 0);

    private Task<int[]> CountsAsync() => Database.WithContextAsync(async db => new[]
    {
        await db.Interactions.CountAsync(), await db.InteractionAttendees.CountAsync(), await db.StatedPositions.CountAsync(),
        await db.FollowUps.CountAsync(),
    });

    [Fact]
    public async Task One_save_writes_the_interaction_its_positions_and_follow_ups()
    {
        var model = Meeting(March, Adams, Baker);
        model.Positions = [new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Supportive, Quote = "Count me in." }];
        model.FollowUps = [new FollowUpInput { Title = "Send the briefing paper", DueOn = new DateOnly(2026, 3, 17), OwnerId = StaffUser.Id, StakeholderId = Adams.Id }];

        var result = await Interactions.LogAsync(Staff, model);

        Assert.True(result.Succeeded);
        var counts = await CountsAsync();
        Assert.Equal([1, 2, 1, 1], counts);
        await using var db = Database.CreateDbContext();
        var position = await db.StatedPositions.SingleAsync();
        Assert.Equal((EvidenceKind.Meeting, result.Id, new DateOnly(2026, 3, 10), StaffUser.Id), (position.EvidenceKind, position.InteractionId, position.StatedOn, position.RecordedById));
        Assert.Equal(result.Id, (await db.FollowUps.SingleAsync()).InteractionId);
    }

    [Fact]
    public async Task Nothing_is_written_until_everything_is_valid()
    {
        var model = Meeting(March, Adams);
        model.Positions = [new PositionInput { StakeholderId = Baker.Id, AskId = Registration.Id, Stance = Stance.Opposed }];
        model.FollowUps = [new FollowUpInput { Title = "", DueOn = null }];

        var result = await Interactions.LogAsync(Staff, model);

        Assert.False(result.Succeeded);
        Assert.Equal(["A stated position must be for one of the attendees."], result.Errors["Positions[0].StakeholderId"]);
        Assert.Equal(["Say what needs doing."], result.Errors["FollowUps[0].Title"]);
        Assert.Equal(["Enter a due date."], result.Errors["FollowUps[0].DueOn"]);
        var counts = await CountsAsync();
        Assert.Equal([0, 0, 0, 0], counts);
    }

    [Fact]
    public async Task A_log_needs_an_attendee_a_title_and_a_time()
    {
        var model = new InteractionEditModel { CampaignId = Campaign.Id };

        var result = await Interactions.LogAsync(Staff, model);

        Assert.Equal(["Add at least one attendee."], result.Errors["AttendeeIds"]);
        Assert.Contains("Enter a title, e.g. \"Meeting with the MP for Bath\".", result.Errors["Title"]);
        Assert.Equal(["Enter the date and time of the contact."], result.Errors["OccurredAt"]);
    }

    [Fact]
    public async Task Two_positions_on_the_same_ask_for_one_person_are_refused()
    {
        var model = Meeting(March, Adams);
        model.Positions =
        [
            new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Supportive },
            new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Neutral },
        ];

        var result = await Interactions.LogAsync(Staff, model);

        Assert.Equal(["This person already has a position on this ask in this log."], result.Errors["Positions[1].AskId"]);
    }

    [Fact]
    public async Task Logging_an_older_meeting_after_a_newer_one_does_not_change_the_current_stance()
    {
        var recent = Meeting(new DateTime(2026, 5, 1, 10, 0, 0), Adams);
        recent.Positions = [new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Champion }];
        await Interactions.LogAsync(Staff, recent);
        var older = Meeting(new DateTime(2025, 5, 1, 10, 0, 0), Adams);
        older.Positions = [new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Sceptical }];

        await Interactions.LogAsync(Staff, older);

        var profile = (await Stakeholders.GetProfileAsync(Staff, Adams.Id))!;
        Assert.Equal(Stance.Champion, Assert.Single(profile.CurrentPositions).Stance);
        var history = await Positions.HistoryAsync(Staff, Adams.Id, Registration.Id);
        Assert.Equal([Stance.Champion, Stance.Sceptical], history.Select(h => h.Stance));
        Assert.Equal(Stance.Sceptical, history[0].Previous);
        Assert.Equal(new DateTime(2026, 5, 1, 10, 0, 0), profile.LastContacted);
    }

    [Fact]
    public async Task Evidence_kind_follows_the_kind_of_contact()
    {
        Assert.Equal(EvidenceKind.Hansard, InteractionService.EvidenceFor(InteractionKind.Debate));
        Assert.Equal(EvidenceKind.ParliamentaryQuestion, InteractionService.EvidenceFor(InteractionKind.ParliamentaryQuestion));
        Assert.Equal(EvidenceKind.Letter, InteractionService.EvidenceFor(InteractionKind.Letter));
        Assert.Equal(EvidenceKind.Meeting, InteractionService.EvidenceFor(InteractionKind.Call));
    }

    [Fact]
    public async Task Coalition_members_never_see_confidential_contacts_nor_internal_notes_even_of_their_own_partners_meetings()
    {
        var open = (await Interactions.LogAsync(Staff, Meeting(March, Adams))).Id!.Value;
        var secretModel = Meeting(March.AddDays(1), Adams);
        secretModel.IsConfidential = true;
        var secret = (await Interactions.LogAsync(Staff, secretModel)).Id!.Value;
        var ipemMember = TestActors.Coalition(Ipem.Id);
        var rctMember = TestActors.Coalition(Rct.Id);

        Assert.Null(await Interactions.GetAsync(rctMember, secret));
        Assert.NotNull(await Interactions.GetAsync(Staff, secret));
        Assert.Null((await Interactions.GetAsync(rctMember, open))!.Notes);
        Assert.Null((await Interactions.GetAsync(ipemMember, open))!.Notes);
        Assert.Equal("Cost to the NHS.", (await Interactions.GetAsync(Staff, open))!.Notes!.TheirConcerns);
        Assert.Equal([open], (await Interactions.ListAsync(rctMember, new InteractionListQuery())).Items.Select(i => i.Id));
        Assert.Equal(2, (await Interactions.ListAsync(Staff, new InteractionListQuery())).TotalCount);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Interactions.LogAsync(rctMember, Meeting(March, Adams)));
    }

    [Fact]
    public async Task The_list_filters_by_kind_dates_person_partner_staff_and_ask_in_SQL()
    {
        await Interactions.LogAsync(Staff, Meeting(new DateTime(2026, 1, 5, 9, 0, 0), Adams));
        var call = Meeting(new DateTime(2026, 2, 5, 9, 0, 0), Baker);
        call.Kind = InteractionKind.Call;
        call.PartnerIds = [Rct.Id];
        call.StaffIds = [];
        call.AskIds = [];
        call.Positions = [new PositionInput { StakeholderId = Baker.Id, AskId = Pgd.Id, Stance = Stance.Neutral }];
        await Interactions.LogAsync(Staff, call);

        async Task<IReadOnlyList<string>> Titles(InteractionListQuery q) => (await Interactions.ListAsync(Staff, q)).Items.Select(i => i.Title).ToList();

        Assert.Equal(["Meeting on 5 Feb 2026"], await Titles(new() { Kind = InteractionKind.Call }));
        Assert.Equal(["Meeting on 5 Jan 2026"], await Titles(new() { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 1, 5) }));
        Assert.Equal(["Meeting on 5 Feb 2026"], await Titles(new() { StakeholderId = Baker.Id }));
        Assert.Equal(["Meeting on 5 Feb 2026"], await Titles(new() { PartnerOrganisationId = Rct.Id }));
        Assert.Equal(["Meeting on 5 Jan 2026"], await Titles(new() { StaffUserId = StaffUser.Id }));
        Assert.Equal(["Meeting on 5 Feb 2026"], await Titles(new() { AskId = Pgd.Id }));
        Assert.Equal(["Meeting on 5 Feb 2026", "Meeting on 5 Jan 2026"], await Titles(new()));
    }

    [Fact]
    public async Task An_edit_over_a_newer_edit_is_refused()
    {
        var id = (await Interactions.LogAsync(Staff, Meeting(March, Adams))).Id!.Value;
        var mine = (await Interactions.GetForEditAsync(Staff, id))!;
        var theirs = (await Interactions.GetForEditAsync(Staff, id))!;
        theirs.AttendeeIds = [Adams.Id, Baker.Id];
        var saved = await Interactions.UpdateAsync(Staff, id, theirs);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.SelectMany(e => e.Value)) + (saved.IsConflict ? " conflict" : ""));

        mine.Title = "Renamed";
        Assert.True((await Interactions.UpdateAsync(Staff, id, mine)).IsConflict);
        Assert.Equal(2, (await Interactions.GetAsync(Staff, id))!.Attendees.Count);
    }

    [Fact]
    public async Task Deleting_keeps_the_positions_and_the_audit_keeps_what_was_deleted()
    {
        var model = Meeting(March, Adams);
        model.Positions = [new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Supportive }];
        var id = (await Interactions.LogAsync(Staff, model)).Id!.Value;
        var version = (await Interactions.GetAsync(Staff, id))!.Version;

        Assert.True((await Interactions.DeleteAsync(Staff, id, version)).Succeeded);

        Assert.Null(await Interactions.GetAsync(Staff, id));
        await using var db = Database.CreateDbContext();
        var position = await db.StatedPositions.SingleAsync();
        Assert.Null(position.InteractionId);
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Interaction" && a.Action == AuditAction.Deleted).SingleAsync();
        Assert.Contains("Meeting on 10 Mar 2026", audit.Changes);
        Assert.Equal("Hannah Mercer", audit.UserName);
    }
}
