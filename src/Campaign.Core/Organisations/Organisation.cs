using Campaign.Common;

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
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrganisationKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public List<Organisation> Children { get; set; } = [];
    public string? Website { get; set; }
    public string? Notes { get; set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
