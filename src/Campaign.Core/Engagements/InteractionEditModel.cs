using System.ComponentModel.DataAnnotations;
using Campaign.Positions;

namespace Campaign.Engagements;

/// <summary>
/// Everything logged about one contact in one form: the interaction, a stated position per attendee and ask,
/// and follow-ups. Saved in one transaction. <see cref="Version"/> guards edits against a newer save.
/// </summary>
public sealed class InteractionEditModel
{
    public int CampaignId { get; set; }

    public InteractionKind Kind { get; set; } = InteractionKind.Meeting;

    /// <summary>UK local date and time.</summary>
    public DateTime OccurredAt { get; set; }

    [Required(ErrorMessage = "Enter a title, e.g. \"Meeting with the MP for Bath\".")]
    [StringLength(FieldLengths.Title, ErrorMessage = "Title must be 300 characters or fewer.")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Title)]
    public string? Location { get; set; }

    public List<int> AttendeeIds { get; set; } = [];

    public List<string> StaffIds { get; set; } = [];

    public List<int> PartnerIds { get; set; } = [];

    public List<int> AskIds { get; set; } = [];

    [StringLength(FieldLengths.LongText)]
    public string? Summary { get; set; }

    [StringLength(FieldLengths.Text)]
    public string? AsksRaised { get; set; }

    [StringLength(FieldLengths.Text)]
    public string? TheirConcerns { get; set; }

    [StringLength(FieldLengths.Text)]
    public string? CommitmentsByThem { get; set; }

    [StringLength(FieldLengths.Text)]
    public string? CommitmentsByUs { get; set; }

    public bool IsConfidential { get; set; }

    /// <summary>The Message-ID of the email this contact is logged from (set when one is dropped; kept on edits).</summary>
    [StringLength(FieldLengths.Line)]
    public string? MessageId { get; set; }

    /// <summary>New stated positions learned in this contact (existing ones are history and are not edited here).</summary>
    public List<PositionInput> Positions { get; set; } = [];

    /// <summary>New follow-ups arising from this contact.</summary>
    public List<FollowUpInput> FollowUps { get; set; } = [];

    public long Version { get; set; }
}

public sealed class PositionInput
{
    public int StakeholderId { get; set; }
    public int AskId { get; set; }
    public Stance Stance { get; set; } = Stance.Unknown;

    [StringLength(FieldLengths.Text)]
    public string? Quote { get; set; }

    public Confidence Confidence { get; set; } = Confidence.Confirmed;

    /// <summary>This remark alone is confidential (every position from a confidential interaction is anyway).</summary>
    public bool IsConfidential { get; set; }
}

public sealed class FollowUpInput
{
    [StringLength(FieldLengths.Title, ErrorMessage = "A follow-up title must be 300 characters or fewer.")]
    public string Title { get; set; } = "";

    public string? OwnerId { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>The attendee it concerns, if any.</summary>
    public int? StakeholderId { get; set; }
}
