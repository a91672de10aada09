using System.Diagnostics;
using Microsoft.Playwright;

namespace Campaign.Benchmarks;

/// <summary>
/// "concurrency" (opt-in): twenty signed-in users, each holding a real circuit, going dashboard → directory → a profile
/// from the directory → dashboard … about once a second for the run (two minutes; <c>--duration</c>), against the app as
/// a Release process of its own. User 1, the measuring user, is a Chromium page. The other nineteen load users speak
/// Blazor Server's circuit protocol themselves (<see cref="CircuitUser"/>): on two cores nineteen Chromium contexts
/// would take the cores from the app and from the measuring user; <c>--load-client chromium</c> makes them Chromium
/// contexts again. Reports the measuring user's navigations' p50/p95 (goal p95 ≤ 300 ms), the load users', the
/// navigations done, the app's and the clients' CPU time per navigation, circuits lost and failed navigations (goal 0),
/// and the app's memory per circuit: resident memory and, from heap snapshots, the managed heap with twenty circuits
/// against one, and which types grew.
/// </summary>
public static class ConcurrencyBenchmark
{
    private const int Users = 20;
    private const double NavigationGoalMs = 300;
    private static readonly TimeSpan Pace = TimeSpan.FromSeconds(1);

    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(BenchmarkContext context)
    {
        if (!BrowserBenchmarks.CanRun(context, "concurrency")) return [];
        var chromiumLoad = context.LoadClient switch
        {
            "circuit" => false,
            "chromium" => true,
            var other => throw new ArgumentException($"--load-client is circuit or chromium, not \"{other}\"."),
        };
        var users = context.Users ?? (context.Quick ? 2 : Users);
        if (users < 2) throw new ArgumentException("--users: at least 2 (the measuring user and a load user).");
        var duration = context.Duration ?? TimeSpan.FromSeconds(context.Quick ? 5 : 120);
        // A heap snapshot pauses the app and takes seconds: not worth it under --quick, which only checks the entry works.
        var snapshots = !context.Quick;
        await using var rig = await BrowserRig.StartAsync(context, users);
        var measuring = await rig.SignInAsync(1);
        var links = await AppPages.NavLinksAsync(measuring);
        var route = new ConcurrencyRoute(links.Single(l => l.Href == "/"), links.Single(l => l.Href == "/stakeholders"));

        // Warm: the measuring user goes round once, untimed (from the dashboard, where signing in lands, back to it);
        // then the app's memory with this one circuit.
        for (var step = 1; step <= ConcurrencyRoute.Steps; step++) await route.StepAsync(measuring, step, new Random(0));
        var one = await MemoryAsync(rig, snapshots);

        var loadUsers = new List<IRouteUser>();
        await using var circuits = new CircuitUsers();
        for (var n = 2; n <= users; n++)
            loadUsers.Add(chromiumLoad ? new ChromiumUser(await rig.SignInAsync(n), route, n) : await circuits.SignInAsync(rig.App.BaseUrl, n));
        var how = chromiumLoad ? "Chromium contexts" : "circuit-protocol clients";
        Console.WriteLine($"concurrency: {users} users signed in (user 1 in Chromium, the others {how}); running for {duration.TotalSeconds:N0} s");

        var (serverBefore, clientBefore, wall) = (rig.App.Cpu, ClientCpu(rig), Stopwatch.StartNew());
        using var stop = new CancellationTokenSource(duration);
        var runs = loadUsers.Prepend(new ChromiumUser(measuring, route, 1)).Select((user, i) => new UserRun(i, user)).ToList();
        await Task.WhenAll(runs.Select(run => Task.Run(() => run.LoopAsync(Pace, stop.Token))));
        var (server, client, elapsed) = (rig.App.Cpu - serverBefore, ClientCpu(rig) - clientBefore, wall.Elapsed);
        var load = ProcessStats.LoadAverage();

        var all = await MemoryAsync(rig, snapshots);
        circuits.ReportInterop();
        await KeepScreenshotAsync(measuring, route, context);
        var lost = rig.Reconnects + circuits.Lost;
        return Report(context, users, elapsed, runs, server, client, lost, one, all, how, load);
    }

    private static IReadOnlyList<Measurement> Report(BenchmarkContext context, int users, TimeSpan elapsed, List<UserRun> runs,
        TimeSpan server, TimeSpan client, int lost, Memory one, Memory all, string how, string? load)
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
            context.WithGoal(Measurement.FromTimes("concurrency: measuring user nav", scale, measuring.Times), goal: null, p95Goal: NavigationGoalMs) with
            {
                Note = $"user 1 of {users}: {measuring.Describe()}; click to data shown, in the page",
            },
            (others.Count == 0 ? Measurement.Value("concurrency: load users' nav", scale, 0, Measurement.Ms)
                : Measurement.FromTimes("concurrency: load users' nav", scale, others)) with { Note = $"the other {users - 1} users ({how}): navigation sent to the page's data rendered" },
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
                Note = $"Chromium, Playwright's driver and this harness (with the load users' circuits) on the same machine: {Cores(client)}; load average {load ?? "unknown"} after the run",
            },
            context.WithGoal(Measurement.Value("concurrency: circuits lost", scale, lost, Measurement.Count), 0) with
            {
                Note = "times a page showed Blazor's reconnect dialog, or a load user's circuit closed or was ended by the server",
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
    private static async Task KeepScreenshotAsync(IPage page, ConcurrencyRoute route, BenchmarkContext context)
    {
        if (Environment.GetEnvironmentVariable("BENCHMARK_SHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.GotoAsync("/");
        await PageTimer.WaitAsync(page, route.Dashboard.Ready);
        var file = Path.Combine(folder, $"concurrency-{context.ScaleLabel.TrimEnd('×')}-dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Console.WriteLine($"concurrency: kept {file}");
    }
}
