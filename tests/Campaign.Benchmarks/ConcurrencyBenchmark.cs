using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace Campaign.Benchmarks;

/// <summary>
/// "concurrency" (opt-in): twenty signed-in users, each a Chromium context of its own (so each holds a real circuit),
/// going dashboard → directory → a profile from the directory → dashboard … about once a second for the run (two
/// minutes; <c>--duration</c>), against the app as a Release process of its own. User 1 is the measuring user.
/// Reports its navigations' p50/p95 (goal p95 ≤ 300 ms), the navigations done, the app's and the browsers' CPU time
/// per navigation, circuits lost and failed navigations (goal 0), and the app's memory per circuit: resident memory
/// and, from heap snapshots, the managed heap with twenty circuits against one, and which types grew.
/// </summary>
public static class ConcurrencyBenchmark
{
    private const int Users = 20;
    private const double NavigationGoalMs = 300;
    private static readonly TimeSpan Pace = TimeSpan.FromSeconds(1);

    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(BenchmarkContext context)
    {
        if (!BrowserBenchmarks.CanRun(context, "concurrency")) return [];
        var users = context.Quick ? 2 : Users;
        var duration = context.Duration ?? TimeSpan.FromSeconds(context.Quick ? 5 : 120);
        // A heap snapshot pauses the app and takes seconds: not worth it under --quick, which only checks the entry works.
        var snapshots = !context.Quick;
        await using var rig = await BrowserRig.StartAsync(context, users);
        var pages = new List<IPage> { await rig.SignInAsync(1) };
        var links = await AppPages.NavLinksAsync(pages[0]);
        var route = new Route(links.Single(l => l.Href == "/"), links.Single(l => l.Href == "/stakeholders"));

        // Warm: the measuring user goes round once, untimed (from the dashboard, where signing in lands, back to it);
        // then the app's memory with this one circuit.
        var warm = new UserRun(0);
        for (var step = 1; step <= Route.Steps; step++) await route.StepAsync(pages[0], step, warm);
        var one = await MemoryAsync(rig, snapshots);

        for (var n = 2; n <= users; n++) pages.Add(await rig.SignInAsync(n));
        Console.WriteLine($"concurrency: {users} users signed in; running for {duration.TotalSeconds:N0} s");

        var (serverBefore, clientBefore, wall) = (rig.App.Cpu, ClientCpu(rig), Stopwatch.StartNew());
        using var stop = new CancellationTokenSource(duration);
        var runs = pages.Select((page, i) => new UserRun(i)).ToList();
        await Task.WhenAll(pages.Select((page, i) => Task.Run(() => runs[i].LoopAsync(page, route, stop.Token))));
        var (server, client, elapsed) = (rig.App.Cpu - serverBefore, ClientCpu(rig) - clientBefore, wall.Elapsed);

        var all = await MemoryAsync(rig, snapshots);
        await KeepScreenshotAsync(pages[0], route, context);
        return Report(context, users, elapsed, runs, server, client, rig.Reconnects, one, all);
    }

    private static IReadOnlyList<Measurement> Report(BenchmarkContext context, int users, TimeSpan elapsed, List<UserRun> runs,
        TimeSpan server, TimeSpan client, int reconnects, Memory one, Memory all)
    {
        var scale = context.ScaleLabel;
        var navigations = runs.Sum(r => r.Times.Count);
        var failed = runs.Sum(r => r.Failures.Count);
        double Per(TimeSpan cpu) => navigations == 0 ? 0 : cpu.TotalMilliseconds / navigations;
        string Cores(TimeSpan cpu) => $"{cpu.TotalSeconds / elapsed.TotalSeconds:N2} cores busy over {elapsed.TotalSeconds:N0} s";
        var circuits = users - 1;
        var measuring = runs[0];
        var others = runs.Skip(1).SelectMany(r => r.Times).ToList();
        var rows = new List<Measurement>
        {
            context.WithGoal(Measurement.FromTimes("concurrency: measuring user nav", scale, measuring.Times), NavigationGoalMs) with
            {
                GoalOnP95 = true,
                Note = $"user 1 of {users}: {measuring.Describe()}; click to data shown, in the page",
            },
            (others.Count == 0 ? Measurement.Value("concurrency: load users' nav", scale, 0, Measurement.Ms)
                : Measurement.FromTimes("concurrency: load users' nav", scale, others)) with { Note = $"the other {users - 1} users, the same way" },
            Measurement.Value("concurrency: navigations", scale, navigations, Measurement.Count) with
            {
                Note = $"{users} users for {elapsed.TotalSeconds:N0} s: {navigations / elapsed.TotalSeconds:N1} a second (goal pace {users / Pace.TotalSeconds:N0})",
            },
            Measurement.Value("concurrency: server cpu per nav", scale, Per(server), Measurement.Ms) with
            {
                Note = $"the app's user+system time {Measurement.Format(server.TotalMilliseconds, Measurement.Ms)} ÷ every user's navigations; {Cores(server)}",
            },
            Measurement.Value("concurrency: client cpu per nav", scale, Per(client), Measurement.Ms) with
            {
                Note = $"Chromium, Playwright's driver and this harness on the same machine: {Cores(client)}",
            },
            context.WithGoal(Measurement.Value("concurrency: circuits lost", scale, reconnects, Measurement.Count), 0) with
            {
                Note = "times a page showed Blazor's reconnect dialog",
            },
            context.WithGoal(Measurement.Value("concurrency: failed navigations", scale, failed, Measurement.Count), 0) with
            {
                Note = failed == 0 ? $"of {navigations + failed:N0}" : $"of {navigations + failed:N0}: {string.Join("; ", runs.SelectMany(r => r.Failures).Take(3))}",
            },
            Measurement.Value("concurrency: RSS per circuit", scale, (all.ResidentMb - one.ResidentMb) / circuits, Measurement.MB) with
            {
                Note = $"app resident memory {one.ResidentMb:N0} MB with 1 circuit, {all.ResidentMb:N0} MB with {users}, ÷ {circuits} (server GC: includes heap it keeps)",
            },
        };
        if (one.Heap is { } before && all.Heap is { } after)
        {
            var growth = after.GrowthSince(before).Take(5).Select(t => $"{t.Type} {t.Bytes / 1024.0 / circuits:N0} KB");
            rows.Add(Measurement.Value("concurrency: heap per circuit", scale, MemoryBenchmarks.Megabytes(after.TotalBytes - before.TotalBytes) / circuits, Measurement.MB) with
            {
                Note = $"live managed objects {MemoryBenchmarks.Megabytes(before.TotalBytes):N1} → {MemoryBenchmarks.Megabytes(after.TotalBytes):N1} MB (dotnet-gcdump); most per circuit: {string.Join(", ", growth)}; reports {before.ReportPath}, {after.ReportPath}",
            });
        }
        else if ((one.Problem ?? all.Problem) is { } problem)
        {
            Console.WriteLine($"concurrency: no heap snapshot: {problem}");
        }
        return rows;
    }

