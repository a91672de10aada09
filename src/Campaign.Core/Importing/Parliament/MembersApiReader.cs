using System.Text.Json;
using Campaign.Stakeholders;

namespace Campaign.Importing.Parliament;

/// <summary>Reads Members API results (one page, or a JSON array of pages) and maps members onto stakeholders.</summary>
public static class MembersApiReader
{
    private static readonly string[] Honorifics =
        ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess", "Bishop", "Professor", "Prof"];

    public static IReadOnlyList<MemberValue> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var pages = document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.Deserialize<List<MembersPage>>() ?? []
            : [document.RootElement.Deserialize<MembersPage>() ?? throw new JsonException("The file holds no Members API page.")];
        return pages.SelectMany(p => p.Items ?? []).Select(i => i.Value).ToList();
    }

    /// <summary>Copies the Members API's fields onto a stakeholder (new or existing); campaign fields are left alone.</summary>
    public static void Apply(MemberValue member, Stakeholder target)
    {
        var membership = member.LatestHouseMembership;
        var isLords = membership?.House == (int)House.Lords;
        var (family, given) = SplitListName(member.NameListAs, member.NameDisplayAs);

        target.ParliamentMemberId = member.Id;
        target.Kind = isLords ? StakeholderKind.Peer : StakeholderKind.MP;
        target.House = isLords ? House.Lords : House.Commons;
        target.GivenName = given;
        target.FamilyName = family;
        target.Honorific = HonorificOf(member.NameAddressAs) ?? target.Honorific;
        target.AddressAs = string.IsNullOrWhiteSpace(member.NameAddressAs) ? target.AddressAs : member.NameAddressAs.Trim();
        target.DisplayName = string.IsNullOrWhiteSpace(member.NameDisplayAs) ? Stakeholder.ComposeDisplayName(null, given, family) : member.NameDisplayAs.Trim();
        target.Party = member.LatestParty?.Name;
        target.Constituency = isLords ? null : membership?.MembershipFrom;
        target.Peerage = isLords ? membership?.MembershipFrom : null;
        target.MembershipStartDate = membership?.MembershipStartDate is { } start ? DateOnly.FromDateTime(start) : null;
        target.MembershipEndDate = membership?.MembershipEndDate is { } end ? DateOnly.FromDateTime(end) : null;
        target.MembershipEndReason = membership?.MembershipEndReason;
        target.ThumbnailUrl = member.ThumbnailUrl;
        // Status unknown (no status and no end date): the person's status is kept rather than guessed (new people start current).
        target.Status = StatusOf(membership) ?? target.Status;
    }

    /// <summary>Current or former; null when Parliament gives neither a status nor an end date.</summary>
    public static MembershipStatus? StatusOf(HouseMembership? membership) => membership switch
    {
        null or { MembershipEndDate: not null } => MembershipStatus.Former,
        { MembershipStatus: null } => null,
        { MembershipStatus.StatusIsActive: false } => MembershipStatus.Former,
        _ => MembershipStatus.Current,
    };

    private static (string Family, string Given) SplitListName(string? listAs, string? displayAs)
    {
        if (!string.IsNullOrWhiteSpace(listAs) && listAs.Contains(','))
        {
            var comma = listAs.IndexOf(',');
            return (listAs[..comma].Trim(), listAs[(comma + 1)..].Trim());
        }
        var parts = (displayAs ?? listAs ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => ("Unknown", "Unknown"),
            1 => (parts[0], parts[0]),
            _ => (parts[^1], string.Join(' ', parts[..^1])),
        };
    }

    private static string? HonorificOf(string? addressAs)
    {
        var first = addressAs?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd('.');
        return first is not null && Honorifics.Contains(first, StringComparer.OrdinalIgnoreCase) ? first : null;
    }
}
