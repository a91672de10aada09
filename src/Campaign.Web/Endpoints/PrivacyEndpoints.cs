using Campaign.Privacy;
using Campaign.Users;

namespace Campaign.Web.Endpoints;

/// <summary>A person's subject-access report as JSON or PDF, for administrators; each download is audited by the service.</summary>
public static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/subject-access.json", (int id, HttpContext http, PrivacyService service, CancellationToken cancellationToken) =>
            SubjectAccessAsync(http, service, id, SubjectAccessUse.ExportedJson, cancellationToken));
        endpoints.MapGet("/subject-access.pdf", (int id, HttpContext http, PrivacyService service, CancellationToken cancellationToken) =>
            SubjectAccessAsync(http, service, id, SubjectAccessUse.ExportedPdf, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult?> SubjectAccessAsync(HttpContext http, PrivacyService service, int id, SubjectAccessUse use, CancellationToken cancellationToken)
    {
        var report = await service.SubjectAccessAsync(Actor.FromPrincipal(http.User), id, use, cancellationToken);
        if (report is null) return null;
        return use == SubjectAccessUse.ExportedPdf
            ? Results.File(SubjectAccessExport.ToPdf(report), "application/pdf", SubjectAccessExport.FileName(report, "pdf"))
            : Results.File(SubjectAccessExport.ToJson(report), "application/json", SubjectAccessExport.FileName(report, "json"));
    }
}
