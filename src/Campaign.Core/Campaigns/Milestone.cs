using System.ComponentModel.DataAnnotations;

namespace Campaign.Campaigns;

public enum MilestoneStatus
{
    Planned,
    InProgress,
    Done,
    Missed,
}

public class Milestone : IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }

    [MaxLength(FieldLengths.Title)]
    public required string Title { get; set; }
    public DateOnly? TargetDate { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public MilestoneStatus Status { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string Evidence { get; set; } = "";
    public int SortOrder { get; set; }

    public long Version { get; set; }
}
