namespace Campaign.Testing;

/// <summary>A clock fixed at a known instant, in UTC, so "today" and "overdue" are deterministic.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
