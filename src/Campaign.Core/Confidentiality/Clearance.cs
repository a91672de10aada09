using Campaign.Briefings;
using Campaign.Users;

namespace Campaign.Confidentiality;

/// <summary>
/// Which view of the campaign a reader gets. Staff see everything. The coalition view is exactly what staff would see
/// on a copy of the database from which every confidential interaction, every confidential position, every follow-up
/// and every internal note had been deleted; shareable briefing packs are made from it too. Services ask for it once
/// (<see cref="Of(Actor)"/>) and read through <see cref="Visibility"/>; pages, endpoints and PDF builders never decide.
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
}
