using Campaign.Dashboard;
using Campaign.Users;

namespace Campaign.Web.Endpoints;

/// <summary>Downloads of the dashboard: each chart's numbers as CSV, and the progress report PDF.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{chart}.csv", async Task<IResult?> (
            int campaignId, string chart, HttpContext http, DashboardService dashboard, CancellationToken cancellationToken) =>
        {
            var data = await dashboard.GetAsync(Actor.FromPrincipal(http.User), campaignId, cancellationToken);
            return data is not null && DashboardCsv.ToBytes(data, chart) is { } csv
                ? Results.File(csv, "text/csv; charset=utf-8", $"campaign-{chart}-{data.Today:yyyy-MM-dd}.csv")
                : null;
        });

        endpoints.MapGet("/report.pdf", async Task<IResult?> (
            int campaignId, HttpContext http, DashboardService dashboard, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var actor = Actor.FromPrincipal(http.User);
            var data = await dashboard.GetAsync(actor, campaignId, cancellationToken);
            if (data is null) return null;
            var pdf = ProgressReport.Render(data, actor.Name, clock.GetUtcNow());
            return Results.File(pdf, "application/pdf", $"campaign-progress-{data.Today:yyyy-MM-dd}.pdf");
        });
        return endpoints;
    }
}
