using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;

namespace Campaign.Templates;

public enum Audience
{
    Default,
    MP,
    Peer,
    CivilServant,
    HealthProfessional,
}

/// <summary>One immutable version of a position statement: every save adds a row, none is updated.</summary>
public class PositionStatementTemplate
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }
    public Audience Audience { get; set; }
    public int VersionNumber { get; set; }
    [MaxLength(FieldLengths.Name)]
    public required string Title { get; set; }
    public required string Markdown { get; set; }
    [MaxLength(FieldLengths.Line)]
    public string? ChangeNote { get; set; }
    public string? CreatedById { get; set; }
    public CampaignUser? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
