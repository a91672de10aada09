namespace Campaign.Stakeholders;

/// <summary>
/// What each kind of stakeholder must have. The form and the CSV import both ask here, so a rule and its message
/// are written once; the import puts its row and column in front of the same message.
/// </summary>
public static class StakeholderRules
{
    /// <summary>Each required field the kind leaves empty, by <see cref="Stakeholder"/> property name, in the form's order.</summary>
    public static IEnumerable<(string Property, string Message)> MissingForKind(
        StakeholderKind kind, string? constituency, string? party, string? department, int? organisationId)
    {
        switch (kind)
        {
            case StakeholderKind.MP:
                if (string.IsNullOrWhiteSpace(constituency))
                    yield return (nameof(Stakeholder.Constituency), "Enter the constituency an MP represents.");
                if (string.IsNullOrWhiteSpace(party))
                    yield return (nameof(Stakeholder.Party), "Enter the MP's party (or Independent).");
                break;
            case StakeholderKind.Peer:
                if (string.IsNullOrWhiteSpace(party))
                    yield return (nameof(Stakeholder.Party), "Enter the peer's party or group, e.g. Crossbench.");
                break;
            case StakeholderKind.CivilServant:
                if (string.IsNullOrWhiteSpace(department))
                    yield return (nameof(Stakeholder.Department), "Enter the civil servant's department or directorate.");
                break;
            case StakeholderKind.PartnerContact:
                if (organisationId is null)
                    yield return (nameof(Stakeholder.OrganisationId), "Choose the partner organisation this contact works for.");
                break;
        }
    }
}
