using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Stakeholders;

namespace Campaign.Briefings;

/// <summary>A record of a generated briefing pack: who made it, for whom, from which template versions.</summary>
public class BriefingPack
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }
    public string? GeneratedById { get; set; }
    public CampaignUser? GeneratedBy { get; set; }

    public int? StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public int? InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    /// <summary>For a pack made for a list of people: the filter that chose them.</summary>
    [MaxLength(1000)]
    public string? ListDescription { get; set; }

    public List<int> TemplateVersionIds { get; set; } = [];
    public bool IsInternal { get; set; }
    [MaxLength(64)]
    public required string FileHash { get; set; }
    public int PageCount { get; set; }
}
