using System.ComponentModel.DataAnnotations;
using Campaign.Confidentiality;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;

namespace Campaign.Dashboard;

/// <summary>
/// Contacts per campaign, calendar month ("yyyy-MM"), kind and confidentiality (the coalition view counts only the
/// non-confidential ones), kept by database triggers on every insert, delete or
/// change of an interaction (see <see cref="Data.DerivedDataSql"/>), so the dashboard reads a few hundred rows
/// instead of counting every contact. The app never writes these.
/// </summary>
public class InteractionMonthCount
{
    public int CampaignId { get; private set; }
    [MaxLength(7)]
    public string Month { get; private set; } = "";
    public InteractionKind Kind { get; private set; }
    public bool IsConfidential { get; private set; }
    public int Count { get; private set; }
}

/// <summary>Contacts per campaign, partner organisation and month; kept like <see cref="InteractionMonthCount"/>.</summary>
public class PartnerMonthCount
{
    public int CampaignId { get; private set; }
    public int OrganisationId { get; private set; }
    [MaxLength(7)]
    public string Month { get; private set; } = "";
    public bool IsConfidential { get; private set; }
    public int Count { get; private set; }
}

/// <summary>
/// Current stances counted by view (staff count every record, the coalition view its own current stances, see
/// <see cref="StatedPosition.IsCoalitionCurrent"/>), ask, the person's membership status, kind and party (empty for
/// none), and stance; kept
/// by triggers on positions and people like <see cref="InteractionMonthCount"/>, so the stance charts read a few hundred
/// rows however many people the campaign follows.
/// </summary>
public class StanceTally
{
    public Clearance Clearance { get; private set; }
    public int AskId { get; private set; }
    public MembershipStatus Status { get; private set; }
    public StakeholderKind Kind { get; private set; }
    [MaxLength(100)]
    public string Party { get; private set; } = "";
    public Stance Stance { get; private set; }
    public int Count { get; private set; }
}

/// <summary>
/// A number that database triggers raise with every write that can change what is derived from some rows, so a result
/// computed from them can be kept until the number moves (see <see cref="DashboardMemo"/>). The app never writes these.
/// </summary>
public class ChangeCounter
{
    /// <summary>
    /// Raised by any write to contacts, attendees, follow-ups and positions and by a change to what the dashboard counts
    /// people by (their kept latest contact included; <see cref="Data.DerivedDataSql.PeopleCounterTables"/>); the writes
    /// to people and positions also log who changed (<see cref="PersonChange"/>).
    /// </summary>
    public const string People = "people";

    [MaxLength(32)]
    public string Name { get; private set; } = "";
    public long Value { get; private set; }
}
