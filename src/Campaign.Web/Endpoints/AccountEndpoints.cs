using Campaign.Users;
using Campaign.Web.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Campaign.Web.Endpoints;

public static class AccountEndpoints
{
    /// <summary>
    /// POST /account/logout signs out everywhere and returns to the login page. The form's antiforgery token is checked
    /// here (a minimal API endpoint that binds no form is not checked for us), so another site cannot sign a user out.
    /// A new security stamp ends the user's other tabs and devices at their next check (circuits every 30 s, cookies
    /// every minute).
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async Task<IResult> (
            HttpContext http, IAntiforgery antiforgery, SignInManager<CampaignUser> signIn, UserManager<CampaignUser> users) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return TypedResults.BadRequest("The sign-out form has expired. Reload the page and sign out again.");
            if (await users.GetUserAsync(http.User) is { } user) await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(IdentitySetup.LoginPath);
        }).DisableAntiforgery();
        return endpoints;
    }
}
