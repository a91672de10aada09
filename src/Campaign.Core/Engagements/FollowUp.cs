using System.ComponentModel.DataAnnotations;
using Campaign.Stakeholders;

namespace Campaign.Engagements;

public enum FollowUpStatus
{
    Open,
    Done,
    Cancelled,
}

public class FollowUp : IVersioned, ITimestamped
{
    public int Id { get; set; }
    [MaxLength(FieldLengths.Title)]
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public string? OwnerId { get; set; }
    public CampaignUser? Owner { get; set; }
    public int? StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public int? InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public FollowUpStatus Status { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
