using Campaign.Users;

namespace Campaign.Engagements;

/// <summary>A staff member present at an interaction.</summary>
public class InteractionStaff
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public required string UserId { get; set; }
    public CampaignUser? User { get; set; }
}
