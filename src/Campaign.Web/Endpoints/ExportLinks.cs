using Campaign.Engagements;

namespace Campaign.Web.Endpoints;

/// <summary>Addresses of the CSV exports for the lists' current filters, with the names the endpoints read.</summary>
public static class ExportLinks
{
    public static string Interactions(InteractionListQuery query) => "/export/interactions.csv" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = query.Search,
        ["kind"] = query.Kind?.ToString(),
        ["from"] = query.From?.ToString("yyyy-MM-dd"),
        ["to"] = query.To?.ToString("yyyy-MM-dd"),
        ["stakeholder"] = query.StakeholderId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["partner"] = query.PartnerOrganisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["staff"] = query.StaffUserId,
        ["ask"] = query.AskId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    public static string FollowUps(bool mine, FollowUpFilter view) =>
        $"/export/follow-ups.csv?mine={(mine ? "true" : "false")}&view={view}";

    /// <summary>The directory keeps its filters in the address: the export takes the same query string.</summary>
    public static string Directory(string path, Uri current) => path + current.Query;
}
