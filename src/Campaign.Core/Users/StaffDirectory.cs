namespace Campaign.Users;

public sealed record StaffRef(string Id, string DisplayName);

/// <summary>Users who can own relationships and follow-ups: everyone but coalition members.</summary>
public sealed class StaffDirectory(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<IReadOnlyList<StaffRef>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Active(db)
            .OrderBy(u => u.DisplayName)
            .Select(u => new StaffRef(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Enabled users who are not coalition members: the people who can be staff present or own a follow-up.</summary>
    internal static IQueryable<CampaignUser> Active(CampaignDbContext db)
    {
        var coalitionRoleId = db.Roles.Where(r => r.Name == Roles.Coalition).Select(r => r.Id);
        return db.Users.AsNoTracking().Where(u => !u.IsDisabled && !db.UserRoles.Any(ur => ur.UserId == u.Id && coalitionRoleId.Contains(ur.RoleId)));
    }
}
