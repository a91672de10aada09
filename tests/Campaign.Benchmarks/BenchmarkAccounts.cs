using Campaign.Data;
using Campaign.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Benchmarks;

/// <summary>
/// Accounts to sign in as, added to a database copy before the app starts: the generator writes no roles and only a
/// user without a password. They go in through ASP.NET Core Identity's UserManager (the app's own stores and default
/// password hasher), so the app signs them in as it would anyone.
/// </summary>
public static class BenchmarkAccounts
{
    /// <summary>
    /// Not the published demo password (which the app disables outside Development); digits and capitals because the
    /// bare Identity set-up here keeps Identity's default rules, which are stricter than the app's.
    /// </summary>
    public const string Password = "Benchmark-load-run-2026";

    public static string Email(int n) => $"load{n:D2}@example.org";

    /// <summary>Public affairs staff (who see every page in the nav but the administrator's), numbered from 1.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(DatabaseCopy copy, int count)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ =>
        {
            var db = copy.Contexts.CreateDbContext();
            db.Actor = Actor.System; // account changes are audited as the system's, as the app's start-up tasks do
            return db;
        });
        services.AddIdentityCore<CampaignUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CampaignDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
            Check(await roles.CreateAsync(new IdentityRole(role)));

        var emails = new List<string>();
        for (var n = 1; n <= count; n++)
        {
            var user = new CampaignUser { UserName = Email(n), Email = Email(n), EmailConfirmed = true, DisplayName = $"Load user {n}", DigestEnabled = false };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, Roles.PublicAffairs));
            emails.Add(user.Email);
        }
        return emails;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
