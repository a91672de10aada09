using Campaign.Briefings;

namespace Campaign.Confidentiality;

/// <summary>
/// Which view a reader gets: staff see everything; the coalition view (and shareable packs) as if every confidential
/// interaction and position, follow-up and internal note were deleted. Decided once, in services (<see cref="Clearances.Of(Actor)"/>).
/// </summary>
public enum Clearance
{
    Staff,
    Coalition,
}

public static class Clearances
{
    public static Clearance Of(Actor actor) => actor.Can(Permission.ViewConfidential) ? Clearance.Staff : Clearance.Coalition;

    /// <summary>An internal pack is for staff; a shareable one may leave the building, so it gets the coalition view.</summary>
    public static Clearance Of(BriefingEdition edition) => edition == BriefingEdition.Internal ? Clearance.Staff : Clearance.Coalition;

    /// <summary>
    /// Internal-only fields: people's notes and the structured notes of interactions (asks raised, their concerns,
    /// commitments by them and by us). Organisation notes and relationship notes are public.
    /// </summary>
    public static bool SeesInternalNotes(this Clearance clearance) => clearance == Clearance.Staff;

    /// <summary>Follow-ups are internal work: they do not exist in the coalition view.</summary>
    public static bool SeesFollowUps(this Clearance clearance) => clearance == Clearance.Staff;

    /// <summary>
    /// Flags from members imports ("left the House", "changed party", "new member") are staff triage, like follow-ups and the
    /// monitor inbox: which are still undismissed is the team's working state. What they report (party, status) is on the profile.
    /// </summary>
    public static bool SeesMemberEvents(this Clearance clearance) => clearance == Clearance.Staff;

    /// <summary>The monitor inbox is staff triage; the coalition sees only what staff recorded as evidence (<see cref="Visibility"/>).</summary>
    public static bool SeesMonitorInbox(this Clearance clearance) => clearance == Clearance.Staff;
}
