using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Campaign.Users;

/// <summary>Adds what every request needs to know about the user without a database round trip.</summary>
public sealed class CampaignClaimsPrincipalFactory(
    UserManager<CampaignUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CampaignUser, IdentityRole>(users, roles, options)
{
    public const string MustChangePasswordClaim = "campaign:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CampaignUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.PartnerOrganisationId is { } partner)
            identity.AddClaim(new Claim(Actor.PartnerOrganisationClaim, partner.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        return identity;
    }
}
