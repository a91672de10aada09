using System.Globalization;
using Campaign.Positions;

namespace Campaign.Stakeholders;

public enum StakeholderSort
{
    Name,
    Kind,
    Party,
    Priority,
    Organisation,
    LastContacted,
}

/// <summary>The directory's filters, sort and page (zero-based), all applied in SQL.</summary>
public sealed record StakeholderListQuery
{
    public string? Search { get; init; }
    public StakeholderKind? Kind { get; init; }
    public string? Party { get; init; }
    public House? House { get; init; }
    public PriorityTier? Priority { get; init; }
    public string? Tag { get; init; }
    public MembershipStatus? Status { get; init; }
    public int? StanceAskId { get; init; }
    /// <summary>One or more current stances on <see cref="StanceAskId"/> ("Supportive or Neutral").</summary>
    public StanceSet? Stance { get; init; }
    public int? OrganisationId { get; init; }

    /// <summary>Only people not contacted (in the reader's view) in this many days, never-contacted included.</summary>
    public int? NotContactedInDays { get; init; }

    public StakeholderSort SortBy { get; init; } = StakeholderSort.Name;
    public SortOrder Direction { get; init; } = SortOrder.Ascending;
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;

    /// <summary>
    /// The filters from an address's query string (the directory page's and its CSV exports'), by the names
    /// <see cref="ToQuery"/> writes. Blank values and values that do not parse are ignored, as if absent. Pass a
    /// dictionary that ignores the case of names, as query strings do.
    /// </summary>
    public static StakeholderListQuery FromQuery(IReadOnlyDictionary<string, string?> values) => new()
    {
        Search = Text(values, "q"),
        Kind = Enum<StakeholderKind>(values, "kind"),
        Party = Text(values, "party"),
        House = Enum<House>(values, "house"),
        Priority = Enum<PriorityTier>(values, "priority"),
        Tag = Text(values, "tag"),
        Status = Enum<MembershipStatus>(values, "status"),
        StanceAskId = Int(values, "ask"),
        Stance = StanceSet.Parse(Text(values, "stance")),
        OrganisationId = Int(values, "organisation"),
        NotContactedInDays = Int(values, "quiet"),
    };

    /// <summary>The filters (not the sort or page) as a query string, "?q=…&amp;kind=…", or "" when there are none.</summary>
    public string ToQuery()
    {
        var pairs = new (string Name, string? Value)[]
        {
            ("q", Search), ("kind", Kind?.ToString()), ("party", Party), ("house", House?.ToString()),
            ("priority", Priority?.ToString()), ("tag", Tag), ("status", Status?.ToString()),
            ("ask", StanceAskId?.ToString(CultureInfo.InvariantCulture)), ("stance", Stance?.ToString()),
            ("organisation", OrganisationId?.ToString(CultureInfo.InvariantCulture)),
            ("quiet", NotContactedInDays?.ToString(CultureInfo.InvariantCulture)),
        };
        var written = pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return written.Count == 0 ? "" : "?" + string.Join('&', written);
    }

    private static string? Text(IReadOnlyDictionary<string, string?> values, string name) =>
        values.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static int? Int(IReadOnlyDictionary<string, string?> values, string name) =>
        int.TryParse(Text(values, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static T? Enum<T>(IReadOnlyDictionary<string, string?> values, string name) where T : struct, System.Enum =>
        EnumText.Parse<T>(Text(values, name));
}

public sealed record AskStance(int AskId, Stance Stance, DateOnly StatedOn);

public sealed record StakeholderListItem(
    int Id,
    string DisplayName,
    StakeholderKind Kind,
    string? Party,
    string? Constituency,
    string? OrganisationName,
    PriorityTier Priority,
    MembershipStatus Status,
    DateTime? LastContacted,
    IReadOnlyList<AskStance> Stances)
{
    public Stance StanceOn(int askId) => Stances.FirstOrDefault(s => s.AskId == askId)?.Stance ?? Stance.Unknown;
}

public sealed record StakeholderSuggestion(int Id, string DisplayName, StakeholderKind Kind, string? Detail);
