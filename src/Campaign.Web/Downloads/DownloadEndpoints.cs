using Campaign.Common;
using Campaign.Engagements;
using Campaign.Exporting;
using Campaign.Importing.Csv;
using Campaign.Positions;
using Campaign.Privacy;
using Campaign.Stakeholders;
using Campaign.Users;

namespace Campaign.Web.Downloads;

/// <summary>
/// File downloads: CSV exports of the filtered lists, import templates, and subject-access reports. Plain GETs
/// behind the same role policies as the pages (coalition members get 403); the services check again.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/export").RequireAuthorization(nameof(Permission.ExportPacks));
        export.MapGet("/stakeholders.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "stakeholders", a => csv.StakeholdersAsync(a, DirectoryQuery(http.Request.Query), cancellationToken)));
        export.MapGet("/positions.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "positions", a => csv.PositionsAsync(a, DirectoryQuery(http.Request.Query), Int(http.Request.Query, "ask"), cancellationToken)));
        export.MapGet("/interactions.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "interactions", a => csv.InteractionsAsync(a, InteractionQuery(http.Request.Query), cancellationToken)));
        export.MapGet("/follow-ups.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "follow-ups", a => csv.FollowUpsAsync(a, new FollowUpQuery(
                !string.Equals(http.Request.Query["mine"], "false", StringComparison.OrdinalIgnoreCase),
                Enum<FollowUpFilter>(http.Request.Query, "view") ?? FollowUpFilter.Open, PageSize: int.MaxValue), cancellationToken)));
        export.MapGet("/organisations.csv", (HttpContext http, CsvExportService csv, TimeProvider clock, CancellationToken cancellationToken) =>
            CsvAsync(http, clock, "organisations", a => csv.OrganisationsAsync(a, cancellationToken)));

        endpoints.MapGet("/import/templates/{kind}.csv", (string kind) =>
                System.Enum.TryParse<CsvImportKind>(kind, ignoreCase: true, out var k) && System.Enum.IsDefined(k)
                    ? Results.File(CsvImportService.Template(k), CsvExportFormat.ContentType, $"{k.ToString().ToLowerInvariant()}-template.csv")
                    : Results.NotFound())
            .RequireAuthorization(nameof(Permission.ImportData));

        var privacy = endpoints.MapGroup("/privacy/stakeholders/{id:int}").RequireAuthorization(nameof(Permission.PrivacyActions));
        privacy.MapGet("/subject-access.json", (int id, HttpContext http, PrivacyService service, CancellationToken cancellationToken) =>
            SubjectAccessAsync(http, service, id, SubjectAccessUse.ExportedJson, cancellationToken));
        privacy.MapGet("/subject-access.pdf", (int id, HttpContext http, PrivacyService service, CancellationToken cancellationToken) =>
            SubjectAccessAsync(http, service, id, SubjectAccessUse.ExportedPdf, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> CsvAsync(HttpContext http, TimeProvider clock, string name, Func<Actor, Task<byte[]>> export)
    {
        try
        {
            var bytes = await export(Actor.FromPrincipal(http.User));
            return Results.File(bytes, CsvExportFormat.ContentType, $"{name}-{clock.GetLocalNow():yyyy-MM-dd}.csv");
        }
        catch (AccessDeniedException)
        {
            return Results.Forbid();
        }
    }

    private static async Task<IResult> SubjectAccessAsync(HttpContext http, PrivacyService service, int id, SubjectAccessUse use, CancellationToken cancellationToken)
    {
        var report = await service.SubjectAccessAsync(Actor.FromPrincipal(http.User), id, use, cancellationToken);
        if (report is null) return Results.NotFound();
        return use == SubjectAccessUse.ExportedPdf
            ? Results.File(SubjectAccessExport.ToPdf(report), "application/pdf", SubjectAccessExport.FileName(report, "pdf"))
            : Results.File(SubjectAccessExport.ToJson(report), "application/json", SubjectAccessExport.FileName(report, "json"));
    }

    /// <summary>The directory's filters, from the same query-string names the directory page keeps in its address.</summary>
    public static StakeholderListQuery DirectoryQuery(IQueryCollection q) => new()
    {
        Search = Text(q, "q"),
        Kind = Enum<StakeholderKind>(q, "kind"),
        Party = Text(q, "party"),
        House = Enum<House>(q, "house"),
        Priority = Enum<PriorityTier>(q, "priority"),
        Tag = Text(q, "tag"),
        Status = Enum<MembershipStatus>(q, "status"),
        StanceAskId = Int(q, "ask"),
        Stance = Enum<Stance>(q, "stance"),
        OrganisationId = Int(q, "organisation"),
    };

    public static InteractionListQuery InteractionQuery(IQueryCollection q) => new()
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
        System.Enum.TryParse<T>(q[name], ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value : null;
}
