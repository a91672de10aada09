using Campaign.Common;
using Campaign.Web.Components.Errors;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Campaign.Web.Components.Shared;

public partial class ServerForm<TModel> where TModel : class
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private EditContext _editContext = null!;
    private ValidationMessageStore _serverErrors = null!;
    private TModel? _boundModel;

    [Inject] private ActionRunner Runner { get; set; } = null!;

    [Parameter, EditorRequired] public TModel Model { get; set; } = null!;

    /// <summary>Calls the feature service; its <see cref="SaveResult"/> is the authority on what is valid.</summary>
    [Parameter, EditorRequired] public Func<TModel, Task<SaveResult>> OnSave { get; set; } = _ => Task.FromResult(SaveResult.NotFound());

    [Parameter] public EventCallback<int> OnSaved { get; set; }

    /// <summary>Offered on a conflict: load the other person's version (a new model instance resets the form).</summary>
    [Parameter] public EventCallback OnReloadRequested { get; set; }

    /// <summary>Replaces the standard conflict banner, for forms whose "their version" is somewhere else.</summary>
    [Parameter] public RenderFragment? ConflictContent { get; set; }

    /// <summary>Names the record in messages: "Someone else saved this stakeholder…".</summary>
    [Parameter] public string RecordName { get; set; } = "record";

    [Parameter] public string RetryPhrase { get; set; } = "press Save again";

    /// <summary>Runs the model's data annotations before calling the service; off where the service fills gaps itself.</summary>
    [Parameter] public bool ValidateFirst { get; set; } = true;

    [Parameter] public string? FormName { get; set; }

    [Parameter] public RenderFragment<ServerForm<TModel>>? ChildContent { get; set; }

    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    public bool Busy => Runner.Busy;

    public SaveResult? Result { get; private set; }

    public Failure? Failure => Runner.Failure;

    public bool IsConflict => Result?.IsConflict == true || Failure?.Kind == FailureKind.Conflict;

    /// <summary>The service's field messages from the last save, by key (indexed keys too, e.g. <c>FollowUps[0].Title</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors => Result?.Errors ?? NoErrors;

    public bool HasError(string key) => key.Length > 0 && Errors.ContainsKey(key);

    public string? ErrorFor(string key) => key.Length > 0 && Errors.TryGetValue(key, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Drops the server's message for a field the user has since changed (fields bound with For clear themselves).</summary>
    public void ClearError(string key)
    {
        if (!Errors.ContainsKey(key)) return;
        Result = Result! with { Errors = Errors.Where(e => e.Key != key).ToDictionary(e => e.Key, e => e.Value) };
        _serverErrors.Clear(_editContext.Field(key));
        _editContext.NotifyValidationStateChanged();
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_boundModel, Model)) return;
        _boundModel = Model;
        Result = null;
        Runner.Clear();
        _editContext = new EditContext(Model);
        _serverErrors = new ValidationMessageStore(_editContext);
        // A server message applies to the value it judged: editing the field clears it.
        _editContext.OnFieldChanged += (_, e) => _serverErrors.Clear(e.FieldIdentifier);
    }

    private async Task SubmitAsync()
    {
        if (Busy) return;
        if (ValidateFirst && !_editContext.Validate()) return;
        _serverErrors.Clear();
        Result = null;
        SaveResult? result = null;
        // A throwing service leaves the model as the user left it; the runner logs it and SaveStatus says so.
        if (!await Runner.RunAsync($"saving a {RecordName}", async () => result = await OnSave(Model)) || result is null)
        {
            _editContext.NotifyValidationStateChanged();
            return;
        }
        Result = result;
        if (result.Succeeded)
        {
            await OnSaved.InvokeAsync(result.Id!.Value);
            return;
        }
        foreach (var (field, messages) in result.Errors)
            _serverErrors.Add(_editContext.Field(field), messages);
        _editContext.NotifyValidationStateChanged();
    }
}
