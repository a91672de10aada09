using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace Campaign.Benchmarks;

/// <summary>One user of the concurrency entry, however driven: a timed step of the route, and starting over after a failed one.</summary>
public interface IRouteUser
{
    /// <summary>Step <paramref name="step"/> of the route (1: directory, 2: a profile, 3: dashboard, …), in milliseconds.</summary>
    Task<double> StepAsync(int step, Random random);

    /// <summary>Back on the dashboard, as a person would reload after <paramref name="failure"/>.</summary>
    Task RecoverAsync(Exception failure);
}

/// <summary>Dashboard, directory, a profile opened from the directory; each step timed in the page from its click.</summary>
public sealed class ConcurrencyRoute(NavLink dashboard, NavLink directory)
{
    public const int Steps = 3;

    public NavLink Dashboard => dashboard;

    public async Task<double> StepAsync(IPage page, int step, Random random) => (step % Steps) switch
    {
        0 => await PageTimer.TimeAsync(page, dashboard.Ready, () => AppPages.Link(page, dashboard).ClickAsync()),
        1 => await PageTimer.TimeAsync(page, directory.Ready, () => AppPages.Link(page, directory).ClickAsync()),
        _ => await PageTimer.TimeAsync(page, AppPages.Profile,
            () => page.Locator("main tbody.mud-table-body td[data-label=\"Name\"] a").Nth(random.Next(20)).ClickAsync()),
    };
}

/// <summary>A user in a Chromium context of their own (the measuring user, and the load users under <c>--load-client chromium</c>).</summary>
public sealed class ChromiumUser(IPage page, ConcurrencyRoute route, int n) : IRouteUser
{
    private bool _kept;

    public IPage Page => page;

    public Task<double> StepAsync(int step, Random random) => route.StepAsync(page, step, random);

    public async Task RecoverAsync(Exception failure)
    {
        if (!_kept)
        {
            _kept = true;
            Console.Error.WriteLine($"concurrency: page kept as {await PageTimer.KeepAsync(page, $"concurrency-user{n}")}");
        }
        await page.GotoAsync("/");
        await Chromium.WaitForInteractiveAsync(page);
    }
}

/// <summary>One user's loop and what it saw.</summary>
public sealed class UserRun(int index, IRouteUser user)
{
    public IRouteUser User => user;
    public Random Random { get; } = new(index);
    public ConcurrentBag<double> Times { get; } = [];
    public ConcurrentQueue<string> Failures { get; } = new();

    public string Describe() => $"{Times.Count:N0} navigations, {Failures.Count} failed";

    /// <summary>
    /// A step a second (or straight after one that took longer), starting at a random point of the first second, from
    /// the dashboard (where signing in lands: a click on the page already shown would change nothing).
    /// </summary>
    public async Task LoopAsync(TimeSpan pace, CancellationToken stop)
    {
        try { await Task.Delay(Random.Next(1000), stop); }
        catch (OperationCanceledException) { return; }
        for (var step = 1; !stop.IsCancellationRequested; step++)
        {
            var started = Stopwatch.GetTimestamp();
            try { Times.Add(await user.StepAsync(step, Random)); }
            catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or TimeoutException)
            {
                Failures.Enqueue($"user {index + 1}: {ex.Message.Split('\n')[0]}");
                if (Failures.Count == 1) Console.Error.WriteLine($"concurrency: {Failures.Last()}");
                // Start again from a fresh load; the route restarts at the directory.
                try { await user.RecoverAsync(ex); }
                catch (Exception again) when (again is PlaywrightException or InvalidOperationException or TimeoutException)
                {
                    Failures.Enqueue($"user {index + 1}: starting again: {again.Message.Split('\n')[0]}");
                }
                step = 0;
            }
            var wait = pace - Stopwatch.GetElapsedTime(started);
            if (wait <= TimeSpan.Zero) continue;
            try { await Task.Delay(wait, stop); }
            catch (OperationCanceledException) { return; }
        }
    }
}
