using Campaign.Confidentiality;
using Campaign.Engagements;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

internal sealed partial class DashboardQueries
{
    private DateTime MonthStart => new(now.Year, now.Month, 1);

    private static string MonthKey(DateTime month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Contacts per month by kind over the chart's months, from the trigger-kept counts. This month's count holds meetings
    /// planned for later this month: those are counted live (an index range over what is still to come) and taken off.
    /// </summary>
    public async Task<List<MonthlyCount>> EngagementAsync()
    {
        var monthStart = MonthStart;
        var first = MonthKey(monthStart.AddMonths(-(DashboardService.EngagementMonths - 1)));
        var current = MonthKey(monthStart);
        // Confidential and other contacts are counted apart: staff add the two.
        var kept = await db.InteractionMonthCounts.VisibleTo(clearance)
            .Where(c => c.CampaignId == campaignId && string.Compare(c.Month, first) >= 0 && string.Compare(c.Month, current) <= 0)
            .GroupBy(c => new { c.Month, c.Kind }).Select(g => new { g.Key.Month, g.Key.Kind, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var planned = await LaterThisMonth(db.Interactions.VisibleTo(clearance).Where(i => i.CampaignId == campaignId))
            .GroupBy(i => i.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);
        return kept.Select(m => m.Month == current ? m with { Count = m.Count - planned.GetValueOrDefault(m.Kind) } : m).Where(m => m.Count > 0)
            .OrderBy(m => m.Month, StringComparer.Ordinal).ThenBy(m => m.Kind)
            .Select(m => new MonthlyCount(m.Month, m.Kind, m.Count)).ToList();
    }

    /// <summary>Contacts per partner organisation up to now: the kept counts, less what is planned for later this month.</summary>
    public async Task<List<PartnerContribution>> ContributionsAsync()
    {
        var current = MonthKey(MonthStart);
        var kept = await db.PartnerMonthCounts.VisibleTo(clearance).Where(c => c.CampaignId == campaignId && string.Compare(c.Month, current) <= 0)
            .GroupBy(c => c.OrganisationId).Select(g => new { OrganisationId = g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken);
        var plannedInteractions = LaterThisMonth(db.Interactions.VisibleTo(clearance).Where(i => i.CampaignId == campaignId)).Select(i => i.Id);
        var planned = await db.InteractionPartners.Where(p => plannedInteractions.Contains(p.InteractionId))
            .GroupBy(p => p.OrganisationId).Select(g => new { OrganisationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OrganisationId, g => g.Count, cancellationToken);
        var counts = kept.ToDictionary(c => c.OrganisationId, c => c.Count - planned.GetValueOrDefault(c.OrganisationId));
        var withContacts = counts.Where(c => c.Value > 0).Select(c => c.Key).ToList();
        var names = await db.Organisations.Where(o => withContacts.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return names.Select(o => new PartnerContribution(o.Id, o.Name, counts[o.Id]))
            .OrderByDescending(c => c.Interactions).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Contacts after now but within this month: in this month's kept counts, not yet contacts.</summary>
    private IQueryable<Interaction> LaterThisMonth(IQueryable<Interaction> interactions)
    {
        var nextMonth = MonthStart.AddMonths(1);
        return interactions.Where(i => i.OccurredAt > now && i.OccurredAt < nextMonth);
    }

    /// <summary>
    /// Priority-A targets with or without contact in the last twelve months, from each person's kept latest contact
    /// (the history is searched only for people whose latest contact is still to come).
    /// </summary>
    public async Task<Coverage> CoverageAsync()
    {
        var since = now.AddMonths(-12);
        var people = await Targeted.Where(s => s.Priority == PriorityTier.A)
            .Select(s => new PersonLastContact(s.Id, clearance == Clearance.Staff ? s.LatestContactAt : s.LatestOpenContactAt))
            .ToListAsync(cancellationToken);
        var planned = people.Where(p => p.At > now).Select(p => p.StakeholderId).ToList();
        var past = await db.Stakeholders.Where(s => planned.Contains(s.Id)).Select(StakeholderQueries.LastContactOf(now, clearance))
            .ToDictionaryAsync(c => c.StakeholderId, c => c.At, cancellationToken);
        var entries = people.Select(p => p.At > now ? p with { At = past[p.StakeholderId] } : p).ToList();
        var contacted = entries.Where(e => e.At >= since).OrderByDescending(e => e.At).ThenBy(e => e.StakeholderId).ToList();
        var notContacted = entries.Where(e => !(e.At >= since)).OrderBy(e => e.At ?? DateTime.MinValue).ThenBy(e => e.StakeholderId).ToList();

        var listed = contacted.Take(DashboardService.ListLimit).Concat(notContacted.Take(DashboardService.ListLimit)).Select(e => e.StakeholderId).ToList();
        var names = await db.Stakeholders.Where(s => listed.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName, s.Kind })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        List<CoverageEntry> Listed(IEnumerable<PersonLastContact> list) => list.Take(DashboardService.ListLimit)
            .Select(e => new CoverageEntry(e.StakeholderId, names[e.StakeholderId].DisplayName, names[e.StakeholderId].Kind, e.At)).ToList();
        return new Coverage(Listed(contacted), Listed(notContacted), contacted.Count, notContacted.Count);
    }
}
