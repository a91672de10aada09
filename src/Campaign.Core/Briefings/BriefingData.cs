using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Briefings;

// What a pack is made from, already cut to its edition's view by the queries (a shareable pack is made from the
// coalition view, see Confidentiality.Clearance), so the layout code cannot print what the edition may not hold.

internal sealed record PackCampaign(int Id, string Name, string Goal)
{
    public IReadOnlyList<PackAsk> Asks { get; init; } = [];
    public IReadOnlyList<PackMilestone> Milestones { get; init; } = [];
    public IReadOnlyList<PackPartner> Partners { get; init; } = [];

    /// <summary>The bills the campaign tracks (public record, so in both editions), most recently updated first.</summary>
    public IReadOnlyList<PackBill> Bills { get; init; } = [];
}

internal sealed record PackAsk(int Id, string Code, string Title, string Description);

internal sealed record PackMilestone(string Title, DateOnly? TargetDate, DateOnly? CompletedOn, MilestoneStatus Status);

internal sealed record PackBill(string ShortTitle, string? CurrentStage, House? CurrentHouse, bool IsAct);

/// <summary>Something the person said or signed in Parliament that a monitor found (not dismissed), in the pack's view.</summary>
internal sealed record PackParliamentItem(Monitoring.Sources.MonitorSource Source, string Title, DateOnly Date, string? Reference, string Url);

internal sealed record PackPartner(string Name, string? ShortName, CoalitionRole Role, string? Website);

internal sealed record PackPerson(
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
    MembershipStatus Status,
    DateOnly? MembershipStartDate,
    string? Department,
    string? Role,
    string? OrganisationName,
    string? Email,
    string? Phone,
    PriorityTier Priority,
    int Influence,
    int Interest,
    string? RelationshipOwner,
    string? Notes)
{
    public IReadOnlyList<string> Posts { get; init; } = [];
    public IReadOnlyList<PackRelationship> Relationships { get; init; } = [];

    /// <summary>Every stated position, newest first.</summary>
    public IReadOnlyList<PackPosition> Positions { get; init; } = [];

    /// <summary>Past and planned contact, newest first.</summary>
    public IReadOnlyList<PackInteraction> Interactions { get; init; } = [];

    public IReadOnlyList<PackFollowUp> FollowUps { get; init; } = [];

    /// <summary>What they said or signed in Parliament, newest first.</summary>
    public IReadOnlyList<PackParliamentItem> Parliament { get; init; } = [];

    /// <summary>The latest record per ask (history is newest first).</summary>
    public IReadOnlyList<PackPosition> CurrentPositions => Positions.GroupBy(p => p.AskId).Select(g => g.First()).ToList();

    /// <summary>
    /// This person as the coalition view holds them (position statements never see confidential material, even in an
    /// internal pack). The loader already cut a shareable pack's data; an internal pack's is cut here in memory.
    /// </summary>
    public PackPerson Shared() => this with
    {
        Notes = null,
        Positions = Positions.Where(p => !p.IsConfidential).ToList(),
        Interactions = Interactions.Where(i => !i.IsConfidential)
            .Select(i => i with { AsksRaised = null, TheirConcerns = null, CommitmentsByThem = null, CommitmentsByUs = null }).ToList(),
        FollowUps = [],
    };
}

internal sealed record PackRelationship(RelationshipType Type, bool Incoming, string OtherName, DateOnly? StartOn, DateOnly? EndOn, string? Note);

internal sealed record PackPosition(
    int Id, int AskId, string AskTitle, int AskOrder, Stance Stance, DateOnly StatedOn, EvidenceKind EvidenceKind, string? InteractionTitle,
    string? PqUin, string? EvidenceUrl, string? Quote, Confidence Confidence, bool IsConfidential = false);

internal sealed record PackInteraction(
    int Id, InteractionKind Kind, DateTime OccurredAt, string Title, string? Location, string? Summary, string? AsksRaised,
    string? TheirConcerns, string? CommitmentsByThem, string? CommitmentsByUs, bool IsConfidential);

internal sealed record PackFollowUp(string Title, DateOnly DueOn, string? Owner, FollowUpStatus Status);

internal sealed record PackMeeting(
    int Id, int CampaignId, InteractionKind Kind, DateTime OccurredAt, string Title, string? Location, string? Summary, string? AsksRaised,
    bool IsConfidential)
{
    public IReadOnlyList<int> AttendeeIds { get; init; } = [];
    public IReadOnlyList<string> Staff { get; init; } = [];
    public IReadOnlyList<string> Partners { get; init; } = [];
}

/// <summary>The latest version of one audience's position statement.</summary>
internal sealed record PackStatement(int Id, Audience Audience, int VersionNumber, string Title, string Markdown);
