using System.Diagnostics;
using System.Globalization;
using Campaign.Importing;
using Campaign.Importing.Csv;
using Campaign.Importing.Parliament;

namespace Campaign.Benchmarks;

/// <summary>
/// Imports through the app's own services, as the import page calls them (preview, then import), on a fresh copy
/// of the generated database per run: every run inserts, updates and checks the same rows, none finds its work
/// already done by the run before. Copying and building the files are not timed.
/// </summary>
public static class ImportBenchmarks
{
    public static IEnumerable<Benchmark> Create(BenchmarkContext context)
    {
        yield return new Benchmark("members import", () => MembersAsync(context));
        yield return new Benchmark("csv import", () => CsvInteractionsAsync(context));
        yield return new Benchmark("csv import: write lock + 4 users saving", () => CsvImportUnderLoad.MeasureAsync(context));
    }

    /// <summary>"Import 1,500 members" (goal ≤ 0.5 s): a Members API file previewed and imported by public affairs staff.</summary>
    private static async Task<IReadOnlyList<Measurement>> MembersAsync(BenchmarkContext context)
    {
        UploadedFile file;
        MembersFileBuilder.Expected expected;
        await using (var source = context.Data.Copy())
            (file, expected) = await MembersFileBuilder.BuildAsync(source, context.Fixed(1500), context.Data.Now);

        var previews = new List<double>();
        var commits = new List<double>();
        MembersChangeSummary? summary = null;
        var result = await Measurement.TakeAsync("members import: preview + commit", context.ScaleLabel, context.Fast with { WarmUps = 1, MinRuns = context.Quick ? 2 : 10 },
            async () =>
            {
                await using var database = context.Data.Copy();
                var members = new MembersImportService(database.Contexts, context.Clock);
                var watch = Stopwatch.StartNew();
                var preview = await members.PreviewAsync(context.Staff, file);
                var previewed = watch.Elapsed;
                var outcome = await members.ImportAsync(context.Staff, file);
                var total = watch.Elapsed;
                if (!outcome.Committed || outcome.Summary!.New.Count != expected.New || preview.Summary?.New.Count != expected.New)
                    throw new InvalidOperationException($"The members import did not do what the file asks ({expected.Describe()}): {Describe(outcome.Problems)}");
                summary = outcome.Summary;
                previews.Add(previewed.TotalMilliseconds);
                commits.Add((total - previewed).TotalMilliseconds);
                return total;
            });
        return [context.WithGoal(result, 500) with
        {
            Note = $"{Describe(summary!)}{(summary!.Changed.Count == expected.Changed ? "" : $" (the file was made for {expected.Describe()})")}; " +
                   $"preview {Median(previews.Skip(1)):N0} ms + commit {Median(commits.Skip(1)):N0} ms; a fresh database copy per run",
        }];
    }

    /// <summary>
    /// "CSV import of 100,000 interactions" next to a raw prepared insert of the same rows into another fresh copy,
    /// in the same run; the ratio raw ÷ app has the goal ≥ 0.3. Each run takes seconds, so the median of 3.
    /// </summary>
    private static async Task<IReadOnlyList<Measurement>> CsvInteractionsAsync(BenchmarkContext context)
    {
        var (file, rows) = InteractionCsvBuilder.Build(context.Data, context.Fixed(100_000));
        var runs = context.Quick ? 1 : 3;
        var (previews, commits, raws) = (new List<double>(), new List<double>(), new List<double>());
        var (commitCpu, locks, lockCpu) = (new List<double>(), new List<double>(), new List<double>());

        // Warm-up on a small file, so the timed runs are not paying for JIT compilation.
        var warmUp = InteractionCsvBuilder.Build(context.Data, Math.Min(1000, rows.Count));
        await CsvRunAsync(context, warmUp.File, warmUp.Rows, check: false);
        for (var run = 0; run < runs; run++)
        {
            var (preview, commit, raw, cpu, held) = await CsvRunAsync(context, file, rows, check: run == 0);
            previews.Add(preview);
            commits.Add(commit);
            raws.Add(raw);
            commitCpu.Add(cpu);
            locks.Add(held.Held.TotalMilliseconds);
            lockCpu.Add(held.Cpu.TotalMilliseconds);
        }

        var note = $"{rows.Count:N0} rows, {MemoryBenchmarks.Megabytes(file.Content.Length):N1} MB; median of {runs}";
        var commitMedian = Measurement.FromTimes("csv import: commit (app)", context.ScaleLabel, commits) with { CpuMedian = Measurement.FromTimes("", "", commitCpu).Median };
        var lockMedian = Measurement.FromTimes("csv import: write lock held (app)", context.ScaleLabel, locks) with { CpuMedian = Measurement.FromTimes("", "", lockCpu).Median };
        var rawMedian = Measurement.FromTimes("csv import: raw sqlite insert", context.ScaleLabel, raws);
        // Each run's app and raw insert ran back to back on the same machine load: the median of their ratios is steadier than a ratio of medians.
        var ratio = Measurement.FromTimes("", "", raws.Zip(commits, (raw, commit) => raw / commit).ToList());
        var previewMedian = Measurement.FromTimes("csv import: preview (app)", context.ScaleLabel, previews);
        return
        [
            previewMedian with { Note = note + "; reads and checks every row, writes nothing" },
            commitMedian with { Note = note + "; reads and checks every row, stages them, then writes them in one transaction, as the Import button does" },
            (context.Scale == 1 ? context.WithGoal(lockMedian, 3000) : lockMedian) with { Note = note + "; BEGIN IMMEDIATE to COMMIT of the import's one write transaction" },
            rawMedian with { Note = note + "; the same rows (interactions and their links) already resolved, one prepared INSERT per table, one transaction" },
            context.WithGoal(ratio with { Name = "csv import: ratio raw/commit", Scale = context.ScaleLabel, Unit = Measurement.Ratio }, 0.3, minimum: true) with
            {
                Note = $"raw ÷ commit time, median of the runs' ratios ({string.Join(", ", raws.Zip(commits, (raw, commit) => (raw / commit).ToString("0.00", CultureInfo.InvariantCulture)))}); " +
                       $"raw ÷ (preview + commit) medians is {rawMedian.Median / (previewMedian.Median + commitMedian.Median):0.00}",
            },
        ];
    }

