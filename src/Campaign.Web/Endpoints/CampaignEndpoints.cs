namespace Campaign.Web.Endpoints;

/// <summary>Every minimal-API endpoint of the app, in one group so each goes through <see cref="ServiceOutcomes"/>.</summary>
public static class CampaignEndpoints
{
    public static IEndpointRouteBuilder MapCampaignEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var all = endpoints.MapGroup("").AddEndpointFilter<ServiceOutcomes>();
        all.MapAccountEndpoints();
        all.MapDashboardEndpoints();
        all.MapBriefingEndpoints();
        all.MapExportEndpoints();
        all.MapImportEndpoints();
        all.MapPrivacyEndpoints();
        return endpoints;
    }

    /// <summary>A refusal the user can act on, as a sentence rather than an error page.</summary>
    public static IResult Sentence(string message, int statusCode) =>
        Results.Text(message, "text/plain; charset=utf-8", statusCode: statusCode);
}
