using System.ComponentModel.DataAnnotations;
using Campaign.Engagements;

namespace Campaign.Mail;

public enum EmailKind
{
    Digest,
    FollowUpAssigned,
    PasswordReset,
}

public enum EmailStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// One email, in the outbox until it is sent and kept afterwards as the record of what went to whom. Bookkeeping, not a
/// campaign record: not audited (the follow-ups it reports on are).
/// </summary>
public class SentEmail : ITimestamped
{
    public int Id { get; set; }
    public EmailKind Kind { get; set; }

    public string? UserId { get; set; }
    public CampaignUser? User { get; set; }

    [MaxLength(FieldLengths.Email)]
    public required string ToAddress { get; set; }

    [MaxLength(FieldLengths.Title)]
    public string Subject { get; set; } = "";

    /// <summary>
    /// The text to send: a digest's is written with it; an assignment's when it is sent (with the links as they are then).
    /// Cleared once sent (it names stakeholders, and an erasure should not have to find it); never kept for a password
    /// reset, whose link must not be stored.
    /// </summary>
    public string? Body { get; set; }

    /// <summary>The follow-up an assignment email is about (set in the save that creates it).</summary>
    public int? FollowUpId { get; set; }
    public FollowUp? FollowUp { get; set; }

    /// <summary>The follow-ups a digest lists, as "12,15,18".</summary>
    [MaxLength(4000)]
    public string? FollowUpIds { get; set; }

    /// <summary>The UK day a digest is for; with the user and kind unique, so a day's digest is recorded once.</summary>
    public DateOnly? ForDay { get; set; }

    public EmailStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    [MaxLength(1000)]
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
