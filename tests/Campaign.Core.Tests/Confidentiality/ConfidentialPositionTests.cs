using Campaign.Core.Tests.Engagements;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>A position is confidential in its own right: from a confidential contact, or marked by hand.</summary>
public sealed class ConfidentialPositionTests : EngagementFixture
{
    private static readonly DateTime March = new(2026, 3, 2, 10, 0, 0);

    private Actor Coalition => TestActors.Coalition(Ipem.Id);

    private async Task<int> LogAsync(DateTime when, Stance stance, bool confidential, bool remarkConfidential = false, int? askId = null)
    {
        var meeting = Meeting(when, Adams);
        meeting.IsConfidential = confidential;
        meeting.Positions =
        [
            new PositionInput { StakeholderId = Adams.Id, AskId = askId ?? Registration.Id, Stance = stance, Quote = $"{stance} quote", IsConfidential = remarkConfidential },
        ];
        return (await Interactions.LogAsync(Staff, meeting)).Id!.Value;
    }

    private async Task<Stance?> CurrentStanceAsync(Actor actor) =>
        (await Stakeholders.GetProfileAsync(actor, Adams.Id))!.CurrentPositions.SingleOrDefault()?.Stance;

    [Fact]
    public async Task Deleting_a_confidential_meeting_leaves_its_positions_hidden_from_the_coalition()
    {
        await LogAsync(March, Stance.Neutral, confidential: false);
        var secret = await LogAsync(March.AddMonths(2), Stance.Champion, confidential: true);
        var version = (await Interactions.GetAsync(Staff, secret))!.Version;

        Assert.True((await Interactions.DeleteAsync(Staff, secret, version)).Succeeded);

        var history = await Positions.HistoryAsync(Coalition, Adams.Id, Registration.Id);
        Assert.Equal([Stance.Neutral], history.Select(h => h.Stance));
        Assert.Equal(Stance.Neutral, await CurrentStanceAsync(Coalition));
        var staffHistory = await Positions.HistoryAsync(Staff, Adams.Id, Registration.Id);
        Assert.True(staffHistory.Single(h => h.Stance == Stance.Champion) is { IsConfidential: true, InteractionId: null });
        Assert.Equal(Stance.Champion, await CurrentStanceAsync(Staff));
    }

    [Fact]
    public async Task One_remark_in_an_open_meeting_can_be_confidential()
    {
        var open = await LogAsync(March, Stance.Opposed, confidential: false, remarkConfidential: true, askId: Pgd.Id);

        Assert.Empty((await Interactions.GetAsync(Coalition, open))!.Positions);
        Assert.True(Assert.Single((await Interactions.GetAsync(Staff, open))!.Positions).IsConfidential);
        Assert.Null(await CurrentStanceAsync(Coalition));
        // Nor can the list's ask filter give it away: only that remark ties the meeting to the ask.
        Assert.Equal(0, (await Interactions.ListAsync(Coalition, new InteractionListQuery { AskId = Pgd.Id })).TotalCount);
        Assert.Equal(1, (await Interactions.ListAsync(Staff, new InteractionListQuery { AskId = Pgd.Id })).TotalCount);
    }

    [Fact]
    public async Task Staff_mark_a_position_confidential_by_hand_and_share_it_again()
    {
        var recorded = await Positions.RecordAsync(Staff, new PositionRecordModel
        {
            StakeholderId = Adams.Id, AskId = Registration.Id, Stance = Stance.Supportive, StatedOn = new DateOnly(2026, 4, 1),
            EvidenceKind = EvidenceKind.PublicStatement, IsConfidential = true,
        });
        Assert.Null(await CurrentStanceAsync(Coalition));

        Assert.True((await Positions.SetConfidentialAsync(Staff, recorded.Id!.Value, false)).Succeeded);
        Assert.Equal(Stance.Supportive, await CurrentStanceAsync(Coalition));
        Assert.True((await Positions.SetConfidentialAsync(Staff, recorded.Id!.Value, true)).Succeeded);
        Assert.Null(await CurrentStanceAsync(Coalition));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Positions.SetConfidentialAsync(Coalition, recorded.Id!.Value, false));
    }

    [Fact]
    public async Task A_position_from_a_meeting_that_is_still_confidential_cannot_be_shared()
    {
        await LogAsync(March, Stance.Champion, confidential: true);
        await using var db = Database.CreateDbContext();
        var id = await db.StatedPositions.Select(p => p.Id).SingleAsync();

        var result = await Positions.SetConfidentialAsync(Staff, id, false);

        Assert.Equal(["This position was recorded in a confidential interaction, so it stays confidential."],
            result.Errors[nameof(StatedPosition.IsConfidential)]);
        Assert.Null(await CurrentStanceAsync(Coalition));
    }

    [Fact]
    public async Task Editing_a_confidential_meeting_to_open_keeps_what_was_said_in_confidence_hidden()
    {
        var secret = await LogAsync(March, Stance.Champion, confidential: true);
        var model = (await Interactions.GetForEditAsync(Staff, secret))!;
        model.IsConfidential = false;

        Assert.True((await Interactions.UpdateAsync(Staff, secret, model)).Succeeded);

        Assert.NotNull(await Interactions.GetAsync(Coalition, secret));
        Assert.Empty((await Interactions.GetAsync(Coalition, secret))!.Positions);
        Assert.Null(await CurrentStanceAsync(Coalition));
    }
}
