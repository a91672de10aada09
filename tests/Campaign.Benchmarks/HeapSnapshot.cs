using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Campaign.Benchmarks;

/// <summary>
/// The live objects of another .NET process by type, from dotnet-gcdump (a local tool in the repo's dotnet-tools.json:
/// <c>dotnet tool restore</c>). Collecting forces a full collection in that process, so the total is what it retains.
/// </summary>
public sealed partial record HeapSnapshot(long TotalBytes, IReadOnlyDictionary<string, long> BytesByType)
{
    /// <summary>The tool's report, kept in the temporary folder for a closer look.</summary>
    public string ReportPath { get; private init; } = "";

    /// <summary>The snapshot, or null with the reason it could not be taken (tool not restored, no diagnostics port).</summary>
    public static async Task<(HeapSnapshot? Snapshot, string? Problem)> TakeAsync(int pid)
    {
        var file = Path.Combine(Path.GetTempPath(), $"campaign-bench-{pid}-{Guid.NewGuid():N}.gcdump");
        try
        {
            var (collected, collectOutput) = await ToolAsync("collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file);
            if (!collected || !File.Exists(file)) return (null, $"dotnet-gcdump collect failed: {Last(collectOutput)}");
            var (reported, report) = await ToolAsync("report", file);
            if (!reported) return (null, $"dotnet-gcdump report failed: {Last(report)}");
            var kept = Path.ChangeExtension(file, ".txt");
            await File.WriteAllTextAsync(kept, report);
            return (Parse(report) with { ReportPath = kept }, null);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or TimeoutException)
        {
            return (null, ex.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Types whose bytes grew most from <paramref name="before"/> to this snapshot, largest first.</summary>
    public IEnumerable<(string Type, long Bytes)> GrowthSince(HeapSnapshot before) =>
        BytesByType.Select(t => (t.Key, t.Value - before.BytesByType.GetValueOrDefault(t.Key))).Where(t => t.Item2 > 0).OrderByDescending(t => t.Item2);

    /// <summary>
    /// Reads the report's table ("bytes count type (size bucket) [assembly]", where bytes is the average size of one
    /// object of the type in that bucket), summing a type's buckets.
    /// </summary>
    private static HeapSnapshot Parse(string report)
    {
        long total = 0;
        var byType = new Dictionary<string, long>();
        foreach (var line in report.Split('\n'))
        {
            if (Total().Match(line) is { Success: true } t) total = Number(t.Groups[1].Value);
            else if (Row().Match(line) is { Success: true } row)
            {
                var type = row.Groups[3].Value.Trim();
                byType[type] = byType.GetValueOrDefault(type) + Number(row.Groups[1].Value) * Number(row.Groups[2].Value);
            }
        }
        return new HeapSnapshot(total, byType);
    }

    private static long Number(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static string Last(string output) => output.Trim().Split('\n').LastOrDefault()?.Trim() ?? "";

    /// <summary>Runs the local tool from the repository (where its manifest is), for at most two minutes.</summary>
    private static async Task<(bool Succeeded, string Output)> ToolAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", ["tool", "run", "dotnet-gcdump", .. args])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try { await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2)); }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode == 0, await output + await error);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "dotnet-tools.json"))) return dir.FullName;
        throw new IOException("dotnet-tools.json not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes")]
    private static partial Regex Total();

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+?)(?:\s+\(Bytes > [^)]*\))?\s+\[[^\]]*\]\s*$")]
    private static partial Regex Row();
}
