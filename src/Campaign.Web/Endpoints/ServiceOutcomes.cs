using Campaign.Users;

namespace Campaign.Web.Endpoints;

/// <summary>
/// Turns what a service answers into HTTP, once for every endpoint: a refused <see cref="Actor.Demand"/> is a 403 and a
/// handler's null (the record does not exist, or the actor may not know it does) a 404, so handlers only say what they send.
/// </summary>
public sealed class ServiceOutcomes : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context) ?? Results.NotFound();
        }
        catch (AccessDeniedException)
        {
            // A plain 403, not a redirect: the role policies on the groups already send people to the access-denied page.
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
