namespace Campaign.Importing.Csv;

public enum CsvImportKind
{
    Stakeholders,
    Organisations,
    Interactions,
    Positions,
}

/// <summary>What to do with a row that matches a record already in the database.</summary>
public enum DuplicateAction
{
    Skip,
    Update,
}

/// <summary>A column the import understands: its heading in templates and exports, and what it holds.</summary>
public sealed record CsvField(string Name, string Description, bool Required = false, params string[] Aliases);

/// <summary>An upload to preview or import. <see cref="Mapping"/> (field → file heading, null for none) overrides the automatic mapping.</summary>
public sealed record CsvImportRequest(CsvImportKind Kind, UploadedFile File)
{
    public int? CampaignId { get; init; }
    public IReadOnlyDictionary<string, string?>? Mapping { get; init; }
    public DuplicateAction Duplicates { get; init; } = DuplicateAction.Skip;
    public IReadOnlyDictionary<int, DuplicateAction> RowDecisions { get; init; } = new Dictionary<int, DuplicateAction>();

    public DuplicateAction DecisionFor(int row) => RowDecisions.TryGetValue(row, out var action) ? action : Duplicates;
}

public sealed record CsvImportProgress(string Stage, int Done, int Total)
{
    public double Percent => Total <= 0 ? 0 : Math.Min(100, 100.0 * Done / Total);
}

public sealed record CsvFieldMapping(string Field, string Description, bool Required, string? Column, string? Example);

/// <summary>A row that matches an existing record, and what it matched on (parliament id, email, name and kind…).</summary>
public sealed record CsvMatch(int Row, string MatchedOn, int ExistingId, string Existing);

public sealed record CsvImportPreview(
    CsvImportKind Kind,
    string FileName,
    string? Encoding,
    int Rows,
    IReadOnlyList<string> Headers,
    IReadOnlyList<CsvFieldMapping> Mapping,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<ImportProblem> Problems,
    int ProblemCount,
    IReadOnlyList<CsvMatch> Matches,
    int MatchCount,
    int NewRows)
{
    public const int ListLimit = 500;

    /// <summary>Rows skipped because they are about someone erased on request (row numbers of the file).</summary>
    public IReadOnlyList<int> ErasedRows { get; init; } = [];

    public bool CanImport => ProblemCount == 0 && Rows > 0;
}

public sealed record CsvImportResult(IReadOnlyList<ImportProblem> Problems, int ProblemCount, int Rows, int Created, int Updated, int Skipped, int? BatchId)
{
    /// <summary>Of <see cref="Skipped"/>, the rows about someone erased on request.</summary>
    public int ErasedSkipped { get; init; }

    public bool Succeeded => ProblemCount == 0 && BatchId is not null;
}
