using Campaign.Engagements;
using Campaign.Users;
using Campaign.Web.Components.Errors;

namespace Campaign.Web.Components.Layout;

/// <summary>The overdue count in the navigation, per circuit; pages that change follow-ups ask it to refresh.</summary>
public sealed class FollowUpBadge(FollowUpService followUps, FailureLog failures)
{
    public int? Overdue { get; private set; }

    public event Action? Changed;

    /// <summary>
    /// The navigation is outside every page's error boundary, so a failed count must not throw: it is logged and the
    /// last count stays. The badge is a reminder; the follow-ups page is the list.
    /// </summary>
    public async Task RefreshAsync(Actor actor)
    {
        try
        {
            Overdue = await followUps.OverdueCountAsync(actor);
        }
        catch (Exception exception)
        {
            failures.Report(exception, "counting overdue follow-ups");
            return;
        }
        Changed?.Invoke();
    }
}
