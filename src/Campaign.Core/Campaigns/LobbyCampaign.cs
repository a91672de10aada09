using System.ComponentModel.DataAnnotations;

namespace Campaign.Campaigns;

/// <summary>A lobbying effort. Named LobbyCampaign because <c>Campaign</c> is the root namespace.</summary>
public class LobbyCampaign : IVersioned, ITimestamped
{
    public int Id { get; set; }
    [MaxLength(FieldLengths.Name)]
    public required string Name { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string Goal { get; set; } = "";

    /// <summary>Words that mark a parliamentary question as relevant to this campaign.</summary>
    public List<string> Keywords { get; set; } = [];

    public List<Ask> Asks { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
    public List<CoalitionPartner> Partners { get; set; } = [];

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
