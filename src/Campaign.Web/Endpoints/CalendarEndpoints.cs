using Campaign.Calendar;
using Campaign.Users;

namespace Campaign.Web.Endpoints;

/// <summary>
/// The private calendar feed (GET /calendar/{token}.ics) and single meetings and follow-ups as .ics downloads. The feed is
/// anonymous because calendar providers fetch it without cookies: the token in the address is the credential, and the
/// service answers the same 404 for an unknown, revoked, disabled or non-staff token. The downloads are behind sign-in,
/// and the service applies the coalition view.
/// </summary>
public static class CalendarEndpoints
{
    public const string CalendarType = "text/calendar; charset=utf-8";

    public static string Feed(Uri appBase, string token) => new Uri(appBase, $"calendar/{token}.ics").ToString();
    public static string Interaction(int id) => $"/interactions/{id}/calendar.ics";
    public static string FollowUp(int id) => $"/follow-ups/{id}/calendar.ics";

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", async (string token, HttpContext http, CalendarFeedService feeds) =>
        {
            var feed = await feeds.GetFeedAsync(token, AppBase(http.Request), http.RequestAborted);
            NoStore(http);
            // A body of its own, so the status-code page (which would need sign-in, and so redirect) is not shown instead.
            if (feed is null) return CampaignEndpoints.Sentence("There is no calendar feed at this address.", StatusCodes.Status404NotFound);
            return Results.Text(feed, CalendarType);
        }).AllowAnonymous();

        endpoints.MapGet("/interactions/{id:int}/calendar.ics", async (int id, HttpContext http, CalendarDownloads downloads) =>
            Send(http, await downloads.InteractionAsync(Actor.FromPrincipal(http.User), id, AppBase(http.Request), http.RequestAborted)));

        endpoints.MapGet("/follow-ups/{id:int}/calendar.ics", async (int id, HttpContext http, CalendarDownloads downloads) =>
            Send(http, await downloads.FollowUpAsync(Actor.FromPrincipal(http.User), id, AppBase(http.Request), http.RequestAborted)))
            .RequireAuthorization(nameof(Permission.ViewConfidential));

        return endpoints;
    }

    private static IResult? Send(HttpContext http, CalendarFile? file)
    {
        if (file is null) return null;
        NoStore(http);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(file.Content), CalendarType, file.FileName);
    }

    // What the app is reached at (behind a proxy too: forwarded headers are applied first), for links back into it.
    private static Uri AppBase(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    // A diary is personal: no shared cache along the way should keep a copy.
    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "private, no-store";
}
