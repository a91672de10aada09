using Campaign.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Campaign.Web.Identity;

/// <summary>A disabled account cannot sign in, whatever its password.</summary>
public sealed class CampaignSignInManager(
    UserManager<CampaignUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<CampaignUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<CampaignUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CampaignUser> confirmation)
    : SignInManager<CampaignUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CampaignUser user) => !user.IsDisabled && await base.CanSignInAsync(user);
}
