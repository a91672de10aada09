using System.ComponentModel.DataAnnotations;

namespace Campaign.Stakeholders;

/// <summary>The create/edit form. <see cref="Version"/> is what the editor loaded: a newer save in between is a conflict.</summary>
public sealed class StakeholderEditModel
{
    public StakeholderKind Kind { get; set; } = StakeholderKind.MP;

    [StringLength(FieldLengths.Short)]
    public string? Honorific { get; set; }

    [Required(ErrorMessage = "Enter a given name.")]
    [StringLength(FieldLengths.NamePart, ErrorMessage = "Given name must be 100 characters or fewer.")]
    public string GivenName { get; set; } = "";

    [Required(ErrorMessage = "Enter a family name.")]
    [StringLength(FieldLengths.NamePart, ErrorMessage = "Family name must be 100 characters or fewer.")]
    public string FamilyName { get; set; } = "";

    [StringLength(FieldLengths.NamePart)]
    public string? PostNominals { get; set; }

    /// <summary>Left empty, it is composed from honorific, given and family name.</summary>
    [StringLength(FieldLengths.DisplayName)]
    public string? DisplayName { get; set; }

    [StringLength(FieldLengths.NamePart)]
    public string? Party { get; set; }

    [StringLength(FieldLengths.Seat)]
    public string? Constituency { get; set; }

    [StringLength(FieldLengths.Seat)]
    public string? Peerage { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "A parliament member id is a positive whole number.")]
    public int? ParliamentMemberId { get; set; }

    public MembershipStatus Status { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Department { get; set; }

    [StringLength(FieldLengths.Name)]
    public string? Role { get; set; }

    public int? OrganisationId { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the form name@example.org.")]
    [StringLength(FieldLengths.Email)]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a telephone number using digits, spaces and + ( ) -.")]
    [StringLength(FieldLengths.Short)]
    public string? Phone { get; set; }

    [StringLength(FieldLengths.Line)]
    public string? Address { get; set; }

    public PriorityTier Priority { get; set; } = PriorityTier.C;

    [Range(1, 5, ErrorMessage = "Influence is from 1 (low) to 5 (high).")]
    public int Influence { get; set; } = 3;

    [Range(1, 5, ErrorMessage = "Interest is from 1 (low) to 5 (high).")]
    public int Interest { get; set; } = 3;

    public string? RelationshipOwnerId { get; set; }

    /// <summary>Comma-separated.</summary>
    [StringLength(1000)]
    public string? Tags { get; set; }

    /// <summary>One post per line.</summary>
    [StringLength(4000)]
    public string? Posts { get; set; }

    [StringLength(FieldLengths.LongText)]
    public string? Notes { get; set; }

    [StringLength(FieldLengths.Line)]
    public string? DataSource { get; set; }

    public LawfulBasis LawfulBasis { get; set; } = LawfulBasis.LegitimateInterests;

    public DateOnly? LastReviewedOn { get; set; }

    public long Version { get; set; }

    public IReadOnlyList<string> TagList() =>
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<string> PostList() =>
        (Posts ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
