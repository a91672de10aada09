using Campaign.Engagements;
using Campaign.Positions;

namespace Campaign.Stakeholders;

public sealed record StakeholderProfile(
    int Id,
    StakeholderKind Kind,
    string DisplayName,
    string? Honorific,
    string GivenName,
    string FamilyName,
    string? PostNominals,
    string? Party,
    string? Constituency,
    House? House,
    string? Peerage,
    int? ParliamentMemberId,
    DateOnly? MembershipStartDate,
    DateOnly? MembershipEndDate,
    string? MembershipEndReason,
    MembershipStatus Status,
    string? Department,
    string? Role,
    int? OrganisationId,
    string? OrganisationName,
    string? Email,
    string? Phone,
    string? Address,
    PriorityTier Priority,
    int Influence,
    int Interest,
    string? RelationshipOwnerName,
    string? Notes,
    string? DataSource,
    LawfulBasis LawfulBasis,
    DateOnly? LastReviewedOn,
    DateTimeOffset UpdatedAt)
{
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<PostView> Posts { get; init; } = [];
    public IReadOnlyList<RelationshipView> Relationships { get; init; } = [];
    public IReadOnlyList<PositionView> Positions { get; init; } = [];
    public IReadOnlyList<InteractionSummary> Interactions { get; init; } = [];
    public IReadOnlyList<FollowUpView> FollowUps { get; init; } = [];

    public DateTime? LastContacted { get; init; }

    /// <summary>Latest record per ask by date stated (history arrives newest first).</summary>
    public IReadOnlyList<PositionView> CurrentPositions =>
        Positions.GroupBy(p => p.AskId).Select(g => g.First()).ToList();

    public IReadOnlyList<TimelineEntry> Timeline => Stakeholders.Timeline.For(this);
}

public sealed record PostView(string Title, string? OrganisationName, DateOnly? StartOn, DateOnly? EndOn);

/// <summary>A relationship seen from this person: outgoing ("reports to X") or incoming ("X reports to them").</summary>
public sealed record RelationshipView(
    int Id, RelationshipType Type, bool Incoming, int? OtherStakeholderId, int? OtherOrganisationId, string OtherName,
    DateOnly? StartOn, DateOnly? EndOn, string? Note);

public sealed record PositionView(
    int Id, int AskId, string AskTitle, Stance Stance, DateOnly StatedOn, EvidenceKind EvidenceKind,
    int? InteractionId, string? PqUin, string? EvidenceUrl, string? Quote, Confidence Confidence, string? RecordedBy, bool IsConfidential = false);

public sealed record InteractionSummary(int Id, InteractionKind Kind, DateTime OccurredAt, string Title, string? Location, bool IsConfidential);

public sealed record FollowUpView(int Id, string Title, DateOnly DueOn, FollowUpStatus Status, string? OwnerName, int? InteractionId);
