using Campaign.Engagements;
using Campaign.Positions;

namespace Campaign.Testing;

/// <summary>
/// Changes to confidential interactions after the fact. "A stated position recorded from a confidential interaction
/// is itself confidential, and stays so when the interaction is deleted or edited" (issue 15): the positions
/// are remembered in <see cref="ConfidentialScenario.HiddenPositionIds"/> before each change.
/// </summary>
public sealed partial class ConfidentialScenario
{
    /// <summary>Deletes the confidential Osei meeting: its positions and follow-up stay, without their link.</summary>
    public async Task DeleteConfidentialInteractionAsync()
    {
        await RememberHiddenPositionsAsync();
        var interactions = new InteractionService(Contexts);
        var model = await interactions.GetForEditAsync(Staff, OseiMeetingId) ?? throw new InvalidOperationException("Osei meeting not found.");
        Ensure(await interactions.DeleteAsync(Staff, OseiMeetingId, model.Version), "delete of the Osei meeting");
    }

    /// <summary>
    /// Edits the confidential peers' meeting, which stays confidential: an earlier date (out of the last 30 days),
    /// one attendee swapped, other partners, new text, and a new position and follow-up for the new attendee.
    /// </summary>
    public async Task EditConfidentialInteractionAsync()
    {
        await RememberHiddenPositionsAsync();
        var interactions = new InteractionService(Contexts);
        var model = await interactions.GetForEditAsync(Staff, PeersMeetingId) ?? throw new InvalidOperationException("Peers meeting not found.");
        const string name = "Edited peers meeting";
        model.OccurredAt = new DateTime(2026, 10, 14, 11, 0, 0);
        model.AttendeeIds = [_people[Penhaligon], _people[Hartigan]];
        model.PartnerIds = [_organisations["IPEM"], _organisations["ART"]];
        model.Title = $"{name} {Plant(name + " title")}";
        model.Location = $"Room {Plant(name + " location")}";
        model.Summary = $"Discussed in confidence {Plant(name + " summary")}.";
        SetNotes(model, name);
        model.Positions = [new PositionInput
        {
            StakeholderId = _people[Hartigan], AskId = RegistrationAskId, Stance = Stance.Champion, Quote = $"Said in confidence {Plant(name + " quote")}",
        }];
        model.FollowUps = [new FollowUpInput { Title = $"Follow up {Plant(name + " follow-up")}", DueOn = new(2026, 12, 2), OwnerId = _hannahId, StakeholderId = _people[Hartigan] }];
        Ensure(await interactions.UpdateAsync(Staff, PeersMeetingId, model), "edit of the peers meeting");
        await RememberHiddenPositionsAsync();
    }

    /// <summary>
    /// Makes the confidential MacAulay call open, with public text (its structured notes stay internal). The
    /// positions recorded in it stay hidden.
    /// </summary>
    public async Task MakeConfidentialInteractionOpenAsync()
    {
        await RememberHiddenPositionsAsync();
        var interactions = new InteractionService(Contexts);
        var model = await interactions.GetForEditAsync(Staff, MacAulayCallId) ?? throw new InvalidOperationException("MacAulay call not found.");
        model.IsConfidential = false;
        model.Title = "Call with Fiona MacAulay MP and James Whitlock MP";
        model.Location = "Telephone";
        model.Summary = "Went through the registration timetable.";
        SetNotes(model, "Opened MacAulay call");
        Ensure(await interactions.UpdateAsync(Staff, MacAulayCallId, model), "opening of the MacAulay call");
    }
}
