using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

/// <summary>The stance charts, the asks' progress and the grid's cells, from the tally and the head counts.</summary>
internal static class StanceCharts
{
    public static List<AskProgress> AskProgress(IEnumerable<AskHeading> asks, IReadOnlyList<TallyRow> tallies, int targeted) =>
        asks.Select(a => new AskProgress(a.Id, a.Code, a.Title,
            tallies.Where(x => x.AskId == a.Id && x.Stance is Stance.Champion or Stance.Supportive).Sum(x => x.Count), targeted)).ToList();

    public static List<StanceCount> ByHouse(IReadOnlyList<int> askIds, IEnumerable<TallyRow> tallies, IEnumerable<HeadCount> headCounts) =>
        WithUnknown(askIds,
            tallies.Select(x => new StanceCount(x.AskId, DashboardService.HouseOf(x.Kind), x.Stance, x.Count)),
            headCounts.Select(x => new GroupCount(DashboardService.HouseOf(x.Kind), x.Count)));

    /// <summary>MPs and peers only: officials and professionals would only add a "no party" bar.</summary>
    public static List<StanceCount> ByParty(IReadOnlyList<int> askIds, IEnumerable<TallyRow> tallies, IEnumerable<HeadCount> headCounts) =>
        WithUnknown(askIds,
            tallies.Where(x => InParliament(x.Kind)).Select(x => new StanceCount(x.AskId, PartyOf(x.Party), x.Stance, x.Count)),
            headCounts.Where(x => InParliament(x.Kind)).Select(x => new GroupCount(PartyOf(x.Party), x.Count)));

    public static List<GridCell> Cells(IEnumerable<HeadCount> headCounts) => headCounts.GroupBy(h => (h.Influence, h.Interest))
        .Select(g => new GridCell(g.Key.Influence, g.Key.Interest, g.Sum(h => h.Count))).OrderByDescending(c => c.Influence).ThenBy(c => c.Interest).ToList();

    private static bool InParliament(StakeholderKind kind) => kind is StakeholderKind.MP or StakeholderKind.Peer;

    private static string PartyOf(string? party) => string.IsNullOrWhiteSpace(party) ? "No party" : party;

    /// <summary>Recorded stances per ask and group, with everyone in the group who has no record added as Unknown.</summary>
    private static List<StanceCount> WithUnknown(IReadOnlyList<int> askIds, IEnumerable<StanceCount> recorded, IEnumerable<GroupCount> totals)
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

    private sealed record GroupCount(string Group, int Count);
}
