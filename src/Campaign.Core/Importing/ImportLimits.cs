namespace Campaign.Importing;

/// <summary>What one upload may hold: larger files are refused before they are read.</summary>
public static class ImportLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const int MaxRows = 100_000;

    public static string Describe(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.0} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";

    public static ImportProblem TooLarge(long bytes) =>
        ImportProblem.File($"The file is {Describe(bytes)}; the most one upload may be is 20 MB. Split it into smaller files.");

    public static ImportProblem TooManyRows() =>
        ImportProblem.File($"The file has more than {MaxRows:N0} rows, the most one upload may have. Split it into smaller files.");
}
