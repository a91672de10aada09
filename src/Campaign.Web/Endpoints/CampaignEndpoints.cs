using Campaign.Users;

namespace Campaign.Web.Endpoints;

/// <summary>Every minimal-API endpoint of the app, in one group so each goes through <see cref="ServiceOutcomes"/>.</summary>
public static class CampaignEndpoints
{
    public static IEndpointRouteBuilder MapCampaignEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var all = endpoints.MapGroup("").AddEndpointFilter<ServiceOutcomes>();
        all.MapAccountEndpoints();
        all.MapCalendarEndpoints();
        // Each feature behind the role policy of the pages it serves; the services check again.
        all.MapGroup("/dashboard/{campaignId:int}").RequireAuthorization(nameof(Permission.ExportPacks)).MapDashboardEndpoints();
        all.MapGroup("/briefings").RequireAuthorization(nameof(Permission.ExportPacks)).MapBriefingEndpoints();
        all.MapGroup("/export").RequireAuthorization(nameof(Permission.ExportPacks)).MapExportEndpoints();
        all.MapGroup("/import/templates").RequireAuthorization(nameof(Permission.ImportData)).MapImportEndpoints();
        // Every signed-in role: the service shows the coalition only what is shared with it.
        all.MapGroup("/library").RequireAuthorization().MapLibraryEndpoints();
        all.MapGroup("/privacy/stakeholders/{id:int}").RequireAuthorization(nameof(Permission.PrivacyActions)).MapPrivacyEndpoints();
        return endpoints;
    }

    /// <summary>A refusal the user can act on, as a sentence rather than an error page.</summary>
    public static IResult Sentence(string message, int statusCode) =>
        Results.Text(message, "text/plain; charset=utf-8", statusCode: statusCode);
}
