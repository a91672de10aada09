using System.Diagnostics;

namespace Campaign.Benchmarks;

public sealed record Measurement(string Name, string Scale, int Runs, double MedianMs, double P95Ms, double? GoalMs)
{
    public string Verdict => GoalMs is not { } goal ? "" : MedianMs <= goal ? "met" : "MISSED";

    /// <summary>Warm up, then time repeated runs (at least <paramref name="minRuns"/>, up to about two seconds).</summary>
    public static async Task<Measurement> TakeAsync(string name, string scale, double? goalMs, Func<Task> run, bool quick, int minRuns = 10)
    {
        for (var i = 0; i < (quick ? 1 : 3); i++) await run();
        var times = new List<double>();
        var budget = Stopwatch.StartNew();
        while (times.Count < (quick ? 2 : minRuns) || (!quick && budget.Elapsed < TimeSpan.FromSeconds(2) && times.Count < 200))
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Measurement(name, scale, times.Count, Percentile(times, 0.5), Percentile(times, 0.95), goalMs);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