    /// <summary>One run: preview and commit through CsvImportService on one fresh copy, the raw insert on another.</summary>
    private static async Task<(double Preview, double Commit, double Raw, double CommitCpu, (TimeSpan Held, TimeSpan Cpu) Lock)> CsvRunAsync(
        BenchmarkContext context, UploadedFile file, IReadOnlyList<InteractionCsvBuilder.Row> rows, bool check)
    {
        await using var appCopy = context.Data.Copy();
        await using var rawCopy = context.Data.Copy();
        var probe = new WriteLockProbe();
        var csv = new CsvImportService(appCopy.ContextsWith(probe), context.Clock);
        var process = Process.GetCurrentProcess();
        var request = new CsvImportRequest(CsvImportKind.Interactions, file);

        var watch = Stopwatch.StartNew();
        var preview = await csv.PreviewAsync(context.Staff, request);
        var previewed = watch.Elapsed;
        if (!preview.CanImport || preview.NewRows != rows.Count)
            throw new InvalidOperationException($"The CSV preview refused the file ({preview.ProblemCount} problems): {Describe(preview.Problems)}");
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        watch.Restart();
        var result = await csv.ImportAsync(context.Staff, request);
        var committed = watch.Elapsed;
        process.Refresh();
        var commitCpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        if (!result.Succeeded || result.Created != rows.Count)
            throw new InvalidOperationException($"The CSV import failed ({result.ProblemCount} problems): {Describe(result.Problems)}");

        var raw = await RawInteractionInsert.RunAsync(rawCopy, rows, context.Data.CampaignId, context.Staff.UserId!, context.Clock.GetUtcNow());
        if (check)
        {
            // "The same rows": both ways must leave the same number of rows in every table they write.
            string[] tables = ["Interactions", "InteractionAttendees", "InteractionStaff", "InteractionPartners", "InteractionAsks"];
            var (app, direct) = (await appCopy.CountAsync(tables), await rawCopy.CountAsync(tables));
            if (tables.FirstOrDefault(t => app[t] != direct[t]) is { } table)
                throw new InvalidOperationException($"The raw insert wrote {direct[table]:N0} rows into {table}, the app {app[table]:N0}: they are not the same rows.");
        }
        return (previewed.TotalMilliseconds, committed.TotalMilliseconds, raw.TotalMilliseconds, commitCpu, probe.Longest);
    }

    private static string Describe(MembersChangeSummary summary) =>
        $"{summary.MembersInFile:N0} members: {summary.New.Count:N0} new, {summary.Changed.Count:N0} changed (of whom {summary.Left.Count:N0} left), {summary.Unchanged:N0} unchanged";

    private static double Median(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : Measurement.FromTimes("", "", list).Median;
    }

    private static string Describe(IReadOnlyList<ImportProblem> problems) =>
        string.Join("; ", problems.Take(5).Select(p => p.ToString()));
}
