using Campaign.Users;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Campaign.Web.Components.Pages.Stakeholders;

/// <summary>What the profile hands each of its dialogs: who is acting, on which stakeholder; and the dialog itself, to close.</summary>
public abstract class StakeholderDialog : ComponentBase
{
    [CascadingParameter] protected IMudDialogInstance Dialog { get; set; } = null!;

    [Parameter, EditorRequired] public Actor Actor { get; set; } = null!;

    [Parameter] public int StakeholderId { get; set; }
}
