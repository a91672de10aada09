using Campaign.Organisations;

namespace Campaign.Stakeholders;

/// <summary>A post a stakeholder holds, e.g. "Member, Health and Social Care Committee".</summary>
public class Post
{
    public int Id { get; set; }
    public int StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public required string Title { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
}
