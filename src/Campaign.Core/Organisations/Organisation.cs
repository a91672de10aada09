using System.ComponentModel.DataAnnotations;

namespace Campaign.Organisations;

public enum OrganisationKind
{
    CoalitionPartner,
    GovernmentDepartment,
    ArmsLengthBody,
    NhsBody,
    ParliamentaryCommittee,
    ProfessionalBody,
    Regulator,
    Consultancy,
    Other,
}

public class Organisation : IVersioned, ITimestamped
{
    public int Id { get; set; }
    [MaxLength(FieldLengths.Name)]
    public required string Name { get; set; }
    [MaxLength(FieldLengths.Short)]
    public string? ShortName { get; set; }
    public OrganisationKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public List<Organisation> Children { get; set; } = [];
    [MaxLength(FieldLengths.Line)]
    public string? Website { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string? Notes { get; set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
