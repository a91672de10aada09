using Campaign.Organisations;

namespace Campaign.Engagements;

/// <summary>A partner organisation represented at an interaction.</summary>
public class InteractionPartner
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
