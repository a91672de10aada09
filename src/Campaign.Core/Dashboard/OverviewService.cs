using Campaign.Data;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Dashboard;

public sealed record Overview(
    int People, int PriorityA, int Interactions, int InteractionsLast90Days, int? OpenFollowUps, int? OverdueFollowUps,
    IReadOnlyList<AskStanceCounts> Stances, IReadOnlyList<RecentInteraction> Recent);

public sealed record AskStanceCounts(int AskId, string AskTitle, IReadOnlyDictionary<Stance, int> Counts);

public sealed record RecentInteraction(int Id, DateTime OccurredAt, InteractionKind Kind, string Title, string Attendees);

/// <summary>The first page's headline numbers, all counted in SQL.</summary>
public sealed class OverviewService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    /// <summary>Follow-up counts are internal: null for those who may not see confidential material.</summary>
    public async Task<Overview> GetAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var confidentialToo = actor.Can(Permission.ViewConfidential);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetLocalNow().DateTime;
        var today = DateOnly.FromDateTime(now);
        var interactions = db.Interactions.Where(i => i.CampaignId == campaignId && (confidentialToo || !i.IsConfidential));

        var people = await db.Stakeholders.CountAsync(s => s.Status == MembershipStatus.Current, cancellationToken);
        var priorityA = await db.Stakeholders.CountAsync(s => s.Status == MembershipStatus.Current && s.Priority == PriorityTier.A, cancellationToken);
        var total = await interactions.CountAsync(i => i.OccurredAt <= now, cancellationToken);
        var recentCount = await interactions.CountAsync(i => i.OccurredAt <= now && i.OccurredAt >= now.AddDays(-90), cancellationToken);
        int? open = confidentialToo ? await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Open, cancellationToken) : null;
        int? overdue = confidentialToo ? await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Open && f.DueOn < today, cancellationToken) : null;

        var asks = await db.Asks.Where(a => a.CampaignId == campaignId).OrderBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        var counts = await db.StatedPositions.Current(db)
            .Where(p => p.Ask!.CampaignId == campaignId)
            .GroupBy(p => new { p.AskId, p.Stance })
            .Select(g => new { g.Key.AskId, g.Key.Stance, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var stances = asks.Select(a => new AskStanceCounts(a.Id, a.Title,
            counts.Where(c => c.AskId == a.Id).ToDictionary(c => c.Stance, c => c.Count))).ToList();

        var recent = await interactions.Where(i => i.OccurredAt <= now).OrderByDescending(i => i.OccurredAt).Take(8)
            .Select(i => new { i.Id, i.OccurredAt, i.Kind, i.Title, Names = i.Attendees.Select(a => a.Stakeholder!.DisplayName).ToList() })
            .ToListAsync(cancellationToken);

        return new Overview(people, priorityA, total, recentCount, open, overdue, stances,
            recent.Select(r => new RecentInteraction(r.Id, r.OccurredAt, r.Kind, r.Title, string.Join(", ", r.Names))).ToList());
    }
}
