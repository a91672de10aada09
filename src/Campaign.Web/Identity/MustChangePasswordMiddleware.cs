using Campaign.Users;

namespace Campaign.Web.Identity;

/// <summary>
/// Until a one-time password is replaced, its holder may use only the account pages (and their static files): other
/// pages redirect to the change-password page, and anything else (downloads, endpoints, the circuit) gets 403.
/// </summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(CampaignClaimsPrincipalFactory.MustChangePasswordClaim, "true")) return next(context);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/account") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
            || IsStaticFile(path))
            return next(context);
        if (HttpMethods.IsGet(context.Request.Method) && IsPage(context))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }
        // A body of its own, so the status-code pages do not re-run the request as the not-found page.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync("Choose your own password first, at " + ChangePasswordPath + ".");
    }

    // Static assets (the app's css and icons) have an extension; downloads end in .csv, .pdf or .json but are endpoints.
    private static bool IsStaticFile(PathString path) =>
        Path.GetExtension(path.Value) is ".css" or ".js" or ".svg" or ".png" or ".ico" or ".woff" or ".woff2" or ".map";

    /// <summary>A Razor component page: the endpoint carries the component's type.</summary>
    private static bool IsPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null
        || context.GetEndpoint() is null;
}
