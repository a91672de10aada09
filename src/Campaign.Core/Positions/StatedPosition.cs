using System.ComponentModel.DataAnnotations;
using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Stakeholders;

namespace Campaign.Positions;

/// <summary>Ordered from most to least favourable; Unknown sits last because it carries no signal.</summary>
public enum Stance
{
    Champion,
    Supportive,
    Neutral,
    Sceptical,
    Opposed,
    Unknown,
}

public enum EvidenceKind
{
    Meeting,
    Letter,
    ParliamentaryQuestion,
    Hansard,
    PublicStatement,
    Inferred,
    EarlyDayMotion,
}

public enum Confidence
{
    Confirmed,
    Likely,
    Assumed,
}

/// <summary>
/// One record each time a stakeholder's stance on an ask is learned. Never overwritten: the current
/// stance is the latest record by <see cref="StatedOn"/>, the rest is history.
/// </summary>
public class StatedPosition
{
    public int Id { get; set; }
    public int StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public int AskId { get; set; }
    public Ask? Ask { get; set; }

    public Stance Stance { get; set; }
    public DateOnly StatedOn { get; set; }
    public EvidenceKind EvidenceKind { get; set; }
    public int? InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    [MaxLength(FieldLengths.Uin)]
    public string? PqUin { get; set; }
    [MaxLength(FieldLengths.Note)]
    public string? EvidenceUrl { get; set; }
    [MaxLength(FieldLengths.Text)]
    public string? Quote { get; set; }
    public Confidence Confidence { get; set; }

    /// <summary>
    /// Hidden from coalition members and shareable packs. Set by the database for a record from a confidential interaction
    /// (<see cref="Data.DerivedDataSql"/>) or by staff by hand; it stays set when that interaction is edited or deleted.
    /// </summary>
    public bool IsConfidential { get; set; }

    public string? RecordedById { get; set; }
    public CampaignUser? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>
    /// The current stance per (stakeholder, ask) for staff, and for the coalition view, kept by database triggers
    /// (<see cref="Data.DerivedDataSql"/>) so readers need not search each history. Read through Visibility.CurrentFor.
    /// </summary>
    public bool IsCurrent { get; private set; }

    /// <inheritdoc cref="IsCurrent"/>
    public bool IsCoalitionCurrent { get; private set; }
}
