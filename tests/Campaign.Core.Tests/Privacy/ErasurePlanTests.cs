using Campaign.Engagements;
using Campaign.Privacy;
using Campaign.Testing;
using Microsoft.EntityFrameworkCore;
using static Campaign.Core.Tests.Privacy.ErasureScenario;

namespace Campaign.Core.Tests.Privacy;

/// <summary>
/// Erasure is worked out before it takes the write lock, so what it read may change before it writes. A plan that
/// no longer matches the data must write nothing (the erasure plans again), or a contact linked meanwhile would keep
/// the name.
/// </summary>
public sealed class ErasurePlanTests : DatabaseTest
{
    private ErasureScenario _scenario = null!;

    protected override async Task SetUpAsync() => _scenario = await ErasureScenario.CreateAsync(Database);

    [Fact]
    public async Task A_plan_made_before_a_new_contact_with_them_is_refused_and_writes_nothing()
    {
        var plan = await PrepareAsync(_scenario.SianId);
        var contact = await AddContactWithSianAsync();

        Assert.False(await ApplyInTransactionAsync(plan));

        Assert.Equal(Sian, await DisplayNameAsync(_scenario.SianId));
        Assert.Equal(0, await _scenario.Database.WithContextAsync(db => db.Set<ErasureSuppression>().CountAsync()));
        Assert.Contains(Sian, await TitleAsync(contact));
    }

    [Fact]
    public async Task A_plan_made_before_their_record_was_edited_is_refused()
    {
        var plan = await PrepareAsync(_scenario.SianId);
        await using (var db = _scenario.Database.CreateDbContext())
        {
            db.Actor = TestActors.PublicAffairs;
            var sian = await db.Stakeholders.SingleAsync(s => s.Id == _scenario.SianId);
            sian.Email = "siân.new@parliament.example"; // an email the plan never read, so would not suppress
            await db.SaveChangesAsync();
        }

        Assert.False(await ApplyInTransactionAsync(plan));
    }

    [Fact]
    public async Task A_plan_made_before_a_contact_naming_them_was_retitled_is_refused()
    {
        var plan = await PrepareAsync(_scenario.SianId);
        await using (var db = _scenario.Database.CreateDbContext())
        {
            db.Actor = TestActors.PublicAffairs;
            var meeting = await db.Interactions.SingleAsync(i => i.Id == _scenario.PastMeetingId);
            meeting.Summary = $"Rewritten: {Sian} now wants a second visit.";
            await db.SaveChangesAsync();
        }

        Assert.False(await ApplyInTransactionAsync(plan));
    }

    [Fact]
    public async Task A_plan_still_applies_after_writes_that_do_not_concern_them()
    {
        var plan = await PrepareAsync(_scenario.SianId);
        await using (var db = _scenario.Database.CreateDbContext())
        {
            db.Actor = TestActors.PublicAffairs;
            var tomos = await db.Stakeholders.SingleAsync(s => s.Id == _scenario.TomosId);
            tomos.Role = "Deputy director";
            await db.SaveChangesAsync();
        }

        Assert.True(await ApplyInTransactionAsync(plan));
        Assert.StartsWith("Erased", await DisplayNameAsync(_scenario.SianId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_after_the_data_changed_strikes_them_from_what_was_added_meanwhile()
    {
        // The service plans, finds its plan stale, and plans again; here the change happens before it starts, and the
        // end state must be the same as if nothing had raced: the new contact struck like the old ones.
        await PrepareAsync(_scenario.SianId);
        var contact = await AddContactWithSianAsync();

        Assert.Equal(1, await _scenario.Privacy.EraseManyAsync(TestActors.Admin, [_scenario.SianId]));

        Assert.DoesNotContain("Siân", await TitleAsync(contact), StringComparison.Ordinal);
        Assert.DoesNotContain("Siân", await TitleAsync(_scenario.PastMeetingId), StringComparison.Ordinal);
    }

    private async Task<ErasurePlan> PrepareAsync(int id)
    {
        await using var db = _scenario.Database.CreateDbContext();
        return await ErasurePlan.PrepareAsync(db, [id], new DateTime(2026, 11, 26, 9, 0, 0), CancellationToken.None);
    }

    private async Task<bool> ApplyInTransactionAsync(ErasurePlan plan)
    {
        await using var db = _scenario.Database.CreateDbContext();
        db.Actor = TestActors.Admin;
        var now = _scenario.Database.Clock.GetUtcNow();
        var key = await ErasureSuppressions.EnsureKeyAsync(db, now, CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var applied = await plan.ApplyAsync(db, TestActors.Admin, key, now, CancellationToken.None);
        if (applied) await transaction.CommitAsync();
        else await transaction.RollbackAsync();
        return applied;
    }

    private async Task<int> AddContactWithSianAsync()
    {
        await using var db = _scenario.Database.CreateDbContext();
        db.Actor = TestActors.PublicAffairs;
        var campaign = await db.Campaigns.FirstAsync();
        var call = new Interaction
        {
            Campaign = campaign, Kind = InteractionKind.Call, OccurredAt = new DateTime(2026, 11, 20, 9, 0, 0), Title = $"Call with {Sian}",
            Attendees = [new InteractionAttendee { StakeholderId = _scenario.SianId }],
        };
        db.Interactions.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    }

    private Task<string> DisplayNameAsync(int id) =>
        _scenario.Database.WithContextAsync(db => db.Stakeholders.Where(s => s.Id == id).Select(s => s.DisplayName).SingleAsync());

    private Task<string> TitleAsync(int interactionId) =>
        _scenario.Database.WithContextAsync(db => db.Interactions.Where(i => i.Id == interactionId).Select(i => i.Title + " " + i.Summary).SingleAsync());
}
