using Campaign.Library;
using Campaign.Users;
using Microsoft.Net.Http.Headers;

namespace Campaign.Web.Endpoints;

/// <summary>
/// A library version's file (GET /library/versions/{id}/download), for anyone signed in: the service applies the coalition
/// view, so a staff-only document's file is a plain 404 for a coalition member. The file is copied from the database to the
/// response as it is read; the stream (and the connection under it) is disposed once the response is done.
/// </summary>
public static class LibraryEndpoints
{
    public static string Download(int versionId) => $"/library/versions/{versionId}/download";

    public static IEndpointRouteBuilder MapLibraryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/versions/{id:int}/download", async (int id, HttpContext http, LibraryDownloads downloads) =>
        {
            var download = await downloads.OpenAsync(Actor.FromPrincipal(http.User), id, http.RequestAborted);
            if (download is null) return null;
            http.Response.RegisterForDisposeAsync(download);
            // The type was read from the bytes on upload; the browser must not guess another (an image that is "really" HTML).
            http.Response.Headers.XContentTypeOptions = "nosniff";
            // Staff-only documents are confidential: no shared cache should keep a copy.
            http.Response.Headers.CacheControl = "private, no-cache";
            http.Response.ContentLength = download.Length;
            return Results.Stream(download.Content, download.ContentType, download.FileName,
                entityTag: new EntityTagHeaderValue($"\"{download.Sha256}\""));
        });
        return endpoints;
    }
}
