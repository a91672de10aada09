using System.ComponentModel.DataAnnotations;

namespace Campaign.Stakeholders;

/// <summary>The create/edit form. <see cref="Version"/> is what the editor loaded: a newer save in between is a conflict.</summary>
public sealed class StakeholderEditModel
{
    public StakeholderKind Kind { get; set; } = StakeholderKind.MP;

    [StringLength(50)]
    public string? Honorific { get; set; }

    [Required(ErrorMessage = "Enter a given name.")]
    [StringLength(100, ErrorMessage = "Given name must be 100 characters or fewer.")]
    public string GivenName { get; set; } = "";

    [Required(ErrorMessage = "Enter a family name.")]
    [StringLength(100, ErrorMessage = "Family name must be 100 characters or fewer.")]
    public string FamilyName { get; set; } = "";

    [StringLength(100)]
    public string? PostNominals { get; set; }

    /// <summary>Left empty, it is composed from honorific, given and family name.</summary>
    [StringLength(250)]
    public string? DisplayName { get; set; }

    [StringLength(100)]
    public string? Party { get; set; }

    [StringLength(150)]
    public string? Constituency { get; set; }

    [StringLength(150)]
    public string? Peerage { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "A parliament member id is a positive whole number.")]
    public int? ParliamentMemberId { get; set; }

    public MembershipStatus Status { get; set; }

    [StringLength(200)]
    public string? Department { get; set; }

    [StringLength(200)]
    public string? Role { get; set; }

    public int? OrganisationId { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the form name@example.org.")]
    [StringLength(254)]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a telephone number using digits, spaces and + ( ) -.")]
    [StringLength(50)]
    public string? Phone { get; set; }

    [StringLength(500)]
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

    [StringLength(8000)]
    public string? Notes { get; set; }

    [StringLength(500)]
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
