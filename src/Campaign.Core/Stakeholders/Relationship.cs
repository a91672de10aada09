using System.ComponentModel.DataAnnotations;
using Campaign.Organisations;

namespace Campaign.Stakeholders;

public enum RelationshipType
{
    ReportsTo,
    Advises,
    MemberOf,
    Chairs,
    FormerColleagueOf,
    Other,
}

/// <summary>A typed, dated link from a stakeholder to another stakeholder or to an organisation (exactly one).</summary>
public class Relationship : IVersioned
{
    public int Id { get; set; }
    public int FromStakeholderId { get; set; }
    public Stakeholder? FromStakeholder { get; set; }
    public int? ToStakeholderId { get; set; }
    public Stakeholder? ToStakeholder { get; set; }
    public int? ToOrganisationId { get; set; }
    public Organisation? ToOrganisation { get; set; }
    public RelationshipType Type { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    [MaxLength(FieldLengths.Note)]
    public string? Note { get; set; }

    public long Version { get; set; }
}
