using System.Diagnostics;
using Campaign.Dashboard;
using Campaign.Stakeholders;

namespace Campaign.Benchmarks;

/// <summary>
/// The app's memory once the data is loaded and the first pages were served: the managed heap after a full
/// collection, and the process working set (which also holds SQLite's page cache and the runtime). Runs before
/// the timed entries, so their allocations are not counted.
/// </summary>
public static class MemoryBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        yield return new Benchmark("memory after loading", async () =>
        {
            await new DashboardService(context.Data.Contexts, context.Clock).GetAsync(context.Staff, context.Data.CampaignId);
            await new StakeholderDirectory(context.Data.Contexts, context.Clock).ListAsync(context.Staff, new StakeholderListQuery { PageSize = 50 });
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            const string note = "after generating the data, one dashboard and one directory page";
            return
            [
                Measurement.Value("memory: managed heap", context.ScaleLabel, Megabytes(heap), Measurement.MB) with { Note = note },
                Measurement.Value("memory: working set", context.ScaleLabel, Megabytes(process.WorkingSet64), Measurement.MB) with { Note = note },
            ];
        });
    }

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);
}
