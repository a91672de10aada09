namespace Campaign.Importing;

/// <summary>
/// Why (part of) a file cannot be imported. <see cref="Row"/> is as a spreadsheet numbers it (the header is row 1)
/// for CSV, or the item's position for JSON; both are null for a problem with the whole file.
/// </summary>
public sealed record ImportProblem(int? Row, string? Column, string Reason)
{
    public static ImportProblem File(string reason) => new(null, null, reason);

    public override string ToString() =>
        (Row, Column) switch
        {
            (null, null) => Reason,
            (null, { } column) => $"{column}: {Reason}",
            ({ } row, null) => $"Row {row}: {Reason}",
            ({ } row, { } column) => $"Row {row}, {column}: {Reason}",
        };
}

/// <summary>A file refused as a whole (empty, too large, not text, not the expected format).</summary>
public sealed class ImportRefusedException(ImportProblem problem) : Exception(problem.Reason)
{
    public ImportProblem Problem { get; } = problem;
}
