using System.ComponentModel.DataAnnotations;
using Campaign.Stakeholders;

namespace Campaign.Importing.Parliament;

public enum MemberEventKind
{
    NewMember,
    ChangedParty,
    LeftHouse,
}

/// <summary>
/// Something a members import found about a person that staff should notice (a new member, a change of party, leaving
/// the House), kept so the dashboard and the profile can flag it until someone dismisses it.
/// </summary>
public class MemberEvent
{
    public int Id { get; set; }
    public int StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public int? ImportBatchId { get; set; }
    public ImportBatch? ImportBatch { get; set; }
    public MemberEventKind Kind { get; set; }
    /// <summary>What changed, e.g. "Labour → Independent".</summary>
    [MaxLength(FieldLengths.Line)]
    public string Detail { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? DismissedAt { get; set; }
    [MaxLength(256)]
    public string? DismissedBy { get; set; }
}
