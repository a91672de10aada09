using Campaign.Auditing;
using Campaign.Briefings;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Privacy;

public enum SubjectAccessUse
{
    Viewed,
    ExportedJson,
    ExportedPdf,
}

/// <summary>
/// Everything the campaign holds about one person, for a subject-access request: their record, tags, posts,
/// relationships, the contacts they took part in, their stated positions, follow-ups about them, flags from members imports, what the Parliament monitor copied under their name, the stored briefing
/// packs that mention them, and the audit of who changed, viewed or exported their data. Other attendees of a meeting are third parties: they are counted,
/// not named.
/// </summary>
public sealed record SubjectAccessReport(int StakeholderId, DateTimeOffset GeneratedAt, string GeneratedBy, SubjectDetails Person)
{
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<SubjectPost> Posts { get; init; } = [];
    public IReadOnlyList<SubjectRelationship> Relationships { get; init; } = [];
    public IReadOnlyList<SubjectInteraction> Interactions { get; init; } = [];
    public IReadOnlyList<SubjectPosition> Positions { get; init; } = [];
    public IReadOnlyList<SubjectFollowUp> FollowUps { get; init; } = [];
    public IReadOnlyList<SubjectMemberEvent> MemberEvents { get; init; } = [];
    public IReadOnlyList<SubjectParliamentItem> ParliamentItems { get; init; } = [];
    public IReadOnlyList<SubjectPack> Packs { get; init; } = [];
    public IReadOnlyList<SubjectAuditEntry> Audit { get; init; } = [];
}

public sealed record SubjectDetails(
    StakeholderKind Kind, string DisplayName, string? Honorific, string GivenName, string FamilyName, string? PostNominals,
    string? Party, string? Constituency, House? House, string? Peerage, int? ParliamentMemberId, DateOnly? MembershipStartDate,
    DateOnly? MembershipEndDate, string? MembershipEndReason, MembershipStatus Status, string? Department, string? Role,
    string? Organisation, string? Email, string? Phone, string? Address, PriorityTier Priority, int Influence, int Interest,
    string? RelationshipOwner, string? Notes, string? DataSource, LawfulBasis LawfulBasis, DateOnly? LastReviewedOn,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? AnonymisedAt);

public sealed record SubjectPost(string Title, string? Organisation, DateOnly? StartOn, DateOnly? EndOn);

public sealed record SubjectRelationship(RelationshipType Type, bool Incoming, string Other, DateOnly? StartOn, DateOnly? EndOn, string? Note);

public sealed record SubjectInteraction(
    int Id, InteractionKind Kind, DateTime OccurredAt, string Title, string? Location, string? Summary, string? AsksRaised,
    string? TheirConcerns, string? CommitmentsByThem, string? CommitmentsByUs, bool IsConfidential, IReadOnlyList<string> Staff,
    IReadOnlyList<string> Partners, int OtherAttendees);

public sealed record SubjectPosition(
    string Ask, Stance Stance, DateOnly StatedOn, EvidenceKind EvidenceKind, string? Interaction, string? PqUin, string? EvidenceUrl,
    string? Quote, Confidence Confidence, string? RecordedBy, DateTimeOffset RecordedAt);

public sealed record SubjectFollowUp(string Title, DateOnly DueOn, FollowUpStatus Status, string? Owner);

/// <summary>A flag a members import recorded about them (new member, changed party, left the House), dismissed or not.</summary>
public sealed record SubjectMemberEvent(Importing.Parliament.MemberEventKind Kind, string Detail, DateTimeOffset At, DateTimeOffset? DismissedAt, string? DismissedBy);

public enum SubjectPackKind
{
    /// <summary>A pack about one person (them, or someone whose relationships name them).</summary>
    Person,
    Meeting,
    /// <summary>A zip of packs for a list of people.</summary>
    List,
}

/// <summary>A stored briefing pack that prints their data (the file can be downloaded again at /briefings).</summary>
public sealed record SubjectPack(int Id, DateTimeOffset GeneratedAt, SubjectPackKind Kind, BriefingEdition Edition, string? GeneratedBy, int PageCount);

public sealed record SubjectAuditEntry(DateTimeOffset At, string? UserName, string EntityType, string EntityId, AuditAction Action, IReadOnlyList<AuditFieldChange> Changes);

/// <summary>Someone the retention review suggests erasing: not contacted for the chosen number of months.</summary>
public sealed record RetentionCandidate(
    int Id, string DisplayName, StakeholderKind Kind, string? Organisation, DateTime? LastContacted, DateOnly? LastReviewedOn,
    DateTimeOffset AddedAt, LawfulBasis LawfulBasis, string? DataSource);

/// <summary>Something they said or did in Parliament that the monitor copied, and what staff made of it.</summary>
public sealed record SubjectParliamentItem(Monitoring.Sources.MonitorSource Source, DateOnly Date, string Title, string Url, Monitoring.TriageStatus Status);
