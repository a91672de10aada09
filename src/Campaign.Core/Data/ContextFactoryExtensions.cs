namespace Campaign.Data;

public static class ContextFactoryExtensions
{
    /// <summary>A context whose writes the audit trail attributes to <paramref name="actor"/>.</summary>
    public static async Task<CampaignDbContext> CreateForAsync(
        this IDbContextFactory<CampaignDbContext> contexts, Actor actor, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = actor;
        return db;
    }
}
