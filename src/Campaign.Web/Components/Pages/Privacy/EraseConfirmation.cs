using MudBlazor;

namespace Campaign.Web.Components.Pages.Privacy;

/// <summary>The one wording for "are you sure" before erasing people, wherever erasure is offered.</summary>
internal static class EraseConfirmation
{
    public static async Task<bool> AskAsync(IDialogService dialogs, string who) =>
        await dialogs.ShowMessageBoxAsync($"Erase {who}?",
            "Names, contact details, notes, tags, posts, relationships and quotes are removed for good, and the name is struck from " +
            "contacts, follow-ups and the audit trail. Their stances and attendance stay, so the campaign's counts do not change. This cannot be undone.",
            yesText: "Erase", cancelText: "Cancel") == true;
}
