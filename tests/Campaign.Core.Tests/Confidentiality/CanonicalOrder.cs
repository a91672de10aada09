using Campaign.Common;
using Campaign.Dashboard;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>
/// Lists the services return without a full ORDER BY, put in one order before comparing. Their order is the
/// database's storage order (on PostgreSQL any UPDATE moves a row, the strip's own included), not data, so two
/// databases with the same rows may list them differently. Sorting a list changes none of its content.
/// </summary>
internal static class CanonicalOrder
{
    /// <summary>StakeholderDirectory.ListAsync: each person's current stances come in no order.</summary>
    public static PagedResult<StakeholderListItem> Of(PagedResult<StakeholderListItem> page) =>
        page with { Items = page.Items.Select(i => i with { Stances = i.Stances.OrderBy(s => s.AskId).ToList() }).ToList() };

    /// <summary>StakeholderDirectory.NamesAsync: no ORDER BY at all.</summary>
    public static IReadOnlyList<StakeholderSuggestion> Of(IReadOnlyList<StakeholderSuggestion> names) => names.OrderBy(n => n.Id).ToList();

    /// <summary>
    /// DashboardService.GetAsync: a grid person's stances are a dictionary filled in query order; movers on the same
    /// day are ordered by person only, so one person's two asks moved on one day come in either order.
    /// </summary>
    public static DashboardData Of(DashboardData data) => data with
    {
        PowerInterest = data.PowerInterest.Select(p => p with { Stances = new SortedDictionary<int, Stance>(p.Stances.ToDictionary()) }).ToList(),
        Last30Days = Of(data.Last30Days),
        Last90Days = Of(data.Last90Days),
    };

    private static Movement Of(Movement movement) => movement with
    {
        Up = Of(movement.Up),
        Down = Of(movement.Down),
        NewlyKnown = Of(movement.NewlyKnown),
    };

    private static List<MovementEntry> Of(IReadOnlyList<MovementEntry> entries) =>
        entries.OrderByDescending(e => e.StatedOn).ThenBy(e => e.StakeholderId).ThenBy(e => e.AskId).ToList();
}