    /// <summary>The app's resident memory and (if asked) its live heap by type, once it has settled for a moment.</summary>
    private static async Task<Memory> MemoryAsync(BrowserRig rig, bool snapshot)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        var (heap, problem) = snapshot ? await HeapSnapshot.TakeAsync(rig.App.Pid) : (null, null);
        // After the snapshot's full collection, so both readings are of a collected heap.
        return new Memory(ProcessStats.ResidentMb(rig.App.Pid) ?? 0, heap, problem);
    }

    private sealed record Memory(double ResidentMb, HeapSnapshot? Heap, string? Problem);

    /// <summary>What the browsers and this harness (Playwright's client) used: everything under this process but the app.</summary>
    private static TimeSpan ClientCpu(BrowserRig rig)
    {
        using var self = Process.GetCurrentProcess();
        return ProcessStats.DescendantsCpu(Environment.ProcessId, rig.App.Pid) + self.TotalProcessorTime;
    }

    /// <summary>BENCHMARK_SHOTS=DIR keeps the measuring user's dashboard, to see that it really shows the data.</summary>
    private static async Task KeepScreenshotAsync(IPage page, Route route, BenchmarkContext context)
    {
        if (Environment.GetEnvironmentVariable("BENCHMARK_SHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.GotoAsync("/");
        await PageTimer.WaitAsync(page, route.Dashboard.Ready);
        var file = Path.Combine(folder, $"concurrency-{context.ScaleLabel.TrimEnd('×')}-dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Console.WriteLine($"concurrency: kept {file}");
    }

    /// <summary>Dashboard, directory, a profile opened from the directory; each step timed from its click.</summary>
    private sealed class Route(NavLink dashboard, NavLink directory)
    {
        public const int Steps = 3;

        public NavLink Dashboard => dashboard;

        public async Task StepAsync(IPage page, int step, UserRun run)
        {
            var ms = (step % Steps) switch
            {
                0 => await PageTimer.TimeAsync(page, dashboard.Ready, () => AppPages.Link(page, dashboard).ClickAsync()),
                1 => await PageTimer.TimeAsync(page, directory.Ready, () => AppPages.Link(page, directory).ClickAsync()),
                _ => await PageTimer.TimeAsync(page, AppPages.Profile,
                    () => page.Locator("main tbody.mud-table-body td[data-label=\"Name\"] a").Nth(run.Random.Next(20)).ClickAsync()),
            };
            run.Times.Add(ms);
        }
    }

    /// <summary>One user's loop and what it saw.</summary>
    private sealed class UserRun(int index)
    {
        public Random Random { get; } = new(index);
        public ConcurrentBag<double> Times { get; } = [];
        public ConcurrentQueue<string> Failures { get; } = new();

        public string Describe() => $"{Times.Count:N0} navigations, {Failures.Count} failed";

        /// <summary>
        /// A step a second (or straight after one that took longer), starting at a random point of the first second, from
        /// the dashboard (where signing in lands: a click on the page already shown would change nothing).
        /// </summary>
        public async Task LoopAsync(IPage page, Route route, CancellationToken stop)
        {
            try { await Task.Delay(Random.Next(1000), stop); }
            catch (OperationCanceledException) { return; }
            for (var step = 1; !stop.IsCancellationRequested; step++)
            {
                var started = Stopwatch.GetTimestamp();
                try { await route.StepAsync(page, step, this); }
                catch (PlaywrightException ex)
                {
                    Failures.Enqueue($"user {index + 1}: {ex.Message.Split('\n')[0]}");
                    if (Failures.Count == 1) Console.Error.WriteLine($"concurrency: {Failures.Last()}; page kept as {await PageTimer.KeepAsync(page, $"concurrency-user{index + 1}")}");
                    // Start again from a fresh load, as a person would reload; the route restarts at the directory.
                    await page.GotoAsync("/");
                    await Chromium.WaitForInteractiveAsync(page);
                    step = 0;
                }
                var wait = Pace - Stopwatch.GetElapsedTime(started);
                if (wait <= TimeSpan.Zero) continue;
                try { await Task.Delay(wait, stop); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
