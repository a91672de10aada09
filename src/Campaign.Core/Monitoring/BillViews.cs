using Campaign.Stakeholders;

namespace Campaign.Monitoring;

/// <summary>A tracked bill in a list: where it is now.</summary>
public sealed record TrackedBillSummary(int Id, int BillId, string ShortTitle, string? CurrentStage, House? CurrentHouse, DateOnly LastUpdatedOn, bool IsAct, string? AskTitle);

/// <summary>One step of a bill's timeline: a stage reached (with its dates) or one still to come.</summary>
public sealed record BillTimelineStep(string Description, House? House, DateOnly? FirstSitting, DateOnly? LastSitting, BillStepState State);

public enum BillStepState
{
    Done,
    Current,
    Next,
    Later,
}

public sealed record BillAmendmentView(int Id, string? Number, string? Decision, string Summary, string Sponsors, string Stage, bool IsOurs);

/// <summary>What members said or did that mentions the bill's words, for the bill page and packs.</summary>
public sealed record BillMention(int ItemId, string? MemberName, int? StakeholderId, string Title, DateOnly Date, string Url);

public sealed record TrackedBillDetail(
    int Id, int CampaignId, int BillId, string ShortTitle, string? LongTitle, House? CurrentHouse, bool IsAct, bool IsWithdrawn, bool IsDefeated,
    DateOnly LastUpdatedOn, string Url, bool AddedByHand, int? AskId, string? AskTitle, int? MilestoneId, string? MilestoneTitle, string? Notes,
    IReadOnlyList<BillTimelineStep> Timeline, IReadOnlyList<BillAmendmentView> Amendments, long Version)
{
    public BillTimelineStep? Current => Timeline.LastOrDefault(s => s.State == BillStepState.Current);
    public BillTimelineStep? Next => Timeline.FirstOrDefault(s => s.State == BillStepState.Next);
}

/// <summary>The links staff keep on a bill.</summary>
public sealed class TrackedBillEditModel
{
    public int? AskId { get; set; }
    public int? MilestoneId { get; set; }
    [System.ComponentModel.DataAnnotations.StringLength(FieldLengths.Text)]
    public string? Notes { get; set; }
    public long Version { get; set; }
}
