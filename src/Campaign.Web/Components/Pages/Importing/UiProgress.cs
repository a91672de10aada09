namespace Campaign.Web.Components.Pages.Importing;

/// <summary>
/// Progress from work running on the thread pool (an import, a fetch from Parliament), shown at most ten times a
/// second: each report re-renders through the circuit's dispatcher, and 100,000 rows or hundreds of pages would
/// otherwise mean thousands of renders.
/// </summary>
internal sealed class UiProgress<T>(Func<Action, Task> invokeAsync, Action stateHasChanged) : IProgress<T>
    where T : class
{
    private long _lastShown;
    private T? _current;

    public T? Current => Volatile.Read(ref _current);

    public void Report(T value)
    {
        Volatile.Write(ref _current, value);
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastShown) < 100) return;
        Interlocked.Exchange(ref _lastShown, now);
        _ = invokeAsync(stateHasChanged);
    }

    public void Clear() => Volatile.Write(ref _current, null);
}
