namespace Campaign.Web.Components.Pages.Importing;

/// <summary>
/// Progress from work running on the thread pool (an import, a fetch from Parliament), shown at most ten times a
/// second: each report re-renders through the circuit's dispatcher, and 100,000 rows or hundreds of pages would
/// otherwise mean thousands of renders. A report that arrives too soon is shown a moment later, so the latest one is
/// always on screen even when the work then pauses (a slow page).
/// </summary>
internal sealed class UiProgress<T>(Func<Action, Task> invokeAsync, Action stateHasChanged) : IProgress<T>
    where T : class
{
    private const long Interval = 100;
    private long _lastShown;
    private int _pending;
    private T? _current;

    public T? Current => Volatile.Read(ref _current);

    public void Report(T value)
    {
        Volatile.Write(ref _current, value);
        var wait = Interval - (Environment.TickCount64 - Interlocked.Read(ref _lastShown));
        if (wait <= 0)
        {
            Show();
            return;
        }
        // One render is enough for every report until then.
        if (Interlocked.Exchange(ref _pending, 1) == 1) return;
        _ = Task.Delay(TimeSpan.FromMilliseconds(wait)).ContinueWith(_ =>
        {
            Volatile.Write(ref _pending, 0);
            Show();
        }, TaskScheduler.Default);
    }

    public void Clear() => Volatile.Write(ref _current, null);

    private void Show()
    {
        Interlocked.Exchange(ref _lastShown, Environment.TickCount64);
        _ = invokeAsync(stateHasChanged);
    }
}
