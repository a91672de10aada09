using Campaign.Importing.Csv;

namespace Campaign.Web.Components.Pages.Importing;

/// <summary>
/// Progress from an import running on the thread pool, shown at most ten times a second: each report re-renders
/// through the circuit's dispatcher, and 100,000 rows would otherwise mean thousands of renders.
/// </summary>
internal sealed class UiProgress(Func<Action, Task> invokeAsync, Action stateHasChanged) : IProgress<CsvImportProgress>
{
    private long _lastShown;

    public CsvImportProgress? Current { get; private set; }

    public void Report(CsvImportProgress value)
    {
        Current = value;
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastShown) < 100) return;
        Interlocked.Exchange(ref _lastShown, now);
        _ = invokeAsync(stateHasChanged);
    }

    public void Clear() => Current = null;
}
