using Campaign.Dashboard;
using Microsoft.EntityFrameworkCore;
using Campaign.Engagements;
using Campaign.Stakeholders;

namespace Campaign.Benchmarks;

/// <summary>
/// The pages people wait on: directory, profile, contacts, follow-ups, the dashboard and search. The goals are issue 22's
/// budgets, which hold at 10× as at base: medians here; the p95 of the lists and pages is held to twice the median goal.
/// </summary>
public static class QueryBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        var (data, staff, coalition) = (context.Data, context.Staff, context.Coalition);
        var directory = new StakeholderDirectory(data.Contexts, context.Clock);
        var stakeholders = new StakeholderService(data.Contexts, context.Clock);
        var interactions = new InteractionService(data.Contexts);
        var followUps = new FollowUpService(data.Contexts, context.Clock);
        var dashboard = new DashboardService(data.Contexts, context.Clock);
        // The synthetic rows are written with raw SQL, so the FTS triggers index them as they go in.
        var search = new Campaign.Search.SearchService(data.Contexts);

        yield return context.Timed("stakeholder list", 10, () => directory.ListAsync(staff, new StakeholderListQuery
            { Kind = StakeholderKind.MP, Status = MembershipStatus.Current, SortBy = StakeholderSort.LastContacted, Direction = Campaign.Common.SortOrder.Descending, PageSize = 50 }), p95GoalMs: 20);
        yield return context.Timed("stakeholder search", 15, () => directory.ListAsync(staff, new StakeholderListQuery { Search = "Patel", PageSize = 50 }));
        yield return context.Timed("attendee suggest", 10, () => directory.SuggestAsync(staff, "kha", 20));
        yield return context.Timed("profile", 10, () => stakeholders.GetProfileAsync(staff, 42), p95GoalMs: 20);
        yield return context.Timed("interaction list", 10, () => interactions.ListAsync(staff, new InteractionListQuery { Kind = InteractionKind.Meeting, PageSize = 50 }), p95GoalMs: 20);
        // Open follow-ups team-wide, soonest due first: what the follow-ups page opens on.
        yield return context.Timed("follow-ups", 10, () => followUps.ListAsync(staff, new FollowUpQuery(MineOnly: false, FollowUpFilter.Open)), p95GoalMs: 20);
        yield return context.Timed("dashboard", 50, () => dashboard.GetAsync(staff, data.CampaignId));
        // What the first reader after a logged meeting waits for: the contact moves its attendee's latest contact, and a
        // stance recorded at it changes movement.
        var contacts = 0;
        foreach (var (name, stance) in new[] { ("dashboard (after a contact)", false), ("dashboard (after a stance)", true) })
            yield return new Benchmark(name, async () => [context.WithGoal(await Measurement.TakeAsync(name, context.ScaleLabel, context.Fast, async () =>
            {
                await LogContactAsync(data, contacts++, stance);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await dashboard.GetAsync(staff, data.CampaignId);
                return watch.Elapsed;
            }), goal: 50)]);
        // The coalition view reads its own stored tallies, flags and index: it should cost what the staff view costs.
        yield return context.Timed("dashboard (coalition)", 50, () => dashboard.GetAsync(coalition, data.CampaignId));
        yield return context.Timed("stakeholder list (coalition)", 10, () => directory.ListAsync(coalition, new StakeholderListQuery
            { Kind = StakeholderKind.MP, Status = MembershipStatus.Current, SortBy = StakeholderSort.LastContacted, Direction = Campaign.Common.SortOrder.Descending, PageSize = 50 }), p95GoalMs: 20);
        yield return context.Timed("full-text search", 10, () => search.SearchAsync(staff, "Patel"), p95GoalMs: 20);
        yield return context.Timed("full-text search (coalition)", 10, () => search.SearchAsync(coalition, "clinical registration"), p95GoalMs: 20);
        // Both words are in every synthetic summary: 100,000 matches, the worst case (counted and ranked up to 1,000).
        yield return context.Timed("full-text search (all)", 10, () => search.SearchAsync(staff, "clinical registration"), p95GoalMs: 20);
    }

    /// <summary>A meeting with one MP, a different one each time, in the hour before the benchmark's "now"; with a stance on the first ask.</summary>
    private static async Task LogContactAsync(SyntheticCampaign data, int n, bool stance)
    {
        await using var db = await data.Contexts.CreateDbContextAsync();
        var person = await db.Stakeholders.Where(s => s.Kind == StakeholderKind.MP).OrderBy(s => s.Id).Skip(n % 500).Select(s => s.Id).FirstAsync();
        var contact = new Interaction
        {
            CampaignId = data.CampaignId, Kind = InteractionKind.Meeting, OccurredAt = data.Now.AddMinutes(-1 - n % 60), Title = $"Benchmark contact {n}",
            Attendees = [new InteractionAttendee { StakeholderId = person }],
        };
        db.Interactions.Add(contact);
        if (stance)
        {
            var ask = await db.Asks.Where(a => a.CampaignId == data.CampaignId).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
            db.StatedPositions.Add(new Campaign.Positions.StatedPosition
            {
                StakeholderId = person, AskId = ask, Stance = (Campaign.Positions.Stance)(n % 5), StatedOn = DateOnly.FromDateTime(data.Now),
                EvidenceKind = Campaign.Positions.EvidenceKind.Meeting, Interaction = contact,
            });
        }
        await db.SaveChangesAsync();
    }
}
