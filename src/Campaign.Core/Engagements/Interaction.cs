using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Organisations;

namespace Campaign.Engagements;

public enum InteractionKind
{
    Meeting,
    Call,
    Email,
    Letter,
    Event,
    Roundtable,
    ParliamentaryQuestion,
    Debate,
    BriefingSent,
    Other,
}

/// <summary>A contact with one or more stakeholders.</summary>
public class Interaction : IVersioned, ITimestamped
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public LobbyCampaign? Campaign { get; set; }

    public InteractionKind Kind { get; set; }
    /// <summary>UK local time, as the user entered it.</summary>
    public DateTime OccurredAt { get; set; }
    [MaxLength(FieldLengths.Title)]
    public required string Title { get; set; }
    [MaxLength(FieldLengths.Title)]
    public string? Location { get; set; }
    [MaxLength(FieldLengths.LongText)]
    public string? Summary { get; set; }

    // Structured notes: internal, never shown to coalition users of other partners.
    [MaxLength(FieldLengths.Text)]
    public string? AsksRaised { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string? TheirConcerns { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string? CommitmentsByThem { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string? CommitmentsByUs { get; set; }

    public bool IsConfidential { get; set; }

    /// <summary>For a parliamentary question: its UIN, so a re-import finds it and a position can cite it.</summary>
    [MaxLength(FieldLengths.Uin)]
    public string? PqUin { get; set; }

    /// <summary>For a contact logged from an email: its Message-ID header, so the same message cannot be logged twice.</summary>
    [MaxLength(FieldLengths.Line)]
    public string? MessageId { get; set; }

    public List<InteractionAttendee> Attendees { get; set; } = [];
    public List<InteractionStaff> Staff { get; set; } = [];
    public List<InteractionPartner> Partners { get; set; } = [];
    public List<InteractionAsk> Asks { get; set; } = [];
    public List<FollowUp> FollowUps { get; set; } = [];

    public string? CreatedById { get; set; }
    public CampaignUser? CreatedBy { get; set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
