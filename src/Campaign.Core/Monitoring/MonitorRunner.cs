using Campaign.Importing.Parliament;
using Campaign.Monitoring.Sources;
using Campaign.Positions;
using Microsoft.Extensions.Logging;

namespace Campaign.Monitoring;

/// <summary>
/// Runs a monitor: searches each source it watches for each phrase, then writes what was found in one transaction —
/// new items added, known ones updated (an answer, a withdrawn signature, a new stage), nothing repeated. If any source
/// cannot be read, nothing is written but the reason, so a half-read Parliament never looks like a quiet week.
/// Transient, like the typed clients it holds.
/// </summary>
public sealed class MonitorRunner(
    IDbContextFactory<CampaignDbContext> contexts, IEnumerable<IMonitorSource> sources, TimeProvider clock, ILogger<MonitorRunner> logger)
{
    private readonly IReadOnlyDictionary<MonitorSource, IMonitorSource> _sources = sources.ToDictionary(s => s.Source);

    /// <summary>
    /// Runs every active monitor of every campaign, one after another, as the system, then fetches the bills added by hand
    /// again (monitors refresh only the bills their phrases find): the nightly job.
    /// </summary>
    public async Task<IReadOnlyList<MonitorRunResult>> RunAllAsync(CancellationToken cancellationToken = default)
    {
        List<int> ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            ids = await db.ParliamentMonitors.Where(m => m.IsActive).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        var results = new List<MonitorRunResult>();
        foreach (var id in ids) results.Add(await RunAsync(Actor.System, id, null, cancellationToken));
        if (_sources.GetValueOrDefault(MonitorSource.Bills) is BillsSource bills) await RefreshHandAddedBillsAsync(bills, cancellationToken);
        return results;
    }

    private async Task RefreshHandAddedBillsAsync(BillsSource bills, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateForAsync(Actor.System, cancellationToken);
        var tracked = await db.TrackedBills.Include(b => b.Stages).Include(b => b.Amendments).Where(b => b.AddedByHand).AsSplitQuery().ToListAsync(cancellationToken);
        try
        {
            foreach (var bill in tracked)
                if (await bills.BillAsync(bill.BillId, [], new SourceTally(), cancellationToken) is { Bill: not null } hit)
                    BillCopy.Apply(bill, hit);
        }
        catch (ParliamentApiException ex)
        {
            logger.LogWarning(ex, "The bills added by hand were not refreshed: {Reason}", ex.Message);
            return;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MonitorRunResult> RunAsync(Actor actor, int monitorId, IProgress<MonitorRunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ImportData);
        ParliamentMonitor? monitor;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            monitor = await db.ParliamentMonitors.AsNoTracking().SingleOrDefaultAsync(m => m.Id == monitorId, cancellationToken);
        if (monitor is null) return new MonitorRunResult(MonitorRunStatus.NotFound, "That monitor no longer exists.", 0, 0, 0, new Dictionary<MonitorSource, int>());

        var watched = monitor.Watched.Where(_sources.ContainsKey).Select(s => _sources[s]).ToList();
        IReadOnlyList<SourceHit> hits;
        var phraseOf = new Dictionary<(MonitorSource, string), HashSet<string>>();
        try
        {
            hits = await FetchAsync(monitor, watched, phraseOf, progress, cancellationToken);
        }
        catch (ParliamentApiException ex)
        {
            logger.LogWarning(ex, "Monitor {Monitor} could not be run.", monitor.Name);
            await RecordOutcomeAsync(actor, monitorId, ex.Message, cancellationToken);
            return MonitorRunResult.Failure(ex.Message);
        }

        var write = await MonitorWriter.WriteAsync(contexts, actor, monitor.CampaignId, hits, phraseOf, clock.GetUtcNow(), cancellationToken);
        var bySource = hits.GroupBy(h => h.Source).ToDictionary(g => g.Key, g => g.Count());
        var message = write.Added == 0 && write.Updated == 0
            ? $"Nothing new: {Wording.Count(hits.Count, "item")} found, all seen before."
            : $"{Wording.Count(write.Added, "new item")}, {Wording.Count(write.Updated, "item")} updated ({string.Join(", ", bySource.Select(s => $"{Describe(s.Key)} {s.Value}"))}).";
        await RecordOutcomeAsync(actor, monitorId, message, cancellationToken);
        return new MonitorRunResult(MonitorRunStatus.Ran, message, hits.Count, write.Added, write.Updated, bySource);
    }

    public static string Describe(MonitorSource source) => source switch
    {
        MonitorSource.Hansard => "Hansard",
        MonitorSource.WrittenQuestions => "written questions",
        MonitorSource.EarlyDayMotions => "Early Day Motions",
        MonitorSource.Bills => "bills",
        _ => source.ToString(),
    };

    /// <summary>Each source's phrases one after another; the sources side by side (each client limits its own requests).</summary>
    private static async Task<IReadOnlyList<SourceHit>> FetchAsync(
        ParliamentMonitor monitor, IReadOnlyList<IMonitorSource> watched, Dictionary<(MonitorSource, string), HashSet<string>> phraseOf,
        IProgress<MonitorRunProgress>? progress, CancellationToken cancellationToken)
    {
        var done = 0;
        SourceTally? tally = null;
        tally = new SourceTally(progress is null ? null : new InlineProgress<SourceProgress>(p =>
            progress.Report(new MonitorRunProgress(Volatile.Read(ref done), watched.Count, p.Requests, p.ItemsFound))));
        progress?.Report(new MonitorRunProgress(0, watched.Count, 0, 0));
        var perSource = await Task.WhenAll(watched.Select(async source =>
        {
            var found = new List<(SourceHit Hit, string Phrase)>();
            foreach (var phrase in monitor.Phrases)
                found.AddRange((await source.SearchAsync(phrase, monitor.StartDate, tally, cancellationToken)).Select(h => (h, phrase)));
            Interlocked.Increment(ref done);
            progress?.Report(new MonitorRunProgress(Volatile.Read(ref done), watched.Count, tally.Requests, tally.Items));
            return found;
        }));
        var unique = new Dictionary<(MonitorSource, string), SourceHit>();
        foreach (var (hit, phrase) in perSource.SelectMany(f => f))
        {
            var key = (hit.Source, hit.SourceId);
            unique[key] = hit;
            if (!phraseOf.TryGetValue(key, out var phrases)) phraseOf[key] = phrases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            phrases.Add(phrase);
        }
        return [.. unique.Values];
    }

    private Task<int> RecordOutcomeAsync(Actor actor, int monitorId, string outcome, CancellationToken cancellationToken) =>
        WithContextAsync(actor, db => db.ParliamentMonitors.Where(m => m.Id == monitorId).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.LastRunAt, clock.GetUtcNow())
            .SetProperty(m => m.LastRunOutcome, outcome.Length > FieldLengths.Line ? outcome[..FieldLengths.Line] : outcome), cancellationToken), cancellationToken);

    private async Task<int> WithContextAsync(Actor actor, Func<CampaignDbContext, Task<int>> work, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateForAsync(actor, cancellationToken);
        return await work(db);
    }

    /// <summary>Reports on the calling thread: <see cref="Progress{T}"/> would post to a context the runner does not need.</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
