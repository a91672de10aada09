using Campaign.Common;
using Campaign.Engagements;
using Campaign.Exporting;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Users;
using Campaign.Web.Components.Shared;

namespace Campaign.Web.Endpoints;

/// <summary>
/// CSV exports of the filtered lists (addresses in <see cref="ExportLinks"/>). Plain GETs behind the same role policy as
/// the pages (coalition members are sent to the access-denied page); the service checks again.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/stakeholders.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "stakeholders", a => csv.StakeholdersAsync(a, DirectoryQuery(http.Request.Query), cancellationToken)));
        endpoints.MapGet("/positions.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var query = DirectoryQuery(http.Request.Query);
            return CsvAsync(http, clock, "positions", a => csv.PositionsAsync(a, query, query.StanceAskId, cancellationToken));
        });
        endpoints.MapGet("/interactions.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "interactions", a => csv.InteractionsAsync(a, InteractionQuery(http.Request.Query), cancellationToken)));
        endpoints.MapGet("/follow-ups.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "follow-ups", a => csv.FollowUpsAsync(a, new FollowUpQuery(
                !string.Equals(http.Request.Query["mine"], "false", StringComparison.OrdinalIgnoreCase),
                Enum<FollowUpFilter>(http.Request.Query, "view") ?? FollowUpFilter.Open, PageSize: int.MaxValue), cancellationToken)));
        endpoints.MapGet("/organisations.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "organisations", a => csv.OrganisationsAsync(a, cancellationToken)));

        return endpoints;
    }

    private static async Task<IResult> CsvAsync(HttpContext http, TimeProvider clock, string name, Func<Actor, Task<byte[]>> export)
    {
        var bytes = await export(Actor.FromPrincipal(http.User));
        return Results.File(bytes, CsvExportFormat.ContentType, $"{name}-{clock.GetLocalNow():yyyy-MM-dd}.csv");
    }

    /// <summary>The directory's filters, read from the query string as the directory page reads its address.</summary>
    private static StakeholderListQuery DirectoryQuery(IQueryCollection q) => StakeholderListQuery.FromQuery(QueryValues.Of(q));

    private static InteractionListQuery InteractionQuery(IQueryCollection q) => new()
    {
        Search = Text(q, "q"),
        Kind = Enum<InteractionKind>(q, "kind"),
        From = Date(q, "from"),
        To = Date(q, "to"),
        StakeholderId = Int(q, "stakeholder"),
        PartnerOrganisationId = Int(q, "partner"),
        StaffUserId = Text(q, "staff"),
        AskId = Int(q, "ask"),
    };

    private static string? Text(IQueryCollection q, string name) => string.IsNullOrWhiteSpace(q[name]) ? null : q[name].ToString();

    private static int? Int(IQueryCollection q, string name) => int.TryParse(q[name], out var value) ? value : null;

    private static DateOnly? Date(IQueryCollection q, string name) =>
        DateOnly.TryParseExact(q[name], "yyyy-MM-dd", out var value) ? value : null;

    private static T? Enum<T>(IQueryCollection q, string name) where T : struct, System.Enum =>
        EnumText.Parse<T>(q[name]);
}
