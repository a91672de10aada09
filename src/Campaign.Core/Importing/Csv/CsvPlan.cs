namespace Campaign.Importing.Csv;

/// <summary>
/// One import of a file: checking it (<see cref="PlanAsync"/>) finds rows to add, rows that match existing records
/// and rows about someone erased; writing it (<see cref="WriteAsync"/>) stages them once nothing is wrong.
/// </summary>
internal abstract class CsvPlan
{
    public List<CsvMatch> Matches { get; } = [];

    public abstract int NewRows { get; }

    /// <summary>Rows about someone erased on request (by Parliament member id or email): skipped, while the rest are imported.</summary>
    public List<int> ErasedRows { get; } = [];

    public abstract Task PlanAsync(CsvPlanContext context, CancellationToken cancellationToken);

    public abstract Task<(int Created, int Updated, int Skipped)> WriteAsync(CsvWriteContext context, CancellationToken cancellationToken);
}

/// <summary>A row that passed its checks: its number in the file, and the existing record it matches, if any.</summary>
internal abstract record CsvRow(int Number)
{
    public int? ExistingId { get; set; }
}
