using System.Text;
using Campaign.Organisations;
using Campaign.Stakeholders;

namespace Campaign.Web.Components.Shared;

/// <summary>UK English labels for enum values: "CivilServant" reads "Civil servant".</summary>
public static class Labels
{
    private static readonly Dictionary<Enum, string> Overrides = new()
    {
        [StakeholderKind.MP] = "MP",
        [OrganisationKind.ArmsLengthBody] = "Arm’s-length body",
        [OrganisationKind.NhsBody] = "NHS body",
        [LawfulBasis.LegitimateInterests] = "Legitimate interests",
        [Engagements.InteractionKind.ParliamentaryQuestion] = "Parliamentary question",
        [Positions.EvidenceKind.ParliamentaryQuestion] = "Parliamentary question",
    };

    public static string For(Enum value)
    {
        if (Overrides.TryGetValue(value, out var label)) return label;
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    public static string Role(string role) => role switch
    {
        Users.Roles.Admin => "Administrator",
        Users.Roles.PublicAffairs => "Public affairs",
        Users.Roles.Leadership => "Leadership",
        Users.Roles.Coalition => "Coalition member",
        _ => role,
    };

    /// <summary>A column-width name for an ask, from its code: "registration" reads "Registration", "pgd" reads "PGD".</summary>
    public static string AskShort(Campaigns.AskView ask) =>
        ask.Code.Length <= 4 ? ask.Code.ToUpperInvariant() : char.ToUpperInvariant(ask.Code[0]) + ask.Code[1..];

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy") ?? "—";

    public static string Date(DateTime? date) => date?.ToString("d MMM yyyy") ?? "—";

    public static string DateTime(DateTime value) => value.ToString("d MMM yyyy, HH:mm");
}
