using Campaign.Briefings;
using Microsoft.AspNetCore.Antiforgery;
using Campaign.Users;

namespace Campaign.Web.Endpoints;

/// <summary>
/// Packs behind the ExportPacks policy (coalition members are sent to the access-denied page, as for any page their
/// role may not see). Making a pack records it, so over HTTP it is a POST with an antiforgery token (form field
/// <c>edition</c>: internal or shareable): a link on another site cannot make a signed-in user's browser create packs.
/// The app's own pages make packs in the circuit and then download the stored file. A GET only returns a stored file
/// again, byte for byte (/briefings/{id}/download).
/// </summary>
public static class BriefingEndpoints
{
    public static string Download(int packId) => $"/briefings/{packId}/download";

    public static IEndpointRouteBuilder MapBriefingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/stakeholders/{id:int}/pdf", (int id, HttpContext http, IAntiforgery antiforgery, BriefingService briefings) =>
            CreateAsync(http, antiforgery, (actor, e) => briefings.ExportStakeholderPackAsync(actor, id, e, http.RequestAborted))).DisableAntiforgery();

        endpoints.MapPost("/meetings/{id:int}/pdf", (int id, HttpContext http, IAntiforgery antiforgery, BriefingService briefings) =>
            CreateAsync(http, antiforgery, (actor, e) => briefings.ExportMeetingPackAsync(actor, id, e, http.RequestAborted))).DisableAntiforgery();

        endpoints.MapGet("/{id:int}/download", (int id, HttpContext http, BriefingService briefings) =>
            SendAsync(http, null, (actor, _) => briefings.GetFileAsync(actor, id, http.RequestAborted)));

        return endpoints;
    }

    /// <summary>
    /// Checks the form's antiforgery token here rather than by the framework's automatic check, so a missing or stale
    /// token is a plain 400 with a sentence, not an exception page.
    /// </summary>
    private static async Task<IResult?> CreateAsync(HttpContext http, IAntiforgery antiforgery, Func<Actor, BriefingEdition, Task<BriefingDownload?>> make)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            return CampaignEndpoints.Sentence("This page has expired. Reload it and ask for the pack again.", StatusCodes.Status400BadRequest);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return await SendAsync(http, form["edition"].FirstOrDefault(), make);
    }

    private static async Task<IResult?> SendAsync(HttpContext http, string? edition, Func<Actor, BriefingEdition, Task<BriefingDownload?>> make)
    {
        BriefingEdition chosen;
        if (edition is null) chosen = BriefingEdition.Internal;
        else if (!Common.EnumText.TryParse(edition, out chosen))
            return CampaignEndpoints.Sentence("The edition must be internal or shareable.", StatusCodes.Status400BadRequest);

        BriefingDownload? download;
        try
        {
            download = await make(Actor.FromPrincipal(http.User), chosen);
        }
        catch (BriefingException e)
        {
            return CampaignEndpoints.Sentence(e.Message, StatusCodes.Status422UnprocessableEntity);
        }
        if (download is null) return null;
        // Packs may be confidential: no cache along the way should keep a copy.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(download.Content, download.ContentType, download.FileName);
    }
}
