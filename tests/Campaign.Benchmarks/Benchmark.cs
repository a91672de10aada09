using Campaign.Users;

namespace Campaign.Benchmarks;

/// <summary>
/// One entry of the harness; <c>--filter</c> matches its name. An opt-in entry (too long for every run) runs only
/// when the filter names it, and always under <c>--quick</c>, where it is small. One entry may report several rows.
/// </summary>
public sealed record Benchmark(string Name, Func<Task<IReadOnlyList<Measurement>>> MeasureAsync, bool OptIn = false)
{
    public bool Selected(string? filter, bool quick) =>
        filter is null ? !OptIn || quick : filter.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(part => Name.Contains(part, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What every area's benchmarks share: the synthetic data, the scale, the clock and the acting user.</summary>
public sealed class BenchmarkContext(SyntheticCampaign data, double scale, bool quick, TimeSpan? duration = null, string loadClient = "circuit", int? users = null)
{
    public SyntheticCampaign Data { get; } = data;
    public double Scale { get; } = scale;
    public bool Quick { get; } = quick;
    public string ScaleLabel { get; } = quick ? "quick" : $"{scale:0.##}×";
    public RunPlan Fast => Quick ? RunPlan.Quick : RunPlan.Fast;
    public RunPlan Long => Quick ? RunPlan.Quick : RunPlan.Long;

    /// <summary>How long a load entry runs (<c>--duration SECONDS</c>); null: the entry's own default.</summary>
    public TimeSpan? Duration { get; } = duration;

    /// <summary>How the concurrency entry drives its load users (<c>--load-client circuit|chromium</c>).</summary>
    public string LoadClient { get; } = loadClient;

    /// <summary>How many users the concurrency entry signs in (<c>--users N</c>, to compare clients); null: its own twenty.</summary>
    public int? Users { get; } = users;
    public TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(data.Now, TimeSpan.Zero));

    /// <summary>Public affairs staff: may see confidential records, export packs and import data.</summary>
    public Actor Staff { get; } = new(SyntheticCampaign.UserId, "Benchmark", new HashSet<string> { Roles.PublicAffairs }, null);

    /// <summary>A coalition member: the coalition view (no confidential contacts, positions, notes or follow-ups).</summary>
    public Actor Coalition { get; } = new("coalition", "Coalition benchmark", new HashSet<string> { Roles.Coalition }, null);

    /// <summary>A base-scale count at this run's scale (at least one).</summary>
    public int Scaled(int count) => Math.Max(1, (int)(count * Scale));

    /// <summary>
    /// The fixed sizes (1,500 members, 100,000 rows, the import's own limit) at every scale but --quick: the
    /// imports are measured against a database ten times larger, not with ten times the file.
    /// </summary>
    public int Fixed(int count) => Quick ? Math.Max(1, (int)(count * Scale)) : count;

    /// <summary>--quick asserts no timing, so its rows carry no goal.</summary>
    public Measurement WithGoal(Measurement measurement, double? goal, bool minimum = false, double? p95Goal = null) =>
        Quick || (goal is null && p95Goal is null) ? measurement : measurement with { Goal = goal, GoalIsMinimum = minimum, P95Goal = p95Goal };

    /// <summary>An entry timing one call repeatedly (median and p95).</summary>
    public Benchmark Timed(string name, double? goalMs, Func<Task> run, RunPlan? plan = null, double? p95GoalMs = null) =>
        new(name, async () => [WithGoal(await Measurement.TakeAsync(name, ScaleLabel, plan ?? Fast, run), goalMs, p95Goal: p95GoalMs)]);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
