using Campaign.Positions;

namespace Campaign.Engagements;

public sealed record InteractionListQuery
{
    public InteractionKind? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? StakeholderId { get; init; }
    public int? PartnerOrganisationId { get; init; }
    public string? StaffUserId { get; init; }
    public int? AskId { get; init; }
    public string? Search { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}

public sealed record InteractionListItem(
    int Id, InteractionKind Kind, DateTime OccurredAt, string Title, string? Location, bool IsConfidential,
    IReadOnlyList<string> Attendees, IReadOnlyList<string> Partners);

public sealed record InteractionDetail(
    int Id, int CampaignId, InteractionKind Kind, DateTime OccurredAt, string Title, string? Location, string? Summary,
    bool IsConfidential, long Version, string? CreatedBy)
{
    public IReadOnlyList<PersonRef> Attendees { get; init; } = [];
    public IReadOnlyList<string> Staff { get; init; } = [];
    public IReadOnlyList<OrganisationName> Partners { get; init; } = [];
    public IReadOnlyList<string> AsksDiscussed { get; init; } = [];

    /// <summary>Null when there are none, or the reader may not see internal notes (coalition members).</summary>
    public StructuredNotes? Notes { get; init; }

    public IReadOnlyList<PositionFromInteraction> Positions { get; init; } = [];
    public IReadOnlyList<FollowUpFromInteraction> FollowUps { get; init; } = [];
}

public sealed record PersonRef(int Id, string DisplayName);

public sealed record OrganisationName(int Id, string Name);

public sealed record StructuredNotes(string? AsksRaised, string? TheirConcerns, string? CommitmentsByThem, string? CommitmentsByUs)
{
    public bool IsEmpty => AsksRaised is null && TheirConcerns is null && CommitmentsByThem is null && CommitmentsByUs is null;
}

public sealed record PositionFromInteraction(
    int StakeholderId, string StakeholderName, string AskTitle, Stance Stance, string? Quote, Confidence Confidence, bool IsConfidential = false);

public sealed record FollowUpFromInteraction(int Id, string Title, DateOnly DueOn, FollowUpStatus Status, string? OwnerName, string? StakeholderName);
