using Campaign.Common;
using Campaign.Positions;

namespace Campaign.Stakeholders;

public enum StakeholderSort
{
    Name,
    Kind,
    Party,
    Priority,
    Organisation,
    LastContacted,
}

/// <summary>The directory's filters, sort and page (zero-based), all applied in SQL.</summary>
public sealed record StakeholderListQuery
{
    public string? Search { get; init; }
    public StakeholderKind? Kind { get; init; }
    public string? Party { get; init; }
    public House? House { get; init; }
    public PriorityTier? Priority { get; init; }
    public string? Tag { get; init; }
    public MembershipStatus? Status { get; init; }
    public int? StanceAskId { get; init; }
    public Stance? Stance { get; init; }
    public int? OrganisationId { get; init; }
    public StakeholderSort SortBy { get; init; } = StakeholderSort.Name;
    public SortOrder Direction { get; init; } = SortOrder.Ascending;
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}

public sealed record AskStance(int AskId, Stance Stance, DateOnly StatedOn);

public sealed record StakeholderListItem(
    int Id,
    string DisplayName,
    StakeholderKind Kind,
    string? Party,
    string? Constituency,
    string? OrganisationName,
    PriorityTier Priority,
    MembershipStatus Status,
    DateTime? LastContacted,
    IReadOnlyList<AskStance> Stances)
{
    public Stance StanceOn(int askId) => Stances.FirstOrDefault(s => s.AskId == askId)?.Stance ?? Stance.Unknown;
}

public sealed record StakeholderSuggestion(int Id, string DisplayName, StakeholderKind Kind, string? Detail);
