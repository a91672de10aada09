using Campaign.Campaigns;
using Campaign.Common;
using Campaign.Engagements;
using Campaign.Positions;
using Campaign.Stakeholders;
using Campaign.Users;
using Campaign.Web.Components.Shared;
using Campaign.Web.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Campaign.Web.Components.Pages.Interactions;

public partial class InteractionForm
{
    [Parameter] public IReadOnlyList<StakeholderSuggestion> InitialAttendees { get; set; } = [];
    [Parameter] public IReadOnlyList<AskView> Asks { get; set; } = [];
    [Parameter] public IReadOnlyList<StaffRef> Staff { get; set; } = [];
    [Parameter] public IReadOnlyList<PartnerView> Partners { get; set; } = [];
    [Parameter] public Actor Actor { get; set; } = Actor.System;

    private ServerForm<InteractionEditModel>? _form;
    private InteractionEditModel? _boundModel;
    private MudAutocomplete<StakeholderSuggestion>? _attendeePicker;
    private List<StakeholderSuggestion> _attendees = [];
    private readonly Dictionary<(int Person, int Ask), PositionDraft> _positions = [];
    private List<FollowUpInput> _followUps = [];
    private DateTime? _date;
    private TimeSpan? _time;
    private bool _notesOpen;
    private bool _focusNewFollowUp;
    /// <summary>The last follow-up's title field (each row sets it in turn as it renders, so the newest row's is kept).</summary>
    private MudTextField<string>? _newFollowUpTitle;

    private IReadOnlyCollection<string> StaffIds { get => Model.StaffIds; set => Model.StaffIds = value.ToList(); }
    private IReadOnlyCollection<int> PartnerIds { get => Model.PartnerIds; set => Model.PartnerIds = value.ToList(); }
    private IReadOnlyCollection<int> AskIds { get => Model.AskIds; set => Model.AskIds = value.ToList(); }

    private string SuggestedTitle => _attendees.Count == 0
        ? Wording.Of(Model.Kind)
        : $"{Wording.Of(Model.Kind)} with {string.Join(", ", _attendees.Take(2).Select(a => a.DisplayName))}{(_attendees.Count > 2 ? " and others" : "")}";

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_boundModel, Model)) return;
        _boundModel = Model;
        _attendees = InitialAttendees.Where(a => Model.AttendeeIds.Contains(a.Id)).ToList();
        _positions.Clear();
        _followUps = Model.FollowUps.ToList();
        _date = Model.OccurredAt == default ? null : Model.OccurredAt.Date;
        _time = Model.OccurredAt == default ? null : Model.OccurredAt.TimeOfDay;
        _notesOpen = !string.IsNullOrEmpty(Model.AsksRaised + Model.TheirConcerns + Model.CommitmentsByThem + Model.CommitmentsByUs);
    }

    private static readonly (Stance? Value, string Text)[] StanceOptions =
        [.. Enum.GetValues<Stance>().Select(stance => ((Stance?)stance, Wording.Of(stance)))];

    private async Task<IEnumerable<StakeholderSuggestion>> SearchAsync(string text, CancellationToken cancellationToken) =>
        (await Directory.SuggestAsync(Actor, text, 20, cancellationToken)).Where(s => _attendees.All(a => a.Id != s.Id));

    /// <summary>Adds someone to the attendees from outside the form (e.g. a person just added from an email).</summary>
    public async Task AddAttendeeAsync(StakeholderSuggestion person)
    {
        await AddAttendee(person);
        StateHasChanged();
    }

    private async Task AddAttendee(StakeholderSuggestion? person)
    {
        if (person is null || _attendees.Any(a => a.Id == person.Id)) return;
        _attendees.Add(person);
        Model.AttendeeIds = _attendees.Select(a => a.Id).ToList();
        _form?.ClearError(nameof(Model.AttendeeIds));
        if (_attendeePicker is not null) await _attendeePicker.ClearAsync();
    }

    private void RemoveAttendee(StakeholderSuggestion person)
    {
        _attendees.Remove(person);
        Model.AttendeeIds = _attendees.Select(a => a.Id).ToList();
        foreach (var key in _positions.Keys.Where(k => k.Person == person.Id).ToList()) _positions.Remove(key);
    }

    private void DateChanged(DateTime? date)
    {
        _date = date;
        Combine();
    }

    private void TimeChanged(TimeSpan? time)
    {
        _time = time;
        Combine();
    }

    private void Combine() => Model.OccurredAt = _date is { } d ? d.Date + (_time ?? TimeSpan.Zero) : default;

    private PositionDraft PositionFor((int Person, int Ask) key)
    {
        if (!_positions.TryGetValue(key, out var draft)) _positions[key] = draft = new PositionDraft();
        return draft;
    }

    private void AddFollowUp()
    {
        _followUps.Add(new FollowUpInput
        {
            DueOn = DateOnly.FromDateTime((_date ?? DateTime.Today).AddDays(7)),
            OwnerId = Actor.UserId,
            StakeholderId = _attendees.Count == 1 ? _attendees[0].Id : null,
        });
        _focusNewFollowUp = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The new follow-up's first field sits above the button: without this a keyboard user would have to go back for it.
        if (!_focusNewFollowUp || _newFollowUpTitle is null) return;
        _focusNewFollowUp = false;
        await _newFollowUpTitle.FocusAsync();
    }

    // Server keys for positions are by list index; map them to the (person, ask) cell they came from.
    private List<(int Person, int Ask)> _positionOrder = [];

    private string PositionKey((int Person, int Ask) key, string field)
    {
        var index = _positionOrder.IndexOf(key);
        return index < 0 ? "" : $"Positions[{index}].{field}";
    }

    private bool HasError(string key) => _form?.HasError(key) == true;

    private string? ErrorFor(string key) => _form?.ErrorFor(key);

    /// <summary>Turns the UI state into the model, then saves through the page's service call (ServerForm runs it).</summary>
    private Task<SaveResult> SaveAsync(InteractionEditModel model)
    {
        if (string.IsNullOrWhiteSpace(Model.Title)) Model.Title = SuggestedTitle;
        _positionOrder = _positions.Where(p => p.Value.Stance is not null && _attendees.Any(a => a.Id == p.Key.Person)).Select(p => p.Key).ToList();
        Model.Positions = _positionOrder.Select(k => new PositionInput
        {
            StakeholderId = k.Person, AskId = k.Ask, Stance = _positions[k].Stance!.Value, Quote = _positions[k].Quote,
            Confidence = _positions[k].Confidence, IsConfidential = _positions[k].IsConfidential,
        }).ToList();
        Model.FollowUps = _followUps.ToList();
        return OnSave(model);
    }

    private sealed class PositionDraft
    {
        public Stance? Stance { get; set; }
        public string? Quote { get; set; }
        public Confidence Confidence { get; set; } = Confidence.Confirmed;
        public bool IsConfidential { get; set; }
    }
}
