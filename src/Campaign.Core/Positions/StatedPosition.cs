using Campaign.Campaigns;
using Campaign.Engagements;
using Campaign.Stakeholders;
using Campaign.Users;

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
    public string? PqUin { get; set; }
    public string? EvidenceUrl { get; set; }
    public string? Quote { get; set; }
    public Confidence Confidence { get; set; }

    public string? RecordedById { get; set; }
    public CampaignUser? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>
    /// True on the one record per (stakeholder, ask) that is the current stance. Kept by database triggers on every
    /// insert, delete or re-dating (see <see cref="Data.DerivedDataSql"/>), so readers filter on it instead of
    /// searching each person's history; the app never writes it.
    /// </summary>
    public bool IsCurrent { get; private set; }
}
