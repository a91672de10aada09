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
    /// Kept for the minute or until the people counter moves, which every write to contacts raises.
    /// </summary>
    public async Task<List<MonthlyCount>> EngagementAsync() => await KeptAsync("engagement", await PeopleKeyAsync(Minute), CountEngagementAsync);

    private async Task<List<MonthlyCount>> CountEngagementAsync()
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
    /// Priority-A targets with or without contact in the last twelve months, counted and listed from the kept people; the
    /// history is searched only for the few whose latest contact is still to come, and they are merged in here.
    /// </summary>
    public async Task<Coverage> CoverageAsync()
    {
        var kept = await CoverageListsAsync();
        var listed = kept.Contacted.Concat(kept.NotContacted).Select(e => e.StakeholderId).ToList();
        var names = await db.Stakeholders.Where(s => listed.Contains(s.Id)).Select(s => new { s.Id, s.DisplayName, s.Kind })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        List<CoverageEntry> Listed(IEnumerable<PersonLastContact> list) =>
            list.Select(e => new CoverageEntry(e.StakeholderId, names[e.StakeholderId].DisplayName, names[e.StakeholderId].Kind, e.At)).ToList();
        return new Coverage(Listed(kept.Contacted), Listed(kept.NotContacted), kept.ContactedTotal, kept.NotContactedTotal);
    }

    /// <summary>
    /// The people <see cref="CoverageAsync"/> lists, as ids and dates, and the totals: one pass over the kept people, kept
    /// (as ids) for the minute or until a counted detail of someone changes.
    /// </summary>
    private async Task<CoverageLists> CoverageListsAsync() => await KeptAsync("coverage", await PeopleKeyAsync(Minute), ListCoverageAsync);

    private async Task<CoverageLists> ListCoverageAsync()
    {
        var since = now.AddMonths(-12);
        var (all, recentCount) = (0, 0);
        var recent = new FirstOf<PersonLastContact>(DashboardService.ListLimit, MostRecentFirst);
        var longest = new FirstOf<PersonLastContact>(DashboardService.ListLimit, LongestAgoFirst);
        List<int> plannedIds = [];
        var people = await PeopleAsync();
        foreach (var person in people.People)
        {
            if (person.Priority != PriorityTier.A) continue;
            all++;
            var at = person.LatestContactFor(clearance);
            if (at > now) plannedIds.Add(person.Id);
            else if (at >= since) { recentCount++; recent.Offer(new PersonLastContact(person.Id, at)); }
            else longest.Offer(new PersonLastContact(person.Id, at));
        }
        // Whose latest contact is still to come: their latest before now, from the history (kept for the minute, or until
        // a contact or person changes: a few hundred people's attendances at 10×).
        var planned = plannedIds.Count == 0 ? [] : await KeptAsync("planned contacts", await PeopleKeyAsync(Minute),
            () => db.Stakeholders.Where(s => plannedIds.Contains(s.Id)).Select(StakeholderQueries.LastContactOf(now, clearance)).ToListAsync(cancellationToken));
        foreach (var person in planned)
        {
            if (person.At >= since) { recentCount++; recent.Offer(person); }
            else longest.Offer(person);
        }
        return new CoverageLists(recent.InOrder(), longest.InOrder(), recentCount, all - recentCount);
    }

    private static readonly IComparer<PersonLastContact> MostRecentFirst = Comparer<PersonLastContact>.Create((a, b) =>
        b.At.GetValueOrDefault().CompareTo(a.At.GetValueOrDefault()) is var byDate and not 0 ? byDate : a.StakeholderId.CompareTo(b.StakeholderId));

    /// <summary>Never contacted first, then the longest ago.</summary>
    private static readonly IComparer<PersonLastContact> LongestAgoFirst = Comparer<PersonLastContact>.Create((a, b) =>
        (a.At ?? DateTime.MinValue).CompareTo(b.At ?? DateTime.MinValue) is var byDate and not 0 ? byDate : a.StakeholderId.CompareTo(b.StakeholderId));

    private sealed record CoverageLists(List<PersonLastContact> Contacted, List<PersonLastContact> NotContacted, int ContactedTotal, int NotContactedTotal);
}
