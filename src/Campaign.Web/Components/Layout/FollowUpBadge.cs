using Campaign.Engagements;
using Campaign.Users;

namespace Campaign.Web.Components.Layout;

/// <summary>The overdue count in the navigation, per circuit; pages that change follow-ups ask it to refresh.</summary>
public sealed class FollowUpBadge(FollowUpService followUps)
{
    public int? Overdue { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync(Actor actor)
    {
        Overdue = await followUps.OverdueCountAsync(actor);
        Changed?.Invoke();
    }
}
