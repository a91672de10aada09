using Campaign.Engagements.EmailDrop;

namespace Campaign.Web.Components.Pages.Interactions;

/// <summary>
/// Hands an email dropped on a profile or the interaction list to Log a contact, within the user's circuit. A draft is
/// taken once: nothing stays in the circuit after the form has it.
/// </summary>
public sealed class EmailDrafts
{
    private readonly Dictionary<string, EmailLogDraft> _drafts = [];

    public string Put(EmailLogDraft draft)
    {
        var key = Guid.NewGuid().ToString("N");
        _drafts.Clear();
        _drafts[key] = draft;
        return key;
    }

    public EmailLogDraft? Take(string? key) => key is not null && _drafts.Remove(key, out var draft) ? draft : null;
}
