using Campaign.Common;
using Microsoft.AspNetCore.Components;

namespace Campaign.Web.Components.Shared;

/// <summary>
/// What a record's create/edit form takes from its page: the model, how to save it (the page picks create or
/// update), what to do once saved or when the user wants the other person's version, and where Cancel goes.
/// </summary>
public abstract class RecordForm<TModel> : ComponentBase where TModel : class, new()
{
    [Parameter, EditorRequired] public TModel Model { get; set; } = new();

    [Parameter, EditorRequired] public Func<TModel, Task<SaveResult>> OnSave { get; set; } = _ => Task.FromResult(SaveResult.NotFound());

    [Parameter] public EventCallback<int> OnSaved { get; set; }

    [Parameter] public EventCallback OnReloadRequested { get; set; }

    [Parameter, EditorRequired] public string CancelHref { get; set; } = "";
}
