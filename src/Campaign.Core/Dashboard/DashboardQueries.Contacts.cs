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
    /// Priority-A targets with or without contact in the last twelve months, from each person's kept latest contact. The
    /// database counts them and hands over only the 50 listed on each side (reading all 14,000 at 10× took 25–35 ms); the
    /// history is searched only for the few whose latest contact is still to come, and they are merged in here.
    /// </summary>
    public async Task<Coverage> CoverageAsync()
    {
        var kept = await KeptAsync("coverage", await PeopleKeyAsync(Minute), CoverageListsAsync);
        var listed = kept.Contacted.Concat(kept.NotContacted).Select(e => e.StakeholderId).ToList();
        var names = await db.Stakeholders.Where(s => listed.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName, s.Kind })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        List<CoverageEntry> Listed(IEnumerable<PersonLastContact> list) =>
            list.Select(e => new CoverageEntry(e.StakeholderId, names[e.StakeholderId].DisplayName, names[e.StakeholderId].Kind, e.At)).ToList();
        return new Coverage(Listed(kept.Contacted), Listed(kept.NotContacted), kept.ContactedTotal, kept.NotContactedTotal);
    }

    /// <summary>The people <see cref="CoverageAsync"/> lists, as ids and dates (kept between reads), and the totals.</summary>
    private async Task<CoverageLists> CoverageListsAsync()
    {
        var since = now.AddMonths(-12);
        var priorityA = Targeted.Where(s => s.Priority == PriorityTier.A);
        var people = clearance == Clearance.Staff
            ? priorityA.Select(s => new LatestContact { Id = s.Id, At = s.LatestContactAt })
            : priorityA.Select(s => new LatestContact { Id = s.Id, At = s.LatestOpenContactAt });
        var counts = await people.GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), Contacted = g.Count(p => p.At >= since && p.At <= now), Planned = g.Count(p => p.At > now) })
            .SingleOrDefaultAsync(cancellationToken);
        var recent = await people.Where(p => p.At >= since && p.At <= now).OrderByDescending(p => p.At).ThenBy(p => p.Id)
            .Take(DashboardService.ListLimit).Select(p => new PersonLastContact(p.Id, p.At)).ToListAsync(cancellationToken);
        // The never-contacted first: said outright, as PostgreSQL sorts nulls last and SQLite first.
        var longest = await people.Where(p => p.At == null || p.At < since).OrderBy(p => p.At != null).ThenBy(p => p.At).ThenBy(p => p.Id)
            .Take(DashboardService.ListLimit).Select(p => new PersonLastContact(p.Id, p.At)).ToListAsync(cancellationToken);
        var plannedIds = counts is { Planned: > 0 } ? await people.Where(p => p.At > now).Select(p => p.Id).ToListAsync(cancellationToken) : [];
        var planned = plannedIds.Count == 0 ? [] : await db.Stakeholders.Where(s => plannedIds.Contains(s.Id))
            .Select(StakeholderQueries.LastContactOf(now, clearance)).ToListAsync(cancellationToken);

        var plannedContacted = planned.Where(p => p.At >= since).ToList();
        var contacted = recent.Concat(plannedContacted).OrderByDescending(e => e.At).ThenBy(e => e.StakeholderId).Take(DashboardService.ListLimit).ToList();
        var notContacted = longest.Concat(planned.Where(p => !(p.At >= since))).OrderBy(e => e.At ?? DateTime.MinValue).ThenBy(e => e.StakeholderId)
            .Take(DashboardService.ListLimit).ToList();
        var contactedTotal = (counts?.Contacted ?? 0) + plannedContacted.Count;
        return new CoverageLists(contacted, notContacted, contactedTotal, (counts?.All ?? 0) - contactedTotal);
    }

    private sealed record CoverageLists(List<PersonLastContact> Contacted, List<PersonLastContact> NotContacted, int ContactedTotal, int NotContactedTotal);

    /// <summary>A person's latest contact in the reader's view (a class with setters, so EF can filter and sort on it).</summary>
    private sealed class LatestContact
    {
        public int Id { get; init; }
        public DateTime? At { get; init; }
    }
}
