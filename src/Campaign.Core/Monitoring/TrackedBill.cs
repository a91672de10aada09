using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Stakeholders;

namespace Campaign.Monitoring;

/// <summary>A bill a campaign follows, found by a monitor or added by hand, with its stages and the amendments that matter.</summary>
public class TrackedBill : IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }

    /// <summary>The Bills API's id.</summary>
    public int BillId { get; set; }
    [MaxLength(FieldLengths.Title)]
    public string ShortTitle { get; set; } = "";
    [MaxLength(FieldLengths.Text)]
    public string? LongTitle { get; set; }
    public House? CurrentHouse { get; set; }
    public bool IsAct { get; set; }
    public bool IsWithdrawn { get; set; }
    public bool IsDefeated { get; set; }
    public DateOnly LastUpdatedOn { get; set; }
    [MaxLength(FieldLengths.Note)]
    public string Url { get; set; } = "";

    /// <summary>Added by staff rather than found by a monitor: kept when no monitor matches it any more.</summary>
    public bool AddedByHand { get; set; }

    /// <summary>The ask the bill could carry, and the campaign milestone it serves.</summary>
    public int? AskId { get; set; }
    public Ask? Ask { get; set; }
    public int? MilestoneId { get; set; }
    public Milestone? Milestone { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string? Notes { get; set; }

    public List<BillStage> Stages { get; set; } = [];
    public List<BillAmendment> Amendments { get; set; } = [];

    public long Version { get; set; }
}

/// <summary>A stage a bill has reached, with its sitting dates.</summary>
public class BillStage
{
    public int Id { get; set; }
    public int TrackedBillId { get; set; }
    public TrackedBill? TrackedBill { get; set; }
    /// <summary>The Bills API's id of this bill's stage.</summary>
    public int BillStageId { get; set; }
    /// <summary>The kind of stage (second reading, committee…), the same for every bill.</summary>
    public int StageId { get; set; }
    [MaxLength(FieldLengths.Name)]
    public string Description { get; set; } = "";
    public House? House { get; set; }
    public int SortOrder { get; set; }
    public DateOnly? FirstSitting { get; set; }
    public DateOnly? LastSitting { get; set; }
}

/// <summary>An amendment whose text matched a monitor; staff mark the ones the campaign drafted or supports as ours.</summary>
public class BillAmendment
{
    public int Id { get; set; }
    public int TrackedBillId { get; set; }
    public TrackedBill? TrackedBill { get; set; }
    public int AmendmentId { get; set; }
    public int BillStageId { get; set; }
    [MaxLength(FieldLengths.Short)]
    public string? Number { get; set; }
    [MaxLength(FieldLengths.Name)]
    public string? Decision { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string Summary { get; set; } = "";
    [MaxLength(FieldLengths.Line)]
    public string Sponsors { get; set; } = "";
    public bool IsOurs { get; set; }
}
