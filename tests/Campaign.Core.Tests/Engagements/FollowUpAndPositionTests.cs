using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;

namespace Campaign.Core.Tests.Engagements;

public sealed class FollowUpAndPositionTests : EngagementFixture
{
    // The test clock stands at 26 November 2026.
    private async Task<int> LogWithFollowUps(params (string Title, DateOnly Due, bool Mine)[] followUps)
    {
        var model = Meeting(new DateTime(2026, 11, 1, 10, 0, 0), Adams);
        model.FollowUps = followUps.Select(f => new FollowUpInput { Title = f.Title, DueOn = f.Due, OwnerId = f.Mine ? StaffUser.Id : null }).ToList();
        return (await Interactions.LogAsync(Staff, model)).Id!.Value;
    }

    [Fact]
    public async Task Overdue_means_open_and_due_before_today()
    {
        await LogWithFollowUps(("Yesterday", new DateOnly(2026, 11, 25), true), ("Today", new DateOnly(2026, 11, 26), true),
            ("Next week", new DateOnly(2026, 12, 3), false));

        var overdue = await FollowUps.ListAsync(Staff, new FollowUpQuery(MineOnly: false, FollowUpFilter.Overdue));
        var open = await FollowUps.ListAsync(Staff, new FollowUpQuery(MineOnly: false, FollowUpFilter.Open));

        Assert.Equal(["Yesterday"], overdue.Items.Select(f => f.Title));
        Assert.Equal(["Yesterday", "Today", "Next week"], open.Items.Select(f => f.Title));
        Assert.Equal(1, await FollowUps.OverdueCountAsync(Staff));
    }

    [Fact]
    public async Task Mine_shows_only_what_I_own_and_done_work_leaves_the_open_list()
    {
        await LogWithFollowUps(("Mine", new DateOnly(2026, 11, 20), true), ("Someone else's", new DateOnly(2026, 11, 21), false));
        var mine = (await FollowUps.ListAsync(Staff, new FollowUpQuery(MineOnly: true, FollowUpFilter.Open))).Items.Single();

        Assert.True((await FollowUps.SetStatusAsync(Staff, mine.Id, FollowUpStatus.Done, mine.Version)).Succeeded);

        Assert.Empty((await FollowUps.ListAsync(Staff, new FollowUpQuery(MineOnly: true, FollowUpFilter.Open))).Items);
        Assert.Equal(["Mine"], (await FollowUps.ListAsync(Staff, new FollowUpQuery(MineOnly: false, FollowUpFilter.Done))).Items.Select(f => f.Title));
        Assert.Equal(1, await FollowUps.OverdueCountAsync(Staff));
    }

    [Fact]
    public async Task Coalition_members_get_no_follow_ups()
    {
        var coalition = TestActors.Coalition(Ipem.Id);
        await Assert.ThrowsAsync<AccessDeniedException>(() => FollowUps.ListAsync(coalition, new FollowUpQuery(false, FollowUpFilter.All)));
        Assert.Null(await FollowUps.OverdueCountAsync(coalition));
    }

    [Theory]
    [InlineData(EvidenceKind.ParliamentaryQuestion, null, null, "PqUin", "Enter the question's UIN, e.g. 12345 or HL1234.")]
    [InlineData(EvidenceKind.Hansard, null, null, "EvidenceUrl", "Enter the Hansard web address, starting with https://.")]
    [InlineData(EvidenceKind.PublicStatement, null, "javascript:alert(1)", "EvidenceUrl", "Enter a full web address starting with https://.")]
    [InlineData(EvidenceKind.Meeting, null, null, "EvidenceKind", "Positions from a meeting are recorded when you log the meeting.")]
    public async Task A_position_without_a_meeting_needs_its_evidence(EvidenceKind kind, string? uin, string? url, string field, string message)
    {
        var result = await Positions.RecordAsync(Staff, new PositionRecordModel
        {
            StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Supportive, StatedOn = new DateOnly(2026, 11, 2),
            EvidenceKind = kind, PqUin = uin, EvidenceUrl = url,
        });

        Assert.Contains(message, result.Errors[field]);
    }

    [Fact]
    public async Task A_parliamentary_question_position_is_recorded_and_becomes_current()
    {
        var result = await Positions.RecordAsync(Staff, new PositionRecordModel
        {
            StakeholderId = Baker.Id, AskId = Pgd.Id, Stance = Stance.Supportive, StatedOn = new DateOnly(2026, 11, 2),
            EvidenceKind = EvidenceKind.ParliamentaryQuestion, PqUin = "HL1234",
        });

        Assert.True(result.Succeeded);
        var current = Assert.Single((await Stakeholders.GetProfileAsync(Staff, Baker.Id))!.CurrentPositions);
        Assert.Equal((Stance.Supportive, "HL1234"), (current.Stance, current.PqUin));
    }

    [Fact]
    public async Task A_position_cannot_be_dated_in_the_future()
    {
        var result = await Positions.RecordAsync(Staff, new PositionRecordModel
        {
            StakeholderId = Baker.Id, AskId = Pgd.Id, StatedOn = new DateOnly(2026, 12, 25), EvidenceKind = EvidenceKind.Inferred,
        });
        Assert.Equal(["A position cannot be stated in the future."], result.Errors["StatedOn"]);
    }

    [Fact]
    public async Task The_timeline_is_newest_first_with_stance_changes_from_and_to()
    {
        var first = Meeting(new DateTime(2026, 1, 10, 10, 0, 0), Adams);
        first.Positions = [new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Neutral }];
        await Interactions.LogAsync(Staff, first);
        var second = Meeting(new DateTime(2026, 6, 10, 10, 0, 0), Adams);
        second.Positions = [new PositionInput { StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Supportive }];
        second.FollowUps = [new FollowUpInput { Title = "Thank-you letter", DueOn = new DateOnly(2026, 6, 12), StakeholderId = Adams.Id }];
        await Interactions.LogAsync(Staff, second);

        var timeline = (await Stakeholders.GetProfileAsync(Staff, Adams.Id))!.Timeline;

        Assert.Equal(
            [TimelineKind.FollowUp, TimelineKind.Interaction, TimelineKind.PositionChange, TimelineKind.Interaction, TimelineKind.PositionChange],
            timeline.Select(t => t.Kind));
        var change = timeline[2];
        Assert.Equal((Stance.Neutral, Stance.Supportive), (change.PreviousStance, change.Position!.Stance));
        Assert.Null(timeline[4].PreviousStance);
    }
}
