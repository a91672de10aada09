using Campaign.Campaigns;

namespace Campaign.Engagements;

/// <summary>An ask raised in an interaction: the structured half of "asks raised", so lists can filter by ask.</summary>
public class InteractionAsk
{
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public int AskId { get; set; }
    public Ask? Ask { get; set; }
}
