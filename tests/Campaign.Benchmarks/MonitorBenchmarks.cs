using Campaign.Data;
using Microsoft.EntityFrameworkCore;
using System.Diagnostics;
using Campaign.Monitoring;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Campaign.Testing.Parliament;
using Microsoft.Extensions.Logging.Abstractions;

namespace Campaign.Benchmarks;

/// <summary>
/// Issue 19's budgets: a monitor run over the four sources returning 2,000 items in all from the fake APIs on loopback
/// (≤ 10 s end to end, fetch and write, a fresh database copy per run), and the inbox's first page with 10,000 items
/// (≤ 20 ms).
/// </summary>
public static class MonitorBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        yield return new Benchmark("monitor run", () => RunAsync(context));
        yield return new Benchmark("monitor inbox", () => InboxAsync(context));
    }

    private static async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context)
    {
        var perSource = context.Fixed(500);
        var from = DateOnly.FromDateTime(context.Data.Now).AddYears(-1);
        await using var api = await FakeParliamentMonitorApis.StartAsync();
        api.AddGenerated(perSource, from);
        await using var sources = new MonitorSourcesHarness(api, new Dictionary<string, string?> { ["Timeout"] = "00:00:30", ["AttemptTimeout"] = "00:00:10" });
        MonitorRunResult? last = null;
        var requests = 0;
        var result = await Measurement.TakeAsync("monitor run: 4 sources, fetch + write (end to end)", context.ScaleLabel,
            context.Fast with { WarmUps = 1, MinRuns = context.Quick ? 2 : 5 },
            async () =>
            {
                await using var database = context.Data.Copy();
                var monitorId = await AddMonitorAsync(database.Contexts, context, from);
                var before = api.Requests.Count;
                var runner = new MonitorRunner(database.Contexts, sources.All(), context.Clock, NullLogger<MonitorRunner>.Instance);
                var watch = Stopwatch.StartNew();
                last = await runner.RunAsync(context.Staff, monitorId);
                var elapsed = watch.Elapsed;
                if (last.Status != MonitorRunStatus.Ran) throw new InvalidOperationException($"The monitor did not run: {last.Message}");
                requests = api.Requests.Count - before;
                return elapsed;
            });
        return
        [
            context.WithGoal(result, 10_000) with { Note = $"{last!.Found:N0} items from the APIs, {last.Added:N0} inbox items (signatures are items); {requests:N0} requests" },
            Measurement.Value("monitor run: requests made", context.ScaleLabel, requests, Measurement.Count),
        ];
    }

    private static async Task<IReadOnlyList<Measurement>> InboxAsync(BenchmarkContext context)
    {
        await using var database = context.Data.Copy();
        await SeedItemsAsync(database.Contexts, context, context.Fixed(10_000));
        var inbox = new MonitorInbox(database.Contexts, new PositionService(database.Contexts, context.Clock), context.Clock);
        var query = new MonitorInboxQuery(context.Data.CampaignId);
        var first = await Measurement.TakeAsync("monitor inbox: first page of new items (10,000 items)", context.ScaleLabel, context.Fast,
            () => inbox.PageAsync(context.Staff, query));
        var week = await Measurement.TakeAsync("monitor: in Parliament this week (dashboard)", context.ScaleLabel, context.Fast,
            () => inbox.ThisWeekAsync(context.Staff, context.Data.CampaignId));
        return [context.WithGoal(first, 20), context.WithGoal(week, 20)];
    }

    private static async Task<int> AddMonitorAsync(IDbContextFactory<CampaignDbContext> contexts, BenchmarkContext context, DateOnly from)
    {
        var saved = await new MonitorService(contexts).CreateAsync(context.Staff, new MonitorEditModel
        {
            CampaignId = context.Data.CampaignId, Name = "Benchmark monitor", Phrases = FakeParliamentMonitorApis.GeneratedPhrase, StartDate = from,
        });
        return saved.Id ?? throw new InvalidOperationException(string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
    }

    /// <summary>Items spread over a year and the four sources, a fifth of them triaged, a third by people in the directory.</summary>
    private static async Task SeedItemsAsync(IDbContextFactory<CampaignDbContext> contexts, BenchmarkContext context, int count)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var people = await db.Stakeholders.Where(s => s.ParliamentMemberId != null).OrderBy(s => s.Id).Select(s => new { s.Id, s.ParliamentMemberId, s.DisplayName })
            .Take(500).ToListAsync();
        var now = new DateTimeOffset(context.Data.Now, TimeSpan.Zero);
        var text = string.Join(' ', Enumerable.Repeat("The Minister was asked whether every clinical technologist should be registered by the Health and Care Professions Council.", 8));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 0; n < count; n++)
        {
            var person = people[n % people.Count];
            var source = (MonitorSource)(n % 4);
            db.MonitorItems.Add(new MonitorItem
            {
                CampaignId = context.Data.CampaignId, Source = source, SourceId = $"bench-{n}", MemberId = person.ParliamentMemberId,
                MemberName = person.DisplayName, StakeholderId = n % 3 == 0 ? person.Id : null, Title = $"Healthcare science workforce {n}", Text = text,
                Date = DateOnly.FromDateTime(context.Data.Now).AddDays(-(n % 365)), Url = $"https://hansard.parliament.uk/bench/{n}",
                MatchedPhrases = [FakeParliamentMonitorApis.GeneratedPhrase], FirstSeenAt = now, LastChangedAt = now,
                Status = n % 5 == 0 ? TriageStatus.Dismissed : TriageStatus.New,
            });
        }
        await db.SaveChangesAsync();
    }
}
