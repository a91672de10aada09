using Campaign.Users;
using Microsoft.AspNetCore.Identity;

namespace Campaign.Web.Identity;

public enum SignInOutcome
{
    SignedIn,
    WrongEmailOrPassword,
    LockedOut,
    Disabled,
    OneTimePasswordExpired,
}

/// <summary>
/// Sign-in that says nothing about an account until its password is given (Identity's own says "locked out" first, telling
/// anyone which addresses have accounts). A wrong password and an unknown address get one answer; lockout still counts.
/// </summary>
public sealed class PasswordGate(
    UserManager<CampaignUser> users, SignInManager<CampaignUser> signIn, IPasswordHasher<CampaignUser> hasher, TimeProvider clock)
{
    // Checked against when there is no such user, so an unknown address costs the same time as a wrong password.
    private static readonly string UnknownUserHash = new PasswordHasher<CampaignUser>().HashPassword(new CampaignUser(), Guid.NewGuid().ToString());

    public async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new CampaignUser(), UnknownUserHash, password);
            return SignInOutcome.WrongEmailOrPassword;
        }
        var lockedOut = await users.IsLockedOutAsync(user);
        if (!await users.CheckPasswordAsync(user, password))
        {
            // A locked account stays locked for its 15 minutes: a wrong guess then neither extends nor reveals it.
            if (!lockedOut && users.SupportsUserLockout) await users.AccessFailedAsync(user);
            return SignInOutcome.WrongEmailOrPassword;
        }
        if (lockedOut) return SignInOutcome.LockedOut;
        if (!await signIn.CanSignInAsync(user)) return SignInOutcome.Disabled;
        if (user.OneTimePasswordHasExpired(clock.GetUtcNow())) return SignInOutcome.OneTimePasswordExpired;
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return SignInOutcome.SignedIn;
    }
}
