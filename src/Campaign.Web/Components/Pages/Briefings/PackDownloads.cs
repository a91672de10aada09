using Campaign.Briefings;
using Campaign.Web.Endpoints;
using Campaign.Web.Identity;
using Microsoft.JSInterop;
using MudBlazor;

namespace Campaign.Web.Components.Pages.Briefings;

/// <summary>
/// Makes a pack from a page. Making a pack records it, so it happens in the circuit, never on a GET: the service makes
/// and stores it, then the browser downloads the stored file from /briefings/{id}/download and the page stays.
/// </summary>
public sealed class PackDownloads(BriefingService briefings, ActorAccessor actors, IJSRuntime js, ISnackbar snackbar)
{
    public Task MakeForStakeholderAsync(int stakeholderId, BriefingEdition edition, IReadOnlyList<PackAppendixRequest>? appendices = null) =>
        MakeAsync(actor => briefings.ExportStakeholderPackAsync(actor, stakeholderId, edition, appendices ?? []));

    public Task MakeForMeetingAsync(int interactionId, BriefingEdition edition) =>
        MakeAsync(actor => briefings.ExportMeetingPackAsync(actor, interactionId, edition));

    private async Task MakeAsync(Func<Users.Actor, Task<BriefingDownload?>> make)
    {
        try
        {
            var pack = await make(await actors.GetAsync());
            if (pack is null)
            {
                snackbar.Add("That record no longer exists, so no pack was made.", Severity.Warning);
                return;
            }
            await using var downloads = await js.InvokeAsync<IJSObjectReference>("import", "./js/downloads.js");
            await downloads.InvokeVoidAsync("download", BriefingEndpoints.Download(pack.PackId));
        }
        catch (BriefingException e)
        {
            snackbar.Add(e.Message, Severity.Warning);
        }
    }
}
