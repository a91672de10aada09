using System.Globalization;
using System.Text;
using Campaign.Organisations;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Common;

/// <summary>
/// UK English words for enum values, relationships, roles and dates ("CivilServant" reads "Civil servant"), written
/// once so pages, PDFs and exports say the same thing.
/// </summary>
public static class Wording
{
    // English month names with "Sep" (en-GB's "Sept") whatever the server's culture.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static readonly Dictionary<Enum, string> Overrides = new()
    {
        [OrganisationKind.ArmsLengthBody] = "Arm’s-length body",
        [OrganisationKind.NhsBody] = "NHS body",
        [Audience.MP] = "MPs",
        [Audience.Peer] = "Peers",
        [Audience.CivilServant] = "Civil servants",
        [Audience.HealthProfessional] = "Health professionals",
        [Audience.Default] = "Everyone else (default)",
    };

    /// <summary>A new word starts at each capital after a lower-case letter, so "MP" stays "MP".</summary>
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

    /// <summary>Who a statement is for in the middle of a sentence: "the statement for civil servants".</summary>
    public static string AudiencePhrase(Audience audience) => audience switch
    {
        Audience.MP => "MPs",
        Audience.Default => "everyone else",
        _ => Of(audience).ToLowerInvariant(),
    };

    /// <summary>How one person relates to another, from the first person's side ("Manages" when the link points at them).</summary>
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

    /// <summary>A link as a subject-access report states it: "Reports to Ann Lee", or "Ann Lee reports to them".</summary>
    public static string RelationshipSentence(RelationshipType type, bool incoming, string other) =>
        incoming ? $"{other} {Of(type).ToLowerInvariant()} them" : $"{Of(type)} {other}";

    public static string Role(string role) => role switch
    {
        Users.Roles.Admin => "Administrator",
        Users.Roles.PublicAffairs => "Public affairs",
        Users.Roles.Leadership => "Leadership",
        Users.Roles.Coalition => "Coalition member",
        _ => role,
    };

    /// <summary>A column-width name for an ask, from its code: "registration" reads "Registration", "pgd" reads "PGD".</summary>
    public static string AskShort(string code) =>
        code.Length <= 4 ? code.ToUpperInvariant() : char.ToUpperInvariant(code[0]) + code[1..];

    /// <summary>"1 item", "2,000 items": a count with its noun, plural by adding s.</summary>
    public static string Count(int count, string noun) => $"{count.ToString("N0", English)} {noun}{(count == 1 ? "" : "s")}";

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", English);

    public static string Date(DateTime date) => date.ToString("d MMM yyyy", English);

    public static string Date(DateTimeOffset date) => date.ToString("d MMM yyyy", English);

    /// <summary>A date that may be missing, for tables: a dash when there is none.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Date(DateTime? date) => date is { } d ? Date(d) : "—";

    /// <summary>A date that may be missing, for PDF facts that leave a missing value out.</summary>
    public static string? DateOrNull(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string? DateOrNull(DateTime? date) => date is { } d ? Date(d) : null;

    public static string? DateOrNull(DateTimeOffset? date) => date is { } d ? Date(d) : null;

    public static string LongDate(DateTime date) => date.ToString("d MMMM yyyy", English);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string LongDateTime(DateTimeOffset value) => value.ToString("d MMMM yyyy HH:mm", English);

    public static string DateTime(DateTime value) => value.ToString("d MMM yyyy, HH:mm", English);

    public static string DateTime(DateTimeOffset value) => value.ToString("d MMM yyyy, HH:mm", English);
}
