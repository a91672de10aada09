namespace Campaign.Users;

public sealed record StaffRef(string Id, string DisplayName);

/// <summary>Users who can own relationships and follow-ups: everyone but coalition members.</summary>
public sealed class StaffDirectory(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<IReadOnlyList<StaffRef>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var coalitionRoleId = db.Roles.Where(r => r.Name == Roles.Coalition).Select(r => r.Id);
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && !db.UserRoles.Any(ur => ur.UserId == u.Id && coalitionRoleId.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new StaffRef(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }
}
