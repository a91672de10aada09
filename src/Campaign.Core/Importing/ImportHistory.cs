namespace Campaign.Importing;

public sealed record ImportBatchView(int Id, ImportKind Kind, string FileName, DateTimeOffset At, string UserName, int Rows, int Created, int Updated, int Skipped);

/// <summary>The imports made so far, newest first, for the import page.</summary>
public sealed class ImportHistory(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<IReadOnlyList<ImportBatchView>> RecentAsync(Actor actor, int take = 10, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ImportBatch>().AsNoTracking().OrderByDescending(b => b.Id).Take(Math.Clamp(take, 1, 100))
            .Select(b => new ImportBatchView(b.Id, b.Kind, b.FileName, b.At, b.UserName, b.Rows, b.Created, b.Updated, b.Skipped))
            .ToListAsync(cancellationToken);
    }
}
