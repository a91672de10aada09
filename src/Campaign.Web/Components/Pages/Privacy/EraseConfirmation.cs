using MudBlazor;

namespace Campaign.Web.Components.Pages.Privacy;

/// <summary>The one wording for "are you sure" before erasing people, wherever erasure is offered.</summary>
internal static class EraseConfirmation
{
    public static async Task<bool> AskAsync(IDialogService dialogs, string who) =>
        await dialogs.ShowMessageBoxAsync($"Erase {who}?",
            "Names, contact details, notes, tags, posts, relationships and quotes are removed for good. The name is struck from contacts, " +
            "follow-ups, the audit trail and the import history; every stored briefing pack that mentions them is deleted (or rebuilt without " +
            "them); and imports will skip them from now on. Their kind, party, stances and attendance stay as anonymous counts, so the " +
            "campaign's figures do not change. This cannot be undone.",
            yesText: "Erase", cancelText: "Cancel") == true;
}
