using Campaign.Users;

namespace Campaign.Web.Identity;

/// <summary>Until a one-time password is replaced, every page leads to the change-password page.</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(CampaignClaimsPrincipalFactory.MustChangePasswordClaim, "true")
            && HttpMethods.IsGet(context.Request.Method)
            && !context.Request.Path.StartsWithSegments("/account")
            && !context.Request.Path.StartsWithSegments("/_framework")
            && !context.Request.Path.StartsWithSegments("/_content")
            && !context.Request.Path.StartsWithSegments("/_blazor")
            && Path.GetExtension(context.Request.Path.Value) is null or "")
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
