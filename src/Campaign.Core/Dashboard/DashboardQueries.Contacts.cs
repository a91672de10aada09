using Campaign.Confidentiality;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

internal sealed partial class DashboardQueries
{
    private DateTime MonthStart => new(now.Year, now.Month, 1);

    private static string MonthKey(DateTime month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Contacts per month by kind over the chart's months: whole months from the trigger-kept counts, the current month
    /// live so that meetings planned for later this month are left out.
    /// </summary>
    public async Task<List<MonthlyCount>> EngagementAsync()
    {
        var monthStart = MonthStart;
        var first = MonthKey(monthStart.AddMonths(-(DashboardService.EngagementMonths - 1)));
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
    public async Task<List<PartnerContribution>> ContributionsAsync()
    {
        var monthStart = MonthStart;
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
