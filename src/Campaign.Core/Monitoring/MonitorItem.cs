using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Monitoring;

/// <summary>What staff decided about an item in the monitor inbox.</summary>
public enum TriageStatus
{
    New,
    Evidence,
    LoggedAsContact,
    Dismissed,
}

/// <summary>
/// One thing Parliament said or did that a campaign's monitors matched: a contribution in Hansard, a written question,
/// an Early Day Motion or a signature of one, or a bill. Unique per campaign, source and source id, so a later run
/// updates it (an answer, a new stage) rather than adding it again.
/// </summary>
public class MonitorItem : IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }

    public MonitorSource Source { get; set; }

    /// <summary>The source's own id; a signature of a motion is "{motion id}/{member id}".</summary>
    [MaxLength(FieldLengths.NamePart)]
    public string SourceId { get; set; } = "";

    /// <summary>Parliament's member id of who spoke, asked, tabled or signed.</summary>
    public int? MemberId { get; set; }
    [MaxLength(FieldLengths.DisplayName)]
    public string? MemberName { get; set; }
    /// <summary>The person in the directory with that member id, when there is one.</summary>
    public int? StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public House? House { get; set; }

    [MaxLength(FieldLengths.Title)]
    public string Title { get; set; } = "";
    [MaxLength(FieldLengths.LongText)]
    public string Text { get; set; } = "";
    public DateOnly Date { get; set; }
    [MaxLength(FieldLengths.Note)]
    public string Url { get; set; } = "";

    /// <summary>A question's UIN or a motion's number.</summary>
    [MaxLength(FieldLengths.Uin)]
    public string? Reference { get; set; }

    [MaxLength(FieldLengths.Name)]
    public string? AnsweringBody { get; set; }
    [MaxLength(FieldLengths.LongText)]
    public string? AnswerText { get; set; }
    public DateOnly? AnsweredOn { get; set; }

    /// <summary>The monitor phrases it matched, for highlighting.</summary>
    public List<string> MatchedPhrases { get; set; } = [];

    /// <summary>What this item suggests of the member's stance: signing or tabling a motion the campaign watches is support.</summary>
    public Stance? ProposedStance { get; set; }

    public int? TrackedBillId { get; set; }
    public TrackedBill? TrackedBill { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
    /// <summary>When a run last changed it (an answer added, a stage reached, a signature withdrawn).</summary>
    public DateTimeOffset LastChangedAt { get; set; }
    [MaxLength(FieldLengths.Line)]
    public string? LastChange { get; set; }

    public TriageStatus Status { get; set; }
    [MaxLength(FieldLengths.Name)]
    public string? TriagedBy { get; set; }
    public DateTimeOffset? TriagedAt { get; set; }
    public int? StatedPositionId { get; set; }
    public StatedPosition? StatedPosition { get; set; }
    public int? InteractionId { get; set; }
    public Interaction? Interaction { get; set; }

    public long Version { get; set; }
}
