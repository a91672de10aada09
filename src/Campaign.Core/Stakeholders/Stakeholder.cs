using System.ComponentModel.DataAnnotations;
using Campaign.Engagements;
using Campaign.Organisations;
using Campaign.Positions;

namespace Campaign.Stakeholders;

public enum StakeholderKind
{
    MP,
    Peer,
    CivilServant,
    HealthProfessional,
    PartnerContact,
    Other,
}

public enum House
{
    Commons = 1,
    Lords = 2,
}

public enum MembershipStatus
{
    Current,
    Former,
}

public enum PriorityTier
{
    A,
    B,
    C,
}

/// <summary>UK GDPR Article 6 bases the campaign may rely on to hold a person's data.</summary>
public enum LawfulBasis
{
    LegitimateInterests,
    Consent,
    PublicTask,
    Contract,
    LegalObligation,
    VitalInterests,
}

/// <summary>
/// A person the campaign tracks. "Last contacted" and "current stance" are never typed in: database triggers keep the
/// latest contact here and flag the current stated position (see README, Architecture).
/// </summary>
public class Stakeholder : IVersioned, ITimestamped
{
    public int Id { get; set; }
    public StakeholderKind Kind { get; set; }

    [MaxLength(FieldLengths.Short)]
    public string? Honorific { get; set; }
    [MaxLength(FieldLengths.NamePart)]
    public required string GivenName { get; set; }
    [MaxLength(FieldLengths.NamePart)]
    public required string FamilyName { get; set; }
    [MaxLength(FieldLengths.NamePart)]
    public string? PostNominals { get; set; }
    [MaxLength(FieldLengths.DisplayName)]
    public required string DisplayName { get; set; }

    /// <summary>How a letter addresses them ("Ms Abbott"), from the Members API's nameAddressAs.</summary>
    [MaxLength(FieldLengths.DisplayName)]
    public string? AddressAs { get; set; }

    // Parliamentarians
    [MaxLength(FieldLengths.NamePart)]
    public string? Party { get; set; }
    [MaxLength(FieldLengths.Seat)]
    public string? Constituency { get; set; }
    public House? House { get; set; }
    [MaxLength(FieldLengths.Seat)]
    public string? Peerage { get; set; }
    public int? ParliamentMemberId { get; set; }
    public DateOnly? MembershipStartDate { get; set; }
    public DateOnly? MembershipEndDate { get; set; }
    [MaxLength(FieldLengths.Name)]
    public string? MembershipEndReason { get; set; }
    [MaxLength(FieldLengths.Line)]
    public string? ThumbnailUrl { get; set; }
    public MembershipStatus Status { get; set; }

    // Officials and professionals
    [MaxLength(FieldLengths.Name)]
    public string? Department { get; set; }
    [MaxLength(FieldLengths.Name)]
    public string? Role { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    // Contact details
    [MaxLength(FieldLengths.Email)]
    public string? Email { get; set; }
    [MaxLength(FieldLengths.Short)]
    public string? Phone { get; set; }
    [MaxLength(FieldLengths.Line)]
    public string? Address { get; set; }

    // Targeting
    public PriorityTier Priority { get; set; } = PriorityTier.C;
    public int Influence { get; set; } = 3;
    public int Interest { get; set; } = 3;
    public string? RelationshipOwnerId { get; set; }
    public CampaignUser? RelationshipOwner { get; set; }
    public List<Tag> Tags { get; set; } = [];
    public List<Post> Posts { get; set; } = [];

    /// <summary>Internal notes: never shown to coalition users.</summary>
    [MaxLength(FieldLengths.LongText)]
    public string? Notes { get; set; }

    // Data protection
    [MaxLength(FieldLengths.Line)]
    public string? DataSource { get; set; }
    public LawfulBasis LawfulBasis { get; set; } = LawfulBasis.LegitimateInterests;
    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>Set when the person was erased: their details are gone, their stances and contacts still count.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public List<InteractionAttendee> Attendances { get; set; } = [];

    /// <summary>
    /// The latest contact (planned ones included) and the latest non-confidential one, kept by database triggers
    /// (<see cref="Data.DerivedDataSql"/>); "last contacted" searches the history only when the latest is still to come.
    /// </summary>
    public DateTime? LatestContactAt { get; private set; }
    public DateTime? LatestOpenContactAt { get; private set; }
    public List<StatedPosition> Positions { get; set; } = [];
    public List<FollowUp> FollowUps { get; set; } = [];

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string ComposeDisplayName(string? honorific, string givenName, string familyName) =>
        string.Join(' ', new[] { honorific, givenName, familyName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
