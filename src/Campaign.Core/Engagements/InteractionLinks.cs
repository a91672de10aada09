using Campaign.Campaigns;
using Campaign.Organisations;
using Campaign.Stakeholders;

namespace Campaign.Engagements;

// An interaction's links to the people, staff, partners and asks it involved: rows keyed by both ends (EngagementsModel.cs).

/// <summary>A stakeholder who attended an interaction.</summary>
public class InteractionAttendee
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public int StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
}

/// <summary>A staff member present at an interaction.</summary>
public class InteractionStaff
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public required string UserId { get; set; }
    public CampaignUser? User { get; set; }
}

/// <summary>A partner organisation represented at an interaction.</summary>
public class InteractionPartner
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

/// <summary>An ask raised in an interaction: the structured half of "asks raised", so lists can filter by ask.</summary>
public class InteractionAsk
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public int AskId { get; set; }
    public Ask? Ask { get; set; }
}
