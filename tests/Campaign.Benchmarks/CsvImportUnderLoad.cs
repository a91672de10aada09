using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Campaign.Engagements;
using Campaign.Importing;
using Campaign.Importing.Csv;

namespace Campaign.Benchmarks;

/// <summary>
/// "CSV import: write lock + 4 users saving": the 100,000-interaction import through the app's service, while four
/// people each save a meeting through InteractionService every 200 ms (on their own contexts, as four circuits would).
/// Reports how long the import's write transaction held the lock (goal ≤ 3 s at base scale), every save's time (median,
/// p95 and the slowest) and how many saves failed (goal 0). A fresh copy of the database per run.
/// </summary>
public static class CsvImportUnderLoad
{
    private const int Users = 4;
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);

    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(BenchmarkContext context)
    {
        var (file, rows) = InteractionCsvBuilder.Build(context.Data, context.Fixed(100_000));
        var runs = context.Quick ? 1 : 3;
        var (held, heldCpu, imports, saves) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var failures = new ConcurrentBag<string>();

        var warmUp = InteractionCsvBuilder.Build(context.Data, Math.Min(1000, rows.Count));
        await RunAsync(context, warmUp.File, warmUp.Rows.Count, new ConcurrentBag<double>(), new ConcurrentBag<string>());
        for (var run = 0; run < runs; run++)
        {
            var times = new ConcurrentBag<double>();
            var (lockHeld, lockCpu, import) = await RunAsync(context, file, rows.Count, times, failures);
            held.Add(lockHeld.TotalMilliseconds);
            heldCpu.Add(lockCpu.TotalMilliseconds);
            imports.Add(import.TotalMilliseconds);
            saves.AddRange(times);
        }

        var note = $"{rows.Count:N0} rows; median of {runs}";
        var lockMeasured = Measurement.FromTimes("csv import + 4 users: lock held", context.ScaleLabel, held) with
        {
            CpuMedian = Measurement.FromTimes("", "", heldCpu).Median,
            Note = $"{note}; BEGIN IMMEDIATE to COMMIT of the import's write transaction (cpu: the whole process meanwhile, users' saves included); " +
                   $"whole import {Measurement.Format(Measurement.FromTimes("", "", imports).Median, Measurement.Ms)}",
        };
        var saveMeasured = Measurement.FromTimes("csv import + 4 users: each save", context.ScaleLabel, saves) with
        {
            Note = $"{saves.Count:N0} saves by {Users} users, one every {Every.TotalMilliseconds:N0} ms each during the imports; slowest {Measurement.Format(saves.DefaultIfEmpty().Max(), Measurement.Ms)}",
        };
        var failed = Measurement.Value("csv import + 4 users: failed saves", context.ScaleLabel, failures.Count, Measurement.Count) with
        {
            Note = failures.IsEmpty ? $"of {saves.Count + failures.Count:N0}" : $"of {saves.Count + failures.Count:N0}: {string.Join("; ", failures.Take(3))}",
        };
        return
        [
            context.Scale == 1 ? context.WithGoal(lockMeasured, 3000) : lockMeasured,
            saveMeasured,
            context.WithGoal(failed, 0),
        ];
    }

    /// <summary>One import on a fresh copy with the users saving until it is done; returns the lock held, its CPU and the import's time.</summary>
    private static async Task<(TimeSpan Held, TimeSpan Cpu, TimeSpan Import)> RunAsync(
        BenchmarkContext context, UploadedFile file, int rows, ConcurrentBag<double> saveTimes, ConcurrentBag<string> failures)
    {
        await using var copy = context.Data.Copy();
        var probe = new WriteLockProbe();
        var csv = new CsvImportService(copy.ContextsWith(probe), context.Clock);
        var interactions = new InteractionService(copy.Contexts);
        using var stop = new CancellationTokenSource();

        var users = Enumerable.Range(0, Users).Select(user => Task.Run(() => SaveMeetingsAsync(context, interactions, user, saveTimes, failures, stop.Token))).ToList();
        var watch = Stopwatch.StartNew();
        var result = await csv.ImportAsync(context.Staff, new CsvImportRequest(CsvImportKind.Interactions, file));
        var import = watch.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(users);
        if (!result.Succeeded || result.Created != rows)
            throw new InvalidOperationException($"The CSV import failed ({result.ProblemCount} problems): {string.Join("; ", result.Problems.Take(5))}");
        var (held, cpu) = probe.Longest;
        return (held, cpu, import);
    }

    /// <summary>A person saving a meeting with two people every 200 ms (or straight after a save that took longer).</summary>
    private static async Task SaveMeetingsAsync(
        BenchmarkContext context, InteractionService interactions, int user, ConcurrentBag<double> saveTimes, ConcurrentBag<string> failures, CancellationToken stop)
    {
        var random = new Random(user);
        var next = Stopwatch.GetTimestamp();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var model = new InteractionEditModel
            {
                CampaignId = context.Data.CampaignId, Kind = InteractionKind.Meeting, OccurredAt = context.Data.Now.AddDays(-random.Next(1, 300)),
                Title = $"User {user} meeting {n}", AttendeeIds = [random.Next(1, context.Data.People + 1), random.Next(1, context.Data.People + 1)],
            };
            model.AttendeeIds = model.AttendeeIds.Distinct().ToList();
            var watch = Stopwatch.StartNew();
            try
            {
                var result = await interactions.LogAsync(context.Staff, model, CancellationToken.None);
                if (result.Succeeded) saveTimes.Add(watch.Elapsed.TotalMilliseconds);
                else failures.Add(string.Join(", ", result.Errors.SelectMany(e => e.Value)));
            }
            catch (Exception ex)
            {
                failures.Add($"{ex.GetType().Name}: {ex.Message} after {watch.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s");
            }
            next += (long)(Every.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, stop); }
                catch (OperationCanceledException) { return; }
            }
            else next = Stopwatch.GetTimestamp();
        }
    }
}
