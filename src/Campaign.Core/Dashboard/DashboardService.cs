using Campaign.Campaigns;
using Campaign.Data;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Dashboard;

/// <summary>
/// Campaign progress, aggregated in SQL (GROUP BY and correlated subqueries), never by loading every record.
/// Coalition members get the same numbers; what they never get is confidential detail (dates of confidential
/// contacts behind the coverage list).
/// </summary>
public sealed class DashboardService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public const int EngagementMonths = 24;

    public async Task<DashboardData?> GetAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var staff = actor.Can(Permission.ViewConfidential);
        var now = clock.GetLocalNow().DateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken);
        if (campaign is null) return null;
        var asks = await db.Asks.AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Code, a.Title }).ToListAsync(cancellationToken);
        var askIds = asks.Select(a => a.Id).ToList();

        var targeted = Targeted(db);
        var current = db.StatedPositions.Current(db).Where(p => askIds.Contains(p.AskId) && targeted.Any(s => s.Id == p.StakeholderId));
        var interactions = db.Interactions.Where(i => i.CampaignId == campaignId);

        var peopleTargeted = await targeted.CountAsync(cancellationToken);
        var since90 = now.AddDays(-90);
        // Driven from the 90 days of contacts (an index range), not from every person's whole history.
        var engaged = await db.InteractionAttendees
            .Where(a => a.Interaction!.CampaignId == campaignId && a.Interaction.OccurredAt >= since90 && a.Interaction.OccurredAt <= now
                        && targeted.Any(s => s.Id == a.StakeholderId))
            .Select(a => a.StakeholderId).Distinct().CountAsync(cancellationToken);
        int? overdue = staff
            ? await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Open && f.DueOn < today, cancellationToken)
            : null;

        // Current stance counts by kind and by party, in SQL; people with no record are added as Unknown.
        var byKind = await current.GroupBy(p => new { p.AskId, p.Stakeholder!.Kind, p.Stance })
            .Select(g => new { g.Key.AskId, g.Key.Kind, g.Key.Stance, Count = g.Count() }).ToListAsync(cancellationToken);
        var targetedByKind = await targeted.GroupBy(s => s.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        // Party is a parliamentary attribute: officials and professionals would only add a "no party" bar.
        var byParty = await current.Where(p => p.Stakeholder!.Kind == StakeholderKind.MP || p.Stakeholder.Kind == StakeholderKind.Peer)
            .GroupBy(p => new { p.AskId, p.Stakeholder!.Party, p.Stance })
            .Select(g => new { g.Key.AskId, g.Key.Party, g.Key.Stance, Count = g.Count() }).ToListAsync(cancellationToken);
        var targetedByParty = await targeted.Where(s => s.Kind == StakeholderKind.MP || s.Kind == StakeholderKind.Peer)
            .GroupBy(s => s.Party).Select(g => new { Party = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var stanceByHouse = WithUnknown(askIds,
            byKind.Select(x => (x.AskId, HouseOf(x.Kind), x.Stance, x.Count)),
            targetedByKind.Select(x => (HouseOf(x.Kind), x.Count)));
        var stanceByParty = WithUnknown(askIds,
            byParty.Select(x => (x.AskId, PartyOf(x.Party), x.Stance, x.Count)),
            targetedByParty.Select(x => (PartyOf(x.Party), x.Count)));

        var askProgress = asks.Select(a => new AskProgress(a.Id, a.Code, a.Title,
            byKind.Where(x => x.AskId == a.Id && x.Stance is Stance.Champion or Stance.Supportive).Sum(x => x.Count), peopleTargeted)).ToList();

        var firstMonth = new DateTime(now.Year, now.Month, 1).AddMonths(-(EngagementMonths - 1));
        var monthly = await interactions.Where(i => i.OccurredAt >= firstMonth && i.OccurredAt <= now)
            .GroupBy(i => new { i.OccurredAt.Year, i.OccurredAt.Month, i.Kind })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var engagement = monthly.OrderBy(m => m.Year).ThenBy(m => m.Month).ThenBy(m => m.Kind)
            .Select(m => new MonthlyCount($"{m.Year:D4}-{m.Month:D2}", m.Kind, m.Count)).ToList();

        var movement30 = await MovementAsync(db, targeted, askIds, today, 30, cancellationToken);
        var movement90 = await MovementAsync(db, targeted, askIds, today, 90, cancellationToken);

        var coverage = await CoverageAsync(db, targeted, now, staff, cancellationToken);

        var contributions = await db.InteractionPartners.Where(p => p.Interaction!.CampaignId == campaignId && p.Interaction.OccurredAt <= now)
            .GroupBy(p => new { p.OrganisationId, p.Organisation!.Name })
            .Select(g => new PartnerContribution(g.Key.OrganisationId, g.Key.Name, g.Count()))
            .ToListAsync(cancellationToken);

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CampaignId == campaignId).OrderBy(m => m.SortOrder)
            .Select(m => new MilestoneView(m.Id, m.Title, m.TargetDate, m.CompletedOn, m.Status, m.Evidence)).ToListAsync(cancellationToken);

        var people = await targeted.OrderBy(s => s.FamilyName)
            .Select(s => new { s.Id, s.DisplayName, s.Influence, s.Interest }).ToListAsync(cancellationToken);
        var stances = (await current.Select(p => new { p.StakeholderId, p.AskId, p.Stance }).ToListAsync(cancellationToken))
            .ToLookup(p => p.StakeholderId);
        var grid = people.Select(p => new GridPerson(p.Id, p.DisplayName, p.Influence, p.Interest,
            stances[p.Id].ToDictionary(s => s.AskId, s => s.Stance))).ToList();

        return new DashboardData(campaign.Id, campaign.Name, today, peopleTargeted, engaged, overdue, askProgress, stanceByHouse,
            stanceByParty, engagement, movement30, movement90, coverage,
            contributions.OrderByDescending(c => c.Interactions).ThenBy(c => c.Name).ToList(), milestones, grid);
    }

    /// <summary>
    /// Priority-A targets with or without contact in the last twelve months. The split is driven from the year's
    /// contacts (an index range); only the people without one need their older last contact looked up.
    /// </summary>
    private static async Task<Coverage> CoverageAsync(
        CampaignDbContext db, IQueryable<Stakeholder> targeted, DateTime now, bool staff, CancellationToken cancellationToken)
    {
        var since = now.AddMonths(-12);
        var priorityA = targeted.Where(s => s.Priority == PriorityTier.A);
        var people = await priorityA.OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName)
            .Select(s => new { s.Id, s.DisplayName, s.Kind }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        // Project before grouping (else EF emits a subquery per group), and test membership with a key lookup rather
        // than an IN list of a thousand parameters, which SQLite checked row by row: seconds, not milliseconds.
        var recent = await db.InteractionAttendees
            .Where(a => a.Interaction!.OccurredAt >= since && a.Interaction.OccurredAt <= now && priorityA.Any(s => s.Id == a.StakeholderId)
                        && (staff || !a.Interaction.IsConfidential))
            .Select(a => new { a.StakeholderId, a.Interaction!.OccurredAt })
            .GroupBy(a => a.StakeholderId)
            .Select(g => new { StakeholderId = g.Key, Last = g.Max(a => a.OccurredAt) })
            .ToDictionaryAsync(x => x.StakeholderId, x => (DateTime?)x.Last, cancellationToken);
        // Contact counts for everyone; a confidential contact's date is shown only to those who may see it.
        var contactedAtAll = staff
            ? recent.Keys.ToHashSet()
            : (await db.InteractionAttendees
                .Where(a => a.Interaction!.OccurredAt >= since && a.Interaction.OccurredAt <= now && priorityA.Any(s => s.Id == a.StakeholderId))
                .Select(a => a.StakeholderId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var older = ids.Where(id => !contactedAtAll.Contains(id)).ToList();
        var earlier = await db.Stakeholders.Where(s => older.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                Last = s.Attendances.Where(a => a.Interaction!.OccurredAt <= now && (staff || !a.Interaction.IsConfidential))
                    .Max(a => (DateTime?)a.Interaction!.OccurredAt),
            })
            .ToDictionaryAsync(x => x.Id, x => x.Last, cancellationToken);

        var entries = people.Select(p => (p.Id, Entry: new CoverageEntry(p.Id, p.DisplayName, p.Kind,
            recent.GetValueOrDefault(p.Id) ?? earlier.GetValueOrDefault(p.Id)))).ToList();
        return new Coverage(
            entries.Where(e => contactedAtAll.Contains(e.Id)).Select(e => e.Entry).ToList(),
            entries.Where(e => !contactedAtAll.Contains(e.Id)).Select(e => e.Entry).ToList());
    }

    private static IQueryable<Stakeholder> Targeted(CampaignDbContext db) =>
        db.Stakeholders.Where(s => s.Status == MembershipStatus.Current && s.Kind != StakeholderKind.PartnerContact);

    public static string HouseOf(StakeholderKind kind) => kind switch
    {
        StakeholderKind.MP => "Commons",
        StakeholderKind.Peer => "Lords",
        _ => "Outside Parliament",
    };

    private static string PartyOf(string? party) => string.IsNullOrWhiteSpace(party) ? "No party" : party;

    private static List<StanceCount> WithUnknown(
        IReadOnlyList<int> askIds, IEnumerable<(int AskId, string Group, Stance Stance, int Count)> recorded, IEnumerable<(string Group, int Count)> totals)
    {
        var counts = recorded.GroupBy(r => (r.AskId, r.Group, r.Stance)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var groupTotals = totals.GroupBy(t => t.Group).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
        var result = new List<StanceCount>();
        foreach (var askId in askIds)
        {
            foreach (var (group, total) in groupTotals.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var known = 0;
                foreach (var stance in Enum.GetValues<Stance>().Where(s => s != Stance.Unknown))
                {
                    var count = counts.GetValueOrDefault((askId, group, stance));
                    known += count;
                    result.Add(new StanceCount(askId, group, stance, count));
                }
                result.Add(new StanceCount(askId, group, Stance.Unknown, total - known));
            }
        }
        return result;
    }

    /// <summary>
    /// For each (person, ask) with a position stated in the period: the stance now against the stance held when the
    /// period began. Up and down compare places on the Champion…Opposed scale; from or to Unknown is "newly known".
    /// </summary>
    private static async Task<Movement> MovementAsync(
        CampaignDbContext db, IQueryable<Stakeholder> targeted, IReadOnlyList<int> askIds, DateOnly today, int days, CancellationToken cancellationToken)
    {
        var start = today.AddDays(-days);
        var rows = await db.StatedPositions.Current(db)
            .Where(p => askIds.Contains(p.AskId) && p.StatedOn > start && p.StatedOn <= today && targeted.Any(s => s.Id == p.StakeholderId))
            .Select(p => new
            {
                p.StakeholderId, p.Stakeholder!.DisplayName, p.AskId, AskTitle = p.Ask!.Title, p.Stance, p.StatedOn,
                Before = db.StatedPositions
                    .Where(q => q.StakeholderId == p.StakeholderId && q.AskId == p.AskId && q.StatedOn <= start)
                    .OrderByDescending(q => q.StatedOn).ThenByDescending(q => q.Id)
                    .Select(q => (Stance?)q.Stance).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var entries = rows.Select(r => new MovementEntry(r.StakeholderId, r.DisplayName, r.AskId, r.AskTitle, r.Before, r.Stance, r.StatedOn)).ToList();
        bool Known(Stance? s) => s is not null and not Stance.Unknown;
        var up = entries.Where(e => Known(e.From) && Known(e.To) && (int)e.To < (int)e.From!).OrderBy(e => e.Name).ToList();
        var down = entries.Where(e => Known(e.From) && Known(e.To) && (int)e.To > (int)e.From!).OrderBy(e => e.Name).ToList();
        var newly = entries.Where(e => !Known(e.From) && Known(e.To)).OrderBy(e => e.Name).ToList();
        return new Movement(days, up, down, newly);
    }
}
