using Campaign.Stakeholders;

namespace Campaign.Engagements;

public class InteractionAttendee
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public int StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
}
