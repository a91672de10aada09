using System.Runtime.InteropServices;
using System.Text.Json;

namespace Campaign.Benchmarks;

/// <summary>The results as a table on stdout (a row as each is measured) and as JSON in BenchmarkResults/, with the machine they ran on.</summary>
public static class ResultsReport
{
    private const string Row = "{0,-34} {1,-6} {2,12} {3,12} {4,12} {5,5}  {6,-21} {7,-7} {8}";

    public static void WriteHeader()
    {
        Console.WriteLine(Row, "benchmark", "scale", "median", "p95", "cpu median", "runs", "goal", "verdict", "note");
        Console.WriteLine(new string('-', 133));
    }

    public static void WriteRow(Measurement m) =>
        Console.WriteLine(Row, m.Name, m.Scale, Measurement.Format(m.Median, m.Unit), m.Runs > 1 ? Measurement.Format(m.P95, m.Unit) : "",
            m.CpuMedian is { } cpu ? Measurement.Format(cpu, Measurement.Ms) : "", m.Runs, m.GoalText, m.Verdict, m.Note);

    public static async Task<string> WriteJsonAsync(string scale, IReadOnlyList<Measurement> results, double managedMbAfterRuns)
    {
        var folder = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkResults");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"benchmarks-{scale.TrimEnd('×')}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        var report = new
        {
            scale,
            at = DateTimeOffset.UtcNow,
            machine = Machine(),
            managedMbAfterRuns,
            results = results.Select(r => new { r.Name, r.Scale, r.Unit, r.Median, r.P95, r.CpuMedian, r.Runs, r.Goal, r.P95Goal, GoalKind = r.Goal is null ? null : r.GoalIsMinimum ? "minimum" : "maximum", r.Verdict, r.Note }),
        };
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return file;
    }

    public static object Machine() => new
    {
        cores = Environment.ProcessorCount,
        cpu = CpuModel(),
        os = RuntimeInformation.OSDescription,
        runtime = RuntimeInformation.FrameworkDescription,
        memoryMb = Math.Round(MemoryBenchmarks.Megabytes(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)),
        // Others build on this machine at the same time: the load says how noisy the numbers may be.
        loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
    };

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores{(CpuModel() is { } cpu ? $" ({cpu})" : "")}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    private static string? CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
