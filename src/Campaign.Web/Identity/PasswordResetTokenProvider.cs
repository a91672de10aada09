using Campaign.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Campaign.Web.Identity;

/// <summary>Password-reset links last 30 minutes; other tokens keep Identity's default lifespan.</summary>
public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public const string ProviderName = "PasswordReset";
    public static readonly TimeSpan Lifespan = TimeSpan.FromMinutes(30);

    public PasswordResetTokenProviderOptions()
    {
        Name = ProviderName;
        TokenLifespan = Lifespan;
    }
}

/// <summary>
/// Identity's password-reset token provider with its own options. The token carries the security stamp, which a reset
/// changes, so a link works once.
/// </summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider, IOptions<PasswordResetTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<CampaignUser>> logger)
    : DataProtectorTokenProvider<CampaignUser>(dataProtectionProvider, options, logger);
