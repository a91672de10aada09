using System.Diagnostics;
using System.Globalization;

namespace Campaign.Benchmarks;

/// <summary>
/// One row of the results: a time in ms (median and p95 of the timed runs), or a ratio or a size.
/// A goal is a most (times, sizes) or a least (ratios); without a goal (and always under --quick) there is no verdict.
/// </summary>
public sealed record Measurement(string Name, string Scale, int Runs, double Median, double P95, string Unit = Measurement.Ms)
{
    public const string Ms = "ms";
    public const string Ratio = "ratio";
    public const string MB = "MB";
    public const string Count = "count";

    public double? Goal { get; init; }
    public bool GoalIsMinimum { get; init; }

    /// <summary>A most for the p95, alone or beside <see cref="Goal"/> (a page quick in the median but often slow still feels slow).</summary>
    public double? P95Goal { get; init; }
    public string? Note { get; init; }

    /// <summary>
    /// Median process CPU time per run (all threads, GC included). On a busy machine the wall-clock median waits for a
    /// core; the CPU time is what the work itself costs.
    /// </summary>
    public double? CpuMedian { get; init; }

    /// <summary>Met when the median meets <see cref="Goal"/> (if any) and the p95 meets <see cref="P95Goal"/> (if any).</summary>
    public string Verdict => Goal is null && P95Goal is null ? ""
        : (Goal is not { } goal || (GoalIsMinimum ? Median >= goal : Median <= goal)) && !(P95 > P95Goal) ? "met" : "MISSED";

    public string GoalText => string.Join(", ",
        new[] { Goal is { } goal ? $"{(GoalIsMinimum ? "≥" : "≤")} {GoalValue(goal)}" : null, P95Goal is { } p95 ? $"p95 ≤ {GoalValue(p95)}" : null }.OfType<string>());

    private string GoalValue(double goal) => Unit == Ms ? $"{goal.ToString("#,0.##", CultureInfo.InvariantCulture)} ms" : Format(goal, Unit);

    public static string Format(double value, string unit) => unit switch
    {
        Ms => value >= 1000 ? $"{value.ToString("N0", CultureInfo.InvariantCulture)} ms" : $"{value.ToString("N2", CultureInfo.InvariantCulture)} ms",
        Ratio => value.ToString("0.00", CultureInfo.InvariantCulture),
        Count => value.ToString("N0", CultureInfo.InvariantCulture),
        _ => $"{value.ToString("N1", CultureInfo.InvariantCulture)} {unit}",
    };

    /// <summary>A single value (memory, a ratio): one "run", median and p95 the same.</summary>
    public static Measurement Value(string name, string scale, double value, string unit) => new(name, scale, 1, value, value, unit);

    /// <summary>Median and p95 of timed runs, after the warm-up runs (whose times are dropped).</summary>
    public static async Task<Measurement> TakeAsync(string name, string scale, RunPlan plan, Func<Task<TimeSpan>> timedRun)
    {
        for (var i = 0; i < plan.WarmUps; i++) await timedRun();
        var times = new List<double>();
        var budget = Stopwatch.StartNew();
        while (times.Count < plan.MinRuns || (budget.Elapsed < plan.Budget && times.Count < plan.MaxRuns))
            times.Add((await timedRun()).TotalMilliseconds);
        return FromTimes(name, scale, times);
    }

    /// <summary>Times a whole call, for work with nothing to set up between runs; also its CPU time.</summary>
    public static async Task<Measurement> TakeAsync(string name, string scale, RunPlan plan, Func<Task> run)
    {
        var process = Process.GetCurrentProcess();
        var cpu = new List<double>();
        var measurement = await TakeAsync(name, scale, plan, async () =>
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await run();
            var elapsed = watch.Elapsed;
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            return elapsed;
        });
        var timed = cpu.Skip(plan.WarmUps).Order().ToList();
        return measurement with { CpuMedian = timed.Count == 0 ? null : Percentile(timed, 0.5) };
    }

    public static Measurement FromTimes(string name, string scale, IReadOnlyCollection<double> times)
    {
        var sorted = times.Order().ToList();
        return new Measurement(name, scale, sorted.Count, Percentile(sorted, 0.5), Percentile(sorted, 0.95));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>How often to run: warm-up runs, then at least MinRuns timed runs, more while within Budget (up to MaxRuns).</summary>
public sealed record RunPlan(int WarmUps, int MinRuns, TimeSpan Budget, int MaxRuns)
{
    /// <summary>Quick queries: 3 warm-ups, 10 to 200 runs within about two seconds.</summary>
    public static readonly RunPlan Fast = new(3, 10, TimeSpan.FromSeconds(2), 200);

    /// <summary>Work of a second or more: one warm-up and three timed runs.</summary>
    public static readonly RunPlan Long = new(1, 3, TimeSpan.Zero, 3);

    /// <summary>--quick: the harness only has to keep working, so one warm-up and two runs.</summary>
    public static readonly RunPlan Quick = new(1, 2, TimeSpan.Zero, 2);
}
