namespace Campaign.Calendar;

/// <summary>
/// One event as the feed writes it: either all day (<see cref="Date"/>, a follow-up's due date) or timed from
/// <see cref="StartsAt"/>, UK wall-clock time as entered.
/// </summary>
internal sealed record CalendarItem(string Uid, string Summary, long Version, DateTimeOffset UpdatedAt)
{
    public DateOnly? Date { get; init; }
    public DateTime? StartsAt { get; init; }
    public string? Location { get; init; }
    public string? Description { get; init; }
    public Uri? Link { get; init; }
}
