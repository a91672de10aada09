namespace Campaign.Scheduling;

/// <summary>Wall-clock times of day in the UK, whatever the server's own time zone.</summary>
public static class DailySchedule
{
    /// <summary>UK time: GMT in winter, BST (UTC+1) from the last Sunday of March to the last Sunday of October.</summary>
    public static TimeZoneInfo UkTime { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The date in <paramref name="zone"/> at the instant <paramref name="at"/>.</summary>
    public static DateOnly DateIn(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>
    /// The first instant strictly after <paramref name="now"/> when clocks in <paramref name="zone"/> show <paramref name="at"/>.
    /// On the night clocks go forward a time in the skipped hour runs as if they had not (01:30 becomes 02:30 BST); on the
    /// night they go back a time in the repeated hour runs once, the first time.
    /// </summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly at, TimeZoneInfo zone)
    {
        for (var day = DateIn(now, zone); ; day = day.AddDays(1))
        {
            var run = Instant(day.ToDateTime(at), zone);
            if (run > now) return run;
        }
    }

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
            offset = zone.GetUtcOffset(local.AddHours(-3)); // the offset before the clocks went forward
        else if (zone.IsAmbiguousTime(local))
            offset = zone.GetAmbiguousTimeOffsets(local).Max(); // the larger offset is the earlier instant
        else
            offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified) - offset, TimeSpan.Zero);
    }
}
