using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Users;

public sealed record UserListItem(
    string Id, string Email, string DisplayName, string? Role, string? PartnerOrganisation, bool IsDisabled, bool IsLockedOut, bool MustChangePassword,
    DateTimeOffset? OneTimePasswordExpiresAt = null)
{
    public bool OneTimePasswordHasExpired(DateTimeOffset now) => MustChangePassword && !(OneTimePasswordExpiresAt > now);
}

public sealed record NewUser(string Email, string DisplayName, string Role, int? PartnerOrganisationId);

/// <summary>Outcome of an account change; <see cref="OneTimePassword"/> is shown to the administrator once and never stored.</summary>
public sealed record UserAdminResult(bool Succeeded, IReadOnlyList<string> Errors, string? UserId = null, string? OneTimePassword = null)
{
    public static UserAdminResult Failed(params string[] errors) => new(false, errors);
}

/// <summary>
/// Administrators' account operations. Each call takes a fresh scope so UserManager gets its own short-lived
/// context (a Blazor circuit would otherwise keep one context for hours), attributed to the acting admin.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserListItem>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ManageUsers);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.IsDisabled, u.MustChangePassword, u.LockoutEnd, u.OneTimePasswordExpiresAt,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                Partner = u.PartnerOrganisation != null ? u.PartnerOrganisation.Name : null,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(u => new UserListItem(u.Id, u.Email ?? "", u.DisplayName, u.Role, u.Partner, u.IsDisabled,
            u.LockoutEnd is { } end && end > now, u.MustChangePassword, u.MustChangePassword ? u.OneTimePasswordExpiresAt : null)).ToList();
    }

    public async Task<UserAdminResult> CreateAsync(Actor actor, NewUser request, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ManageUsers);
        var email = request.Email.Trim();
        var errors = new List<string>();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _)) errors.Add("Enter an email address in the form name@example.org.");
        if (string.IsNullOrWhiteSpace(request.DisplayName)) errors.Add("Enter the person's name.");
        if (!Roles.All.Contains(request.Role)) errors.Add($"Choose a role: {string.Join(", ", Roles.All)}.");
        if (request.Role == Roles.Coalition && request.PartnerOrganisationId is null) errors.Add("A coalition member needs a partner organisation.");
        if (errors.Count > 0) return new UserAdminResult(false, errors);

        await using var scope = scopes.CreateAsyncScope();
        var (db, users) = Services(scope, actor);
        if (request.PartnerOrganisationId is { } partnerId && !await db.Organisations.AnyAsync(o => o.Id == partnerId, cancellationToken))
            return UserAdminResult.Failed("That partner organisation no longer exists.");
        if (await users.FindByEmailAsync(email) is not null)
            return UserAdminResult.Failed($"A user with the email {email} already exists.");

        var password = OneTimePassword.Generate();
        var user = new CampaignUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = request.DisplayName.Trim(),
            PartnerOrganisationId = request.Role == Roles.Coalition ? request.PartnerOrganisationId : null,
            MustChangePassword = true, OneTimePasswordExpiresAt = clock.GetUtcNow() + OneTimePassword.Lifetime, LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return Failed(created);
        var inRole = await users.AddToRoleAsync(user, request.Role);
        if (!inRole.Succeeded) return Failed(inRole);
        await transaction.CommitAsync(cancellationToken);
        return new UserAdminResult(true, [], user.Id, password);
    }

    public async Task<UserAdminResult> ResetPasswordAsync(Actor actor, string userId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ManageUsers);
        await using var scope = scopes.CreateAsyncScope();
        var (_, users) = Services(scope, actor);
        if (await users.FindByIdAsync(userId) is not { } user) return UserAdminResult.Failed("That user no longer exists.");

        var password = OneTimePassword.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded) return Failed(reset);
        user.MustChangePassword = true;
        user.OneTimePasswordExpiresAt = clock.GetUtcNow() + OneTimePassword.Lifetime;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateAsync(user);
        return new UserAdminResult(true, [], user.Id, password);
    }

    /// <summary>Disabling also renews the security stamp, which ends the user's sessions at their next validation.</summary>
    public async Task<UserAdminResult> SetDisabledAsync(Actor actor, string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ManageUsers);
        if (disabled && userId == actor.UserId) return UserAdminResult.Failed("You cannot disable your own account.");
        await using var scope = scopes.CreateAsyncScope();
        var (_, users) = Services(scope, actor);
        if (await users.FindByIdAsync(userId) is not { } user) return UserAdminResult.Failed("That user no longer exists.");

        user.IsDisabled = disabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Failed(updated);
        if (disabled) await users.UpdateSecurityStampAsync(user);
        return new UserAdminResult(true, [], user.Id);
    }

    /// <summary>Creates the first administrator from the command line (no other user need exist).</summary>
    public Task<UserAdminResult> CreateFirstAdminAsync(string email, CancellationToken cancellationToken = default) =>
        CreateAsync(Actor.System, new NewUser(email, email.Split('@')[0], Roles.Admin, null), cancellationToken);

    private static (CampaignDbContext Db, UserManager<CampaignUser> Users) Services(AsyncServiceScope scope, Actor actor)
    {
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        db.Actor = actor;
        return (db, scope.ServiceProvider.GetRequiredService<UserManager<CampaignUser>>());
    }

    private static UserAdminResult Failed(IdentityResult result) => new(false, result.Errors.Select(e => e.Description).ToList());
}
