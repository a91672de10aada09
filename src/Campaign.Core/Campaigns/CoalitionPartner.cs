using Campaign.Organisations;

namespace Campaign.Campaigns;

public enum CoalitionRole
{
    Lead,
    Partner,
    Supporter,
}

/// <summary>An organisation's membership of a campaign's coalition.</summary>
public class CoalitionPartner
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public CoalitionRole Role { get; set; }
    public DateOnly? JoinedOn { get; set; }
}
