using Campaign.Stakeholders;

namespace Campaign.Templates;

public static class Audiences
{
    /// <summary>The position statement each kind of stakeholder gets.</summary>
    public static Audience For(StakeholderKind kind) => kind switch
    {
        StakeholderKind.MP => Audience.MP,
        StakeholderKind.Peer => Audience.Peer,
        StakeholderKind.CivilServant => Audience.CivilServant,
        StakeholderKind.HealthProfessional => Audience.HealthProfessional,
        _ => Audience.Default,
    };
}
