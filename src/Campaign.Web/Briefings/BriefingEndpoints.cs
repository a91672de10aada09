using Campaign.Briefings;
using Campaign.Users;

namespace Campaign.Web.Briefings;

/// <summary>
/// Pack downloads as plain GET endpoints behind the ExportPacks policy (coalition members are sent to the
/// access-denied page, as for any page their role may not see). Each export is generated, recorded and returned;
/// /briefings/{id}/download returns a stored file again, byte for byte.
/// </summary>
public static class BriefingEndpoints
{
    public static string StakeholderPack(int stakeholderId, BriefingEdition edition) =>
        $"/briefings/stakeholders/{stakeholderId}/pdf?edition={edition.ToString().ToLowerInvariant()}";

    public static string MeetingPack(int interactionId, BriefingEdition edition) =>
        $"/briefings/meetings/{interactionId}/pdf?edition={edition.ToString().ToLowerInvariant()}";

    public static string Download(int packId) => $"/briefings/{packId}/download";

    public static IEndpointRouteBuilder MapBriefingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/briefings").RequireAuthorization(nameof(Permission.ExportPacks));

        group.MapGet("/stakeholders/{id:int}/pdf", (int id, string? edition, HttpContext http, BriefingService briefings) =>
            SendAsync(http, edition, (actor, e) => briefings.ExportStakeholderPackAsync(actor, id, e, http.RequestAborted)));

        group.MapGet("/meetings/{id:int}/pdf", (int id, string? edition, HttpContext http, BriefingService briefings) =>
            SendAsync(http, edition, (actor, e) => briefings.ExportMeetingPackAsync(actor, id, e, http.RequestAborted)));

        group.MapGet("/{id:int}/download", (int id, HttpContext http, BriefingService briefings) =>
            SendAsync(http, null, (actor, _) => briefings.GetFileAsync(actor, id, http.RequestAborted)));

        return endpoints;
    }

    private static async Task<IResult> SendAsync(HttpContext http, string? edition, Func<Actor, BriefingEdition, Task<BriefingDownload?>> make)
    {
        BriefingEdition chosen;
        if (edition is null) chosen = BriefingEdition.Internal;
        else if (!Enum.TryParse(edition, ignoreCase: true, out chosen) || !Enum.IsDefined(chosen))
            return Results.Text("The edition must be internal or shareable.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

        try
        {
            var download = await make(Actor.FromPrincipal(http.User), chosen);
            if (download is null) return Results.NotFound();
            // Packs may be confidential: no cache along the way should keep a copy.
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(download.Content, download.ContentType, download.FileName);
        }
        catch (AccessDeniedException)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (BriefingException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }
}
