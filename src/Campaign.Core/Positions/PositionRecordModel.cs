using System.ComponentModel.DataAnnotations;

namespace Campaign.Positions;

/// <summary>A position learned without a meeting: a letter, a parliamentary question, Hansard, a public statement, or inferred.</summary>
public sealed class PositionRecordModel
{
    public int StakeholderId { get; set; }
    public int AskId { get; set; }
    public Stance Stance { get; set; } = Stance.Unknown;
    public DateOnly? StatedOn { get; set; }
    public EvidenceKind EvidenceKind { get; set; } = EvidenceKind.Letter;

    [StringLength(FieldLengths.Uin, ErrorMessage = "A question's UIN is at most 30 characters.")]
    public string? PqUin { get; set; }

    [StringLength(FieldLengths.Note)]
    public string? EvidenceUrl { get; set; }

    [StringLength(FieldLengths.Text, ErrorMessage = "A quote must be 4,000 characters or fewer.")]
    public string? Quote { get; set; }

    public Confidence Confidence { get; set; } = Confidence.Confirmed;

    /// <summary>Kept from coalition members and shareable packs.</summary>
    public bool IsConfidential { get; set; }
}

public sealed record StanceHistoryEntry(
    int Id, DateOnly StatedOn, Stance Stance, Stance? Previous, EvidenceKind EvidenceKind, int? InteractionId, string? InteractionTitle,
    string? PqUin, string? EvidenceUrl, string? Quote, Confidence Confidence, string? RecordedBy, bool IsConfidential = false);
