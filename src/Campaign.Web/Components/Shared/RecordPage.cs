using Campaign.Users;
using Campaign.Web.Identity;
using Microsoft.AspNetCore.Components;

namespace Campaign.Web.Components.Shared;

/// <summary>
/// A page about one record (a profile, an edit form): it loads the record for the signed-in user whenever its
/// parameters change, shows the loading bar meanwhile (<see cref="LoadedRecord{TRecord}"/>), and shows the not-found
/// page when there is no such record. Written once so that every record page loads and fails the same way.
/// </summary>
public abstract class RecordPage<TRecord> : ComponentBase where TRecord : class
{
    [Inject] protected ActorAccessor ActorAccessor { get; set; } = null!;

    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    protected Actor Actor { get; private set; } = null!;

    protected TRecord? Record { get; set; }

    protected bool Loading { get; private set; } = true;

    /// <summary>The record for <see cref="Actor"/> (and whatever else the page shows with it); null when not found.</summary>
    protected abstract Task<TRecord?> LoadAsync();

    protected override async Task OnParametersSetAsync()
    {
        Actor = await ActorAccessor.GetAsync();
        await ReloadAsync();
    }

    /// <summary>Loads the record again, e.g. to show another user's version after a conflict.</summary>
    protected async Task ReloadAsync()
    {
        Loading = true;
        Record = await LoadAsync();
        if (Record is null) Navigation.NotFound();
        Loading = false;
    }
}

/// <summary>A record's own page, at <c>/things/{Id}</c>.</summary>
public abstract class ProfilePage<TRecord> : RecordPage<TRecord> where TRecord : class
{
    [Parameter] public int Id { get; set; }
}

/// <summary>
/// A record's create (no <see cref="Id"/>) or edit page: after a save it says so and goes to the record's page.
/// </summary>
public abstract class EditPage<TModel> : RecordPage<TModel> where TModel : class
{
    [Inject] protected MudBlazor.ISnackbar Snackbar { get; set; } = null!;

    [Parameter] public int? Id { get; set; }

    /// <summary>Where the records are listed, e.g. <c>/organisations</c>; each one's page is below it.</summary>
    protected abstract string ListPath { get; }

    /// <summary>Names the record in "Organisation saved.".</summary>
    protected abstract string RecordName { get; }

    /// <summary>Back to the record, or to the list when creating one.</summary>
    protected virtual string CancelHref => Id is { } id ? $"{ListPath}/{id}" : ListPath;

    protected void Saved(int id)
    {
        Snackbar.Add($"{RecordName} saved.", MudBlazor.Severity.Success);
        Navigation.NavigateTo($"{ListPath}/{id}");
    }
}
