namespace Campaign.Web.Components.Errors;

/// <summary>
/// Runs what a button or form does so an exception becomes a message offering the action again, not a lost page with
/// what the user entered. One per component (transient), and its busy flag too.
/// </summary>
public sealed class ActionRunner(FailureLog log)
{
    private Func<Task>? _last;

    /// <summary>An action is running: disable its button so it is not started twice.</summary>
    public bool Busy { get; private set; }

    /// <summary>Why the last action failed; null while running and after a success.</summary>
    public Failure? Failure { get; private set; }

    /// <summary>Runs <paramref name="work"/>; true when it finished, false when it threw (and <see cref="Failure"/> says why).</summary>
    /// <param name="action">What the user was doing, for the log ("saving an interaction").</param>
    public Task<bool> RunAsync(string action, Func<Task> work)
    {
        _last = () => RunAsync(action, work);
        return RunCoreAsync(action, work);
    }

    /// <summary>Runs the last action again (the message's "Try again").</summary>
    public Task RetryAsync() => _last?.Invoke() ?? Task.CompletedTask;

    /// <summary>Forgets the message, e.g. when the user starts something else.</summary>
    public void Clear() => Failure = null;

    private async Task<bool> RunCoreAsync(string action, Func<Task> work)
    {
        Busy = true;
        Failure = null;
        try
        {
            // SQLite answers synchronously (a save waiting on a lock blocks until it gives up): yield first, so the
            // busy state ("Saving…", disabled buttons) is on screen while it waits.
            await Task.Yield();
            await work();
            return true;
        }
        catch (Exception exception)
        {
            Failure = log.Report(exception, action);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
