using Campaign.Data;
using Campaign.Users;
using Microsoft.AspNetCore.Identity;

namespace Campaign.Web.Identity;

public sealed record DemoUser(string Email, string Role);

/// <summary>
/// Development only, with the sample campaign: the first sample user of each role gets a known password so
/// the app can be tried at once. Production never runs this, so it has no default credentials.
/// </summary>
public static class DemoUsers
{
    public const string Password = "campaign demo 2026";

    public static Task<IReadOnlyList<DemoUser>> EnsureAsync(IServiceProvider services) => AsSystemAsync<DemoUser>(services, async users =>
    {
        var demo = new List<DemoUser>();
        foreach (var role in Roles.All)
        {
            var user = (await users.GetUsersInRoleAsync(role)).Where(u => !u.IsDisabled).OrderBy(u => u.Email).FirstOrDefault();
            if (user is null) continue;
            if (!await users.HasPasswordAsync(user))
            {
                var result = await users.AddPasswordAsync(user, Password);
                if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            demo.Add(new DemoUser(user.Email!, role));
        }
        return demo;
    });

    /// <summary>
    /// Outside Development: disables every enabled account whose password is the published demo password, and
    /// returns their emails for the log. A new security stamp ends any session they have.
    /// </summary>
    public static Task<IReadOnlyList<string>> DisableAsync(IServiceProvider services) => AsSystemAsync<string>(services, async users =>
    {
        var disabled = new List<string>();
        foreach (var user in users.Users.Where(u => !u.IsDisabled && u.PasswordHash != null).ToList())
        {
            if (!await users.CheckPasswordAsync(user, Password)) continue;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            disabled.Add(user.Email ?? user.UserName ?? user.Id);
        }
        return disabled;
    });

    /// <summary>Runs account changes in a scope of their own, audited as the system's.</summary>
    private static async Task<IReadOnlyList<T>> AsSystemAsync<T>(IServiceProvider services, Func<UserManager<CampaignUser>, Task<List<T>>> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Actor = Actor.System;
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>());
    }
}

/// <summary>The demo accounts made at start-up, listed on the login page (empty outside Development).</summary>
public sealed class DemoAccounts
{
    public IReadOnlyList<DemoUser> Users { get; set; } = [];
}
