using System.ComponentModel.DataAnnotations;
namespace Campaign.Campaigns;

/// <summary>A specific policy change the campaign seeks.</summary>
public class Ask
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }

    /// <summary>Short stable code used by imports and URLs, e.g. "registration".</summary>
    [MaxLength(FieldLengths.Short)]
    public required string Code { get; set; }
    [MaxLength(FieldLengths.Title)]
    public required string Title { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
}
