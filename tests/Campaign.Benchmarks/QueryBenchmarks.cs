using Campaign.Dashboard;
using Campaign.Engagements;
using Campaign.Stakeholders;

namespace Campaign.Benchmarks;

/// <summary>The pages people wait on: directory, profile, contacts, the dashboard and search.</summary>
public static class QueryBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        var (data, staff, coalition) = (context.Data, context.Staff, context.Coalition);
        var directory = new StakeholderDirectory(data.Contexts, context.Clock);
        var stakeholders = new StakeholderService(data.Contexts, context.Clock);
        var interactions = new InteractionService(data.Contexts);
        var dashboard = new DashboardService(data.Contexts, context.Clock);
        // The synthetic rows are written with raw SQL, so the FTS triggers index them as they go in.
        var search = new Campaign.Search.SearchService(data.Contexts);

        yield return context.Timed("stakeholder list", 10, () => directory.ListAsync(staff, new StakeholderListQuery
            { Kind = StakeholderKind.MP, Status = MembershipStatus.Current, SortBy = StakeholderSort.LastContacted, Direction = Campaign.Common.SortOrder.Descending, PageSize = 50 }));
        yield return context.Timed("stakeholder search", null, () => directory.ListAsync(staff, new StakeholderListQuery { Search = "Patel", PageSize = 50 }));
        yield return context.Timed("attendee suggest", null, () => directory.SuggestAsync(staff, "kha", 20));
        yield return context.Timed("profile", 20, () => stakeholders.GetProfileAsync(staff, 42));
        yield return context.Timed("interaction list", null, () => interactions.ListAsync(staff, new InteractionListQuery { Kind = InteractionKind.Meeting, PageSize = 50 }));
        yield return context.Timed("dashboard", context.Scale >= 10 ? 300 : 50, () => dashboard.GetAsync(staff, data.CampaignId));
        // The coalition view reads its own stored tallies, flags and index: it should cost what the staff view costs.
        yield return context.Timed("dashboard (coalition)", context.Scale >= 10 ? 300 : 50, () => dashboard.GetAsync(coalition, data.CampaignId));
        yield return context.Timed("stakeholder list (coalition)", 10, () => directory.ListAsync(coalition, new StakeholderListQuery
            { Kind = StakeholderKind.MP, Status = MembershipStatus.Current, SortBy = StakeholderSort.LastContacted, Direction = Campaign.Common.SortOrder.Descending, PageSize = 50 }));
        yield return context.Timed("full-text search", 20, () => search.SearchAsync(staff, "Patel"));
        yield return context.Timed("full-text search (coalition)", 20, () => search.SearchAsync(coalition, "clinical registration"));
        // Both words are in every synthetic summary: 100,000 matches, the worst case (counted and ranked up to 1,000).
        yield return context.Timed("full-text search (all)", 20, () => search.SearchAsync(staff, "clinical registration"));
    }
}
