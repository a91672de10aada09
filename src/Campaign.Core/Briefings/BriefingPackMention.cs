using Campaign.Stakeholders;

namespace Campaign.Briefings;

/// <summary>
/// A person whose data a stored pack prints: its subject, a meeting's attendees, everyone in a bulk zip, and the
/// people named through their relationships. Kept so erasure and subject access find every pack about someone
/// without opening the files.
/// </summary>
public class BriefingPackMention
{
    public int BriefingPackId { get; set; }
    public BriefingPack? BriefingPack { get; set; }
    public int StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
}
