namespace Campaign.Importing.Csv;

/// <summary>What an importer writes its rows with: the stage, who imports and when, and their decisions on matched rows.</summary>
internal sealed class CsvWriteContext(
    CampaignDbContext db, ImportStage stage, Actor actor, DateTimeOffset now, Func<int, DuplicateAction> decide, IProgress<CsvImportProgress>? progress, int total)
{
    private int _written;

    public CampaignDbContext Db { get; } = db;

    /// <summary>Where rows are written until the import commits them all at once.</summary>
    public ImportStage Stage { get; } = stage;
    public Actor Actor { get; } = actor;
    public DateTimeOffset Now { get; } = now;

    public DuplicateAction Decide(int row) => decide(row);

    /// <summary>A new record is its first version, created and last updated now.</summary>
    public void StampNew<T>(T entity) where T : IVersioned, ITimestamped
    {
        entity.Version = 1;
        entity.CreatedAt = entity.UpdatedAt = Now;
    }

    public void StampUpdated(ITimestamped entity) => entity.UpdatedAt = Now;

    /// <summary>Writes every entity through one prepared INSERT, each made ready first (stamps, ids of parents written just before).</summary>
    public async Task InsertAllAsync<T>(IEnumerable<T> entities, Action<T> prepare, CancellationToken cancellationToken) where T : class
    {
        await using var insert = await Stage.InsertAsync<T>(cancellationToken);
        foreach (var entity in entities)
        {
            prepare(entity);
            await insert.WriteAsync(entity, cancellationToken);
            Wrote(cancellationToken);
        }
    }

    /// <summary>Writes the given properties of every entity through one prepared UPDATE, each made ready first.</summary>
    public async Task UpdateAllAsync<T>(IEnumerable<T> entities, IEnumerable<string> properties, Action<T> prepare, CancellationToken cancellationToken)
        where T : class
    {
        await using var update = await Stage.UpdateAsync<T>(properties, cancellationToken);
        foreach (var entity in entities)
        {
            prepare(entity);
            await update.WriteAsync(entity, cancellationToken);
            Wrote(cancellationToken);
        }
    }

    public void Wrote(CancellationToken cancellationToken)
    {
        if (++_written % 2000 != 0) return;
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new CsvImportProgress("Importing", _written, total));
    }
}
