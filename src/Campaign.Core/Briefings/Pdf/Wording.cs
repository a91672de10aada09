using System.Globalization;
using System.Text;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Briefings.Pdf;

/// <summary>UK English words for enum values and dates in documents ("CivilServant" reads "Civil servant").</summary>
internal static class Wording
{
    // English month names with "Sep" (en-GB's "Sept"), as the app's pages write dates.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static readonly Dictionary<Enum, string> Overrides = new()
    {
        [StakeholderKind.MP] = "MP",
        [InteractionKind.ParliamentaryQuestion] = "Parliamentary question",
        [EvidenceKind.ParliamentaryQuestion] = "Parliamentary question",
        [Audience.MP] = "MPs",
        [Audience.Peer] = "peers",
        [Audience.CivilServant] = "civil servants",
        [Audience.HealthProfessional] = "health professionals",
        [Audience.Default] = "everyone else",
    };

    public static string Of(Enum value)
    {
        if (Overrides.TryGetValue(value, out var word)) return word;
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1])) text.Append(' ').Append(char.ToLowerInvariant(c));
            else text.Append(c);
        }
        return text.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", English);

    public static string Date(DateTime date) => date.ToString("d MMM yyyy", English);

    public static string LongDate(DateTime date) => date.ToString("d MMMM yyyy", English);

    public static string DateTime(DateTime value) => value.ToString("d MMM yyyy, HH:mm", English);

    public static string Relationship(RelationshipType type, bool incoming) => (type, incoming) switch
    {
        (RelationshipType.ReportsTo, false) => "Reports to",
        (RelationshipType.ReportsTo, true) => "Manages",
        (RelationshipType.Advises, false) => "Advises",
        (RelationshipType.Advises, true) => "Advised by",
        (RelationshipType.MemberOf, _) => "Member of",
        (RelationshipType.Chairs, false) => "Chairs",
        (RelationshipType.Chairs, true) => "Chaired by",
        (RelationshipType.FormerColleagueOf, _) => "Former colleague of",
        _ => "Linked to",
    };

    /// <summary>The position statement each kind of stakeholder gets.</summary>
    public static Audience AudienceFor(StakeholderKind kind) => kind switch
    {
        StakeholderKind.MP => Audience.MP,
        StakeholderKind.Peer => Audience.Peer,
        StakeholderKind.CivilServant => Audience.CivilServant,
        StakeholderKind.HealthProfessional => Audience.HealthProfessional,
        _ => Audience.Default,
    };
}
