using System.Diagnostics;
using System.Text.Json;
using Campaign.Benchmarks;
using Campaign.Dashboard;
using Campaign.Engagements;
using Campaign.Stakeholders;
using Campaign.Users;

// Usage: dotnet run -c Release --project tests/Campaign.Benchmarks -- [--scale 1|10] [--filter NAME] [--quick]
var scale = ArgValue(args, "--scale") is { } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 1;
var filter = ArgValue(args, "--filter");
var quick = args.Contains("--quick");
if (quick) scale = 0.01;
var scaleLabel = quick ? "quick" : $"{scale:0.##}×";

var watch = Stopwatch.StartNew();
await using var data = await SyntheticCampaign.CreateAsync(scale);
Console.WriteLine($"Generated {data.People:N0} people and {data.Interactions:N0} interactions ({scaleLabel}) in {watch.Elapsed.TotalSeconds:N1} s");

var clock = new FixedClock(new DateTimeOffset(data.Now, TimeSpan.Zero));
var staff = new Actor("bench", "Benchmark", new HashSet<string> { Roles.PublicAffairs }, null);
var directory = new StakeholderDirectory(data.Contexts, clock);
var stakeholders = new StakeholderService(data.Contexts, clock);
var interactions = new InteractionService(data.Contexts);
var dashboard = new DashboardService(data.Contexts, clock);
var briefings = new Campaign.Briefings.BriefingService(data.Contexts, new Campaign.Templates.StatementEngine(), directory, clock);
var busiest = await data.BusiestPersonAsync();
// Full-text search: the synthetic rows are written with raw SQL, so the FTS triggers index them as they go in.
var search = new Campaign.Search.SearchService(data.Contexts);
var pages = 0;

var benchmarks = new (string Name, double? GoalMs, Func<Task> Run)[]
{
    ("stakeholder list", 10, () => directory.ListAsync(staff, new StakeholderListQuery
        { Kind = StakeholderKind.MP, Status = MembershipStatus.Current, SortBy = StakeholderSort.LastContacted, Direction = Campaign.Common.SortOrder.Descending, PageSize = 50 })),
    ("stakeholder search", null, () => directory.ListAsync(staff, new StakeholderListQuery { Search = "Patel", PageSize = 50 })),
    ("attendee suggest", null, () => directory.SuggestAsync(staff, "kha", 20)),
    ("profile", 20, () => stakeholders.GetProfileAsync(staff, 42)),
    ("interaction list", null, () => interactions.ListAsync(staff, new InteractionListQuery { Kind = InteractionKind.Meeting, PageSize = 50 })),
    ("dashboard", scale >= 10 ? 300 : 50, () => dashboard.GetAsync(staff, data.CampaignId)),
    ("full-text search", 20, () => search.SearchAsync(staff, "Patel")),
    // Both words are in every synthetic summary: 100,000 matches, the worst case (counted and ranked up to 1,000).
    ("full-text search (all)", 20, () => search.SearchAsync(staff, "clinical registration")),
    ("briefing pack", 100, async () =>
    {
        var pack = await briefings.ExportStakeholderPackAsync(staff, busiest, Campaign.Briefings.BriefingEdition.Internal);
        pages = pack is null ? 0 : PdfPages(pack.Content);
    }),
};

var results = new List<Measurement>();
foreach (var (name, goal, run) in benchmarks.Where(b => filter is null || b.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
{
    var result = await Measurement.TakeAsync(name, scaleLabel, quick ? null : goal, run, quick);
    results.Add(result);
    Console.WriteLine($"{result.Name,-22} {result.Scale,-6} median {result.MedianMs,8:N2} ms   p95 {result.P95Ms,8:N2} ms   runs {result.Runs,4}   {(result.GoalMs is { } g ? $"goal ≤ {g} ms: {result.Verdict}" : "")}");
}

if (pages > 0) Console.WriteLine($"The briefing pack had {pages} pages.");

// One bulk export of the MPs (650 at base scale): long, so timed once.
if (filter is null || "bulk packs".Contains(filter, StringComparison.OrdinalIgnoreCase))
{
    var bulkWatch = Stopwatch.StartNew();
    var zip = await briefings.ExportBulkAsync(staff, new StakeholderListQuery { Kind = StakeholderKind.MP }, "benchmark", Campaign.Briefings.BriefingEdition.Internal);
    var bulk = new Measurement("bulk packs (all MPs)", scaleLabel, 1, bulkWatch.Elapsed.TotalMilliseconds, bulkWatch.Elapsed.TotalMilliseconds, quick ? null : 60_000);
    results.Add(bulk);
    Console.WriteLine($"{bulk.Name,-22} {bulk.Scale,-6} once   {bulk.MedianMs,8:N0} ms   zip {zip.Content.Length / 1024.0 / 1024.0:N1} MB   {(bulk.GoalMs is { } g ? $"goal ≤ {g} ms: {bulk.Verdict}" : "")}");
}

var memory = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
Console.WriteLine($"Managed memory after the runs: {memory:N1} MB; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}");

var folder = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkResults");
Directory.CreateDirectory(folder);
var file = Path.Combine(folder, $"benchmarks-{scaleLabel.TrimEnd('×')}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { scale = scaleLabel, machine = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.ToString() }, memoryMb = memory, results },
    new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"Wrote {file}");
return results.Any(r => r.MedianMs < 0) ? 1 : 0;

// Counts "/Type /Page" objects: enough to report a pack's length without a PDF library in the harness.
static int PdfPages(byte[] pdf) =>
    System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;

static string? ArgValue(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
