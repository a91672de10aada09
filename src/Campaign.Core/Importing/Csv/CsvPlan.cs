using Campaign.Data;
using Campaign.Users;

namespace Campaign.Importing.Csv;

/// <summary>What checking a file found: rows to add, rows that match existing records, and how to write them.</summary>
internal abstract class CsvPlan
{
    public List<CsvMatch> Matches { get; } = [];

    public int NewRows { get; protected set; }

    /// <summary>Rows about someone erased on request (by Parliament member id or email): skipped, while the rest are imported.</summary>
    public List<int> ErasedRows { get; } = [];

    public abstract Task<(int Created, int Updated, int Skipped)> WriteAsync(CsvWriteContext context, CancellationToken cancellationToken);
}

internal interface ICsvImporter
{
    Task<CsvPlan> PlanAsync(CsvPlanContext context, CancellationToken cancellationToken);
}

internal sealed class CsvPlanContext(
    CampaignDbContext db, CsvFile file, CsvColumnMap map, ProblemList problems, int? campaignId, IProgress<CsvImportProgress>? progress)
{
    public CampaignDbContext Db { get; } = db;
    public CsvFile File { get; } = file;
    public CsvColumnMap Map { get; } = map;
    public ProblemList Problems { get; } = problems;
    public int? CampaignId { get; } = campaignId;
    public StringLimits Limits { get; } = new(db.Model);

    /// <summary>Over-long text in an entity built from the row, reported against the column of the same name.</summary>
    public void CheckLengths(CsvRowReader row, object entity, IReadOnlyDictionary<string, string>? columnOf = null)
    {
        foreach (var (property, length, max) in Limits.Violations(entity))
            row.Problem(columnOf?.GetValueOrDefault(property) ?? property, $"is {length:N0} characters long; the most is {max:N0}");
    }

    /// <summary>Each record loaded into the reader in turn, reporting progress and heeding cancellation as the check goes.</summary>
    public IEnumerable<CsvRecord> Rows(CsvRowReader reader, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var record in File.Records)
        {
            Checked(++done, cancellationToken);
            reader.Load(record);
            yield return record;
        }
    }

    private void Checked(int done, CancellationToken cancellationToken)
    {
        if (done % 2000 != 0) return;
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new CsvImportProgress("Checking", done, File.Records.Count));
    }
}

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
