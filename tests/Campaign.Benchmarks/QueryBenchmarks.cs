using Campaign.Dashboard;
using Campaign.Engagements;
using Campaign.Stakeholders;

namespace Campaign.Benchmarks;

/// <summary>The pages people wait on: directory, profile, contacts and the dashboard.</summary>
public static class QueryBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        var (data, staff) = (context.Data, context.Staff);
        var directory = new StakeholderDirectory(data.Contexts, context.Clock);
        var stakeholders = new StakeholderService(data.Contexts, context.Clock);
        var interactions = new InteractionService(data.Contexts);
        var dashboard = new DashboardService(data.Contexts, context.Clock);

        yield return context.Timed("stakeholder list", 10, () => directory.ListAsync(staff, new StakeholderListQuery
            { Kind = StakeholderKind.MP, Status = MembershipStatus.Current, SortBy = StakeholderSort.LastContacted, Direction = Campaign.Common.SortOrder.Descending, PageSize = 50 }));
        yield return context.Timed("stakeholder search", null, () => directory.ListAsync(staff, new StakeholderListQuery { Search = "Patel", PageSize = 50 }));
        yield return context.Timed("attendee suggest", null, () => directory.SuggestAsync(staff, "kha", 20));
        yield return context.Timed("profile", 20, () => stakeholders.GetProfileAsync(staff, 42));
        yield return context.Timed("interaction list", null, () => interactions.ListAsync(staff, new InteractionListQuery { Kind = InteractionKind.Meeting, PageSize = 50 }));
        yield return context.Timed("dashboard", context.Scale >= 10 ? 300 : 50, () => dashboard.GetAsync(staff, data.CampaignId));
    }
}
