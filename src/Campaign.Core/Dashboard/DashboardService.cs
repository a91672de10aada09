using Campaign.Confidentiality;
using Campaign.Stakeholders;

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

    private readonly DashboardMemo _memo = new();

    /// <summary>What is kept between reads (tests see what was read again).</summary>
    internal DashboardMemo Memo => _memo;

    public async Task<DashboardData?> GetAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = new DashboardQueries(db, campaignId, Clearances.Of(actor), clock.GetLocalNow().DateTime, _memo, cancellationToken);

        var campaign = await query.CampaignAsync();
        if (campaign is null) return null;
        var asks = await query.AsksAsync();
        var askIds = asks.Select(a => a.Id).ToList();
        var engaged = await query.EngagedAsync();
        var overdue = await query.OverdueFollowUpsAsync();
        // One read of the stance tally and one of the head counts feed every stance chart, the asks and the grid's cells.
        var tallies = await query.StanceTalliesAsync(askIds);
        var headCounts = await query.HeadCountsAsync();
        var peopleTargeted = headCounts.Sum(h => h.Count);
        var engagement = await query.EngagementAsync();
        var movement = await query.MovementAsync(askIds);
        var coverage = await query.CoverageAsync();
        var contributions = await query.ContributionsAsync();
        var milestones = await query.MilestonesAsync();
        var grid = await query.PowerInterestAsync();

        return new DashboardData(campaign.Id, campaign.Name, query.Today, peopleTargeted, engaged, overdue,
            StanceCharts.AskProgress(asks, tallies, peopleTargeted), StanceCharts.ByHouse(askIds, tallies, headCounts),
            StanceCharts.ByParty(askIds, tallies, headCounts), engagement, movement.Last30Days, movement.Last90Days, coverage,
            contributions, milestones, grid, StanceCharts.Cells(headCounts)) { Goal = campaign.Goal };
    }

    public static string HouseOf(StakeholderKind kind) => kind switch
    {
        StakeholderKind.MP => "Commons",
        StakeholderKind.Peer => "Lords",
        _ => "Outside Parliament",
    };
}
