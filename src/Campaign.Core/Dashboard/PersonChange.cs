namespace Campaign.Dashboard;

/// <summary>
/// A person whose counted details (who is targeted, their kind, party, influence, interest, priority or latest contact)
/// changed, or were deleted, with the <see cref="ChangeCounter.People"/> value of the write that changed them, so the
/// dashboard's kept copy of people (<see cref="KeptPeople"/>) reads only the people changed since it last looked. Written by
/// triggers; rows older than <see cref="Window"/> counter values are dropped. The app never writes these.
/// </summary>
public class PersonChange
{
    /// <summary>In place of a person: a bulk write changed more people than were listed, so read everyone again.</summary>
    public const int Everyone = 0;

    /// <summary>How far back the log reaches, in counter values; a copy further behind is read again whole.</summary>
    public const long Window = 100_000;

    public long Stamp { get; private set; }
    public int StakeholderId { get; private set; }
}
