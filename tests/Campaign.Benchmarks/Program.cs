using System.Diagnostics;
using System.Globalization;
using Campaign.Benchmarks;

// Usage: dotnet run -c Release --project tests/Campaign.Benchmarks -- [--scale 1|10] [--filter NAME] [--quick] [--cache DIR] [--duration SECONDS] [--load-client circuit|chromium] [--users N]
// --filter runs the entries whose name contains NAME (or any of NAME,NAME2) (and opt-in ones, such as "bulk packs (all MPs)", only then).
// --quick: a tiny campaign, every entry, no goals; CI runs it so the harness keeps working.
// --cache DIR: keep the generated campaign in DIR and reuse it next time (the 10× one takes minutes to generate).
// --duration SECONDS: how long the "concurrency" entry's users keep navigating (default 120; 5 under --quick).
// --load-client circuit|chromium: how its 19 load users are driven (default circuit: Blazor's circuit protocol, no browser).
// --users N: that entry's users, measuring user included (default 20), e.g. to compare the two kinds of load user.
var scale = ArgValue(args, "--scale") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : 1;
var filter = ArgValue(args, "--filter");
var quick = args.Contains("--quick");
if (quick) scale = 0.01;
TimeSpan? duration = ArgValue(args, "--duration") is { } d ? TimeSpan.FromSeconds(double.Parse(d, CultureInfo.InvariantCulture)) : null;

var watch = Stopwatch.StartNew();
await using var data = await SyntheticCampaign.CreateAsync(scale, ArgValue(args, "--cache"));
int? users = ArgValue(args, "--users") is { } u ? int.Parse(u, CultureInfo.InvariantCulture) : null;
var context = new BenchmarkContext(data, scale, quick, duration, ArgValue(args, "--load-client") ?? "circuit", users);
Console.WriteLine($"Generated {data.People:N0} people and {data.Interactions:N0} interactions ({context.ScaleLabel}) in {watch.Elapsed.TotalSeconds:N1} s");
Console.WriteLine($"Machine: {ResultsReport.Describe()}");

// One line per area: each area's entries live in their own file.
IEnumerable<Benchmark>[] areas =
[
    MemoryBenchmarks.Create(context), // first, so the memory is measured before the timed runs allocate
    QueryBenchmarks.Create(context),
    BriefingBenchmarks.Create(context),
    ImportBenchmarks.Create(context),
    MembersSyncBenchmarks.Create(context),
    MonitorBenchmarks.Create(context),
    LetterBenchmarks.Create(context),
    BrowserBenchmarks.Create(context), // opt-in: the real app in Chromium, one user and then twenty
];

ResultsReport.WriteHeader();
var results = new List<Measurement>();
foreach (var benchmark in areas.SelectMany(a => a).Where(b => b.Selected(filter, quick)))
{
    foreach (var result in await benchmark.MeasureAsync())
    {
        results.Add(result);
        ResultsReport.WriteRow(result);
    }
}

var managed = MemoryBenchmarks.Megabytes(GC.GetTotalMemory(forceFullCollection: true));
Console.WriteLine($"Managed memory after the runs: {managed:N1} MB; total time {watch.Elapsed.TotalSeconds:N0} s");
Console.WriteLine($"Wrote {await ResultsReport.WriteJsonAsync(context.ScaleLabel, results, managed)}");
if (results.Count == 0) Console.Error.WriteLine($"No benchmark matches --filter \"{filter}\".");
// Missed goals are reported, not failed on: the numbers depend on the machine. A broken entry throws instead.
return results.Count == 0 ? 1 : 0;

static string? ArgValue(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
