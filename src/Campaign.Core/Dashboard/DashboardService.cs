using Campaign.Campaigns;
using Campaign.Confidentiality;
using Campaign.Data;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Dashboard;

/// <summary>
/// Campaign progress from stored tallies, counts and index seeks, in the reader's view: a coalition member's dashboard
/// is the one staff would see with the confidential material deleted (see <see cref="Clearance"/>).
/// </summary>
public sealed class DashboardService(IDbContextFactory<CampaignDbContext> contexts, TimeProvider clock)
{
    public const int EngagementMonths = 24;

    /// <summary>People listed per movement or coverage list, and priority-A people plotted on the grid (times four).</summary>
    public const int ListLimit = 50;

    public async Task<DashboardData?> GetAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var clearance = Clearances.Of(actor);
        var now = clock.GetLocalNow().DateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken);
        if (campaign is null) return null;
        var asks = await db.Asks.AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Code, a.Title }).ToListAsync(cancellationToken);
        var askIds = asks.Select(a => a.Id).ToList();

        var targeted = Targeted(db);
        // Current stances of targeted people: the partial index on IsCurrent, joined to the person.
        var current = db.StatedPositions.CurrentFor(clearance).Where(p => askIds.Contains(p.AskId)
            && p.Stakeholder!.Status == MembershipStatus.Current && p.Stakeholder.Kind != StakeholderKind.PartnerContact);

        var engaged = await targeted.ContactedBetween(now.AddDays(-90), now, clearance).CountAsync(cancellationToken);
        int? overdue = clearance.SeesFollowUps()
            ? await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Open && f.DueOn < today, cancellationToken)
            : null;

        // The trigger-kept tally of current stances by ask, kind, party and stance gives both the house and the party
        // charts; people with no record are added as Unknown from the head counts.
        var stanceGroups = await db.StanceTallies.For(clearance)
            .Where(t => askIds.Contains(t.AskId) && t.Status == MembershipStatus.Current && t.Kind != StakeholderKind.PartnerContact && t.Count > 0)
            .Select(t => new { t.AskId, t.Kind, t.Party, t.Stance, t.Count }).ToListAsync(cancellationToken);
        var headCounts = await targeted.GroupBy(s => new { s.Kind, s.Party, s.Influence, s.Interest })
            .Select(g => new { g.Key.Kind, g.Key.Party, g.Key.Influence, g.Key.Interest, Count = g.Count() }).ToListAsync(cancellationToken);
        var peopleTargeted = headCounts.Sum(h => h.Count);
        // Party is a parliamentary attribute: officials and professionals would only add a "no party" bar.
        static bool InParliament(StakeholderKind kind) => kind is StakeholderKind.MP or StakeholderKind.Peer;

        var stanceByHouse = WithUnknown(askIds,
            stanceGroups.Select(x => (x.AskId, HouseOf(x.Kind), x.Stance, x.Count)),
            headCounts.Select(x => (HouseOf(x.Kind), x.Count)));
        var stanceByParty = WithUnknown(askIds,
            stanceGroups.Where(x => InParliament(x.Kind)).Select(x => (x.AskId, PartyOf(x.Party), x.Stance, x.Count)),
            headCounts.Where(x => InParliament(x.Kind)).Select(x => (PartyOf(x.Party), x.Count)));

        var askProgress = asks.Select(a => new AskProgress(a.Id, a.Code, a.Title,
            stanceGroups.Where(x => x.AskId == a.Id && x.Stance is Stance.Champion or Stance.Supportive).Sum(x => x.Count), peopleTargeted)).ToList();

        var engagement = await MonthlyAsync(db, campaignId, now, clearance, cancellationToken);

        var (movement30, movement90) = await MovementAsync(db, current, db.StatedPositions.VisibleTo(clearance), today, cancellationToken);

        var coverage = await CoverageAsync(db, targeted, now, clearance, cancellationToken);
        var contributions = await ContributionsAsync(db, campaignId, now, clearance, cancellationToken);

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CampaignId == campaignId).OrderBy(m => m.SortOrder)
            .Select(m => new MilestoneView(m.Id, m.Title, m.TargetDate, m.CompletedOn, m.Status, m.Evidence)).ToListAsync(cancellationToken);

        // The grid plots the most influential and interested priority-A targets one by one; everyone is counted in a cell.
        var people = await targeted.Where(s => s.Priority == PriorityTier.A)
            .OrderByDescending(s => s.Influence).ThenByDescending(s => s.Interest).ThenBy(s => s.FamilyName).ThenBy(s => s.Id)
            .Take(ListLimit * 4)
            .Select(s => new { s.Id, s.DisplayName, s.Influence, s.Interest }).ToListAsync(cancellationToken);
        var plotted = people.Select(p => p.Id).ToList();
        var stances = (await db.StatedPositions.CurrentFor(clearance).Where(p => plotted.Contains(p.StakeholderId)).OrderBy(p => p.AskId)
                .Select(p => new { p.StakeholderId, p.AskId, p.Stance }).ToListAsync(cancellationToken))
            .ToLookup(p => p.StakeholderId);
        var grid = people.Select(p => new GridPerson(p.Id, p.DisplayName, p.Influence, p.Interest,
            stances[p.Id].ToDictionary(s => s.AskId, s => s.Stance))).ToList();
        var cells = headCounts.GroupBy(h => (h.Influence, h.Interest))
            .Select(g => new GridCell(g.Key.Influence, g.Key.Interest, g.Sum(h => h.Count))).OrderByDescending(c => c.Influence).ThenBy(c => c.Interest).ToList();

        return new DashboardData(campaign.Id, campaign.Name, today, peopleTargeted, engaged, overdue, askProgress, stanceByHouse,
            stanceByParty, engagement, movement30, movement90, coverage,
            contributions, milestones, grid, cells);
    }

    /// <summary>
    /// Contacts per month by kind over the chart's months: whole months come from the trigger-kept monthly counts, the
    /// current month is counted live so that meetings planned for later this month are left out.
    /// </summary>
    private static async Task<List<MonthlyCount>> MonthlyAsync(
        CampaignDbContext db, int campaignId, DateTime now, Clearance clearance, CancellationToken cancellationToken)
    {
        var monthStart = new DateTime(now.Year, now.Month, 1);
        var first = MonthKey(monthStart.AddMonths(-(EngagementMonths - 1)));
        var current = MonthKey(monthStart);
        // Confidential and other contacts are counted apart: staff add the two.
        var past = await db.InteractionMonthCounts.VisibleTo(clearance)
            .Where(c => c.CampaignId == campaignId && string.Compare(c.Month, first) >= 0 && string.Compare(c.Month, current) < 0)
            .GroupBy(c => new { c.Month, c.Kind }).Select(g => new { g.Key.Month, g.Key.Kind, Count = g.Sum(c => c.Count) })
            .Where(c => c.Count > 0).ToListAsync(cancellationToken);
        var thisMonth = await db.Interactions.VisibleTo(clearance)
            .Where(i => i.CampaignId == campaignId && i.OccurredAt >= monthStart && i.OccurredAt <= now)
            .GroupBy(i => i.Kind).Select(g => new { Month = current, Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return past.Concat(thisMonth).OrderBy(m => m.Month, StringComparer.Ordinal).ThenBy(m => m.Kind)
            .Select(m => new MonthlyCount(m.Month, m.Kind, m.Count)).ToList();
    }

    /// <summary>Contacts per partner organisation up to now: whole months from the kept counts, this month live.</summary>
    private static async Task<List<PartnerContribution>> ContributionsAsync(
        CampaignDbContext db, int campaignId, DateTime now, Clearance clearance, CancellationToken cancellationToken)
    {
        var monthStart = new DateTime(now.Year, now.Month, 1);
        var current = MonthKey(monthStart);
        var past = await db.PartnerMonthCounts.VisibleTo(clearance).Where(c => c.CampaignId == campaignId && string.Compare(c.Month, current) < 0)
            .GroupBy(c => c.OrganisationId).Select(g => new { OrganisationId = g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken);
        var thisMonth = await db.InteractionPartners.VisibleTo(clearance)
            .Where(p => p.Interaction!.CampaignId == campaignId && p.Interaction.OccurredAt >= monthStart && p.Interaction.OccurredAt <= now)
            .GroupBy(p => p.OrganisationId).Select(g => new { OrganisationId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = past.Concat(thisMonth).GroupBy(c => c.OrganisationId).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var withContacts = counts.Where(c => c.Value > 0).Select(c => c.Key).ToList();
        var names = await db.Organisations.Where(o => withContacts.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return names.Select(o => new PartnerContribution(o.Id, o.Name, counts[o.Id]))
            .OrderByDescending(c => c.Interactions).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    private static string MonthKey(DateTime month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Priority-A targets with or without contact in the last twelve months in the reader's view, from each person's
    /// kept latest contact (the history is searched only for people whose latest contact is still to come).
    /// </summary>
    private static async Task<Coverage> CoverageAsync(
        CampaignDbContext db, IQueryable<Stakeholder> targeted, DateTime now, Clearance clearance, CancellationToken cancellationToken)
    {
        var since = now.AddMonths(-12);
        var people = await targeted.Where(s => s.Priority == PriorityTier.A)
            .Select(s => new { s.Id, Latest = clearance == Clearance.Staff ? s.LatestContactAt : s.LatestOpenContactAt }).ToListAsync(cancellationToken);
        var planned = people.Where(p => p.Latest > now).Select(p => p.Id).ToList();
        var past = await db.Stakeholders.Where(s => planned.Contains(s.Id)).Select(StakeholderQueries.LastContactOf(now, clearance))
            .ToDictionaryAsync(c => c.StakeholderId, c => c.At, cancellationToken);
        var entries = people.Select(p => (p.Id, Last: p.Latest > now ? past[p.Id] : p.Latest)).ToList();
        var contacted = entries.Where(e => e.Last >= since).OrderByDescending(e => e.Last).ThenBy(e => e.Id).ToList();
        var notContacted = entries.Where(e => !(e.Last >= since)).OrderBy(e => e.Last ?? DateTime.MinValue).ThenBy(e => e.Id).ToList();

        var listed = contacted.Take(ListLimit).Concat(notContacted.Take(ListLimit)).Select(e => e.Id).ToList();
        var names = await db.Stakeholders.Where(s => listed.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName, s.Kind })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        List<CoverageEntry> Listed(IEnumerable<(int Id, DateTime? Last)> list) =>
            list.Take(ListLimit).Select(e => new CoverageEntry(e.Id, names[e.Id].DisplayName, names[e.Id].Kind, e.Last)).ToList();
        return new Coverage(Listed(contacted), Listed(notContacted), contacted.Count, notContacted.Count);
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
    /// One pass over the last 90 days' current stances answers both periods.
    /// </summary>
    private static async Task<(Movement, Movement)> MovementAsync(
        CampaignDbContext db, IQueryable<StatedPosition> current, IQueryable<StatedPosition> history, DateOnly today, CancellationToken cancellationToken)
    {
        var start30 = today.AddDays(-30);
        var start90 = today.AddDays(-90);
        // Ids and stances only: names are looked up for the people listed, not for every mover.
        var rows = await current.Where(p => p.StatedOn > start90 && p.StatedOn <= today)
            .Select(p => new
            {
                p.StakeholderId, p.AskId, p.Stance, p.StatedOn,
                Before30 = p.StatedOn > start30
                    ? history.Where(q => q.StakeholderId == p.StakeholderId && q.AskId == p.AskId && q.StatedOn <= start30)
                        .OrderByDescending(q => q.StatedOn).ThenByDescending(q => q.Id).Select(q => (Stance?)q.Stance).FirstOrDefault()
                    : null,
                Before90 = history.Where(q => q.StakeholderId == p.StakeholderId && q.AskId == p.AskId && q.StatedOn <= start90)
                    .OrderByDescending(q => q.StatedOn).ThenByDescending(q => q.Id).Select(q => (Stance?)q.Stance).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        static bool Known(Stance? s) => s is not null and not Stance.Unknown;
        static List<(int StakeholderId, int AskId, Stance? From, Stance To, DateOnly StatedOn)> Recent(
            IEnumerable<(int StakeholderId, int AskId, Stance? From, Stance To, DateOnly StatedOn)> moves) =>
            moves.OrderByDescending(m => m.StatedOn).ThenBy(m => m.StakeholderId).ThenBy(m => m.AskId).ToList();
        var periods = new[] { (Days: 30, Moves: rows.Where(r => r.StatedOn > start30).Select(r => (r.StakeholderId, r.AskId, From: r.Before30, To: r.Stance, r.StatedOn))),
                              (Days: 90, Moves: rows.Select(r => (r.StakeholderId, r.AskId, From: r.Before90, To: r.Stance, r.StatedOn))) }
            .Select(p =>
            {
                var moves = p.Moves.ToList();
                return (p.Days,
                    Up: Recent(moves.Where(m => Known(m.From) && Known(m.To) && (int)m.To < (int)m.From!)),
                    Down: Recent(moves.Where(m => Known(m.From) && Known(m.To) && (int)m.To > (int)m.From!)),
                    Newly: Recent(moves.Where(m => !Known(m.From) && Known(m.To))));
            }).ToList();

        var listed = periods.SelectMany(p => p.Up.Take(ListLimit).Concat(p.Down.Take(ListLimit)).Concat(p.Newly.Take(ListLimit)))
            .Select(m => m.StakeholderId).Distinct().ToList();
        var names = await db.Stakeholders.Where(s => listed.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName }).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var asks = await db.Asks.Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        List<MovementEntry> Listed(IEnumerable<(int StakeholderId, int AskId, Stance? From, Stance To, DateOnly StatedOn)> moves) =>
            moves.Take(ListLimit).Select(m => new MovementEntry(m.StakeholderId, names[m.StakeholderId], m.AskId, asks[m.AskId], m.From, m.To, m.StatedOn)).ToList();
        var result = periods.Select(p => new Movement(p.Days, Listed(p.Up), Listed(p.Down), Listed(p.Newly), p.Up.Count, p.Down.Count, p.Newly.Count)).ToList();
        return (result[0], result[1]);
    }
}
