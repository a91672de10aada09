namespace Campaign.Importing.Csv;

/// <summary>What an importer checks a file with: the database, the file and its column map, and where problems go.</summary>
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
