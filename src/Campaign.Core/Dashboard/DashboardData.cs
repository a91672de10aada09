using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

/// <summary>
/// A campaign's progress. "Targeted" people are current (not former) stakeholders other than partner contacts;
/// every count below is over them (by party: the MPs and peers among them). People with no recorded position count as Unknown.
/// </summary>
public sealed record DashboardData(
    int CampaignId,
    string CampaignName,
    DateOnly Today,
    int PeopleTargeted,
    int EngagedLast90Days,
    int? OverdueFollowUps,
    IReadOnlyList<AskProgress> Asks,
    IReadOnlyList<StanceCount> StanceByHouse,
    IReadOnlyList<StanceCount> StanceByParty,
    IReadOnlyList<MonthlyCount> Engagement,
    Movement Last30Days,
    Movement Last90Days,
    Coverage PriorityACoverage,
    IReadOnlyList<PartnerContribution> Contributions,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<GridPerson> PowerInterest,
    IReadOnlyList<GridCell> PowerInterestCells)
{
    /// <summary>The campaign's goal, shown under its name.</summary>
    public string? Goal { get; init; }
}

/// <summary>Share Supportive or Champion: (<see cref="Supportive"/>) out of everyone targeted.</summary>
public sealed record AskProgress(int AskId, string Code, string Title, int Supportive, int Targeted)
{
    public double Share => Targeted == 0 ? 0 : (double)Supportive / Targeted;
}

public sealed record StanceCount(int AskId, string Group, Stance Stance, int Count);

/// <summary>Interactions in a calendar month (yyyy-MM) of one kind.</summary>
public sealed record MonthlyCount(string Month, InteractionKind Kind, int Count);

/// <summary>
/// Who moved in the period. The lists hold the most recent movers (at most <see cref="DashboardService.ListLimit"/>
/// each); the totals count everyone.
/// </summary>
public sealed record Movement(int Days, IReadOnlyList<MovementEntry> Up, IReadOnlyList<MovementEntry> Down, IReadOnlyList<MovementEntry> NewlyKnown,
    int UpTotal, int DownTotal, int NewlyKnownTotal);

/// <summary>A person's stance on an ask now compared with the stance they held when the period began.</summary>
public sealed record MovementEntry(int StakeholderId, string Name, int AskId, string AskTitle, Stance? From, Stance To, DateOnly StatedOn);

/// <summary>
/// Priority-A targets split by whether anyone has been in contact in the last twelve months. The lists hold at most
/// <see cref="DashboardService.ListLimit"/> people each: the longest without contact first, and the most recently
/// contacted first; the totals count everyone (the directory lists them all).
/// </summary>
public sealed record Coverage(IReadOnlyList<CoverageEntry> Contacted, IReadOnlyList<CoverageEntry> NotContacted, int ContactedTotal, int NotContactedTotal);

public sealed record CoverageEntry(int StakeholderId, string Name, StakeholderKind Kind, DateTime? LastContacted);

public sealed record PartnerContribution(int OrganisationId, string Name, int Interactions);

/// <summary>How many targeted people sit in one cell of the power/interest grid (the grid plots only priority A).</summary>
public sealed record GridCell(int Influence, int Interest, int People);

/// <summary>A priority-A target on the power/interest grid.</summary>
public sealed record GridPerson(int StakeholderId, string Name, int Influence, int Interest, IReadOnlyDictionary<int, Stance> Stances)
{
    public Stance StanceOn(int askId) => Stances.TryGetValue(askId, out var stance) ? stance : Stance.Unknown;
}
