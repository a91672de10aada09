using Campaign.Scheduling;

namespace Campaign.Core.Tests.Scheduling;

/// <summary>The next run of a daily job at a UK time of day, across the clock changes and midnight.</summary>
public sealed class DailyScheduleTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute, int second = 0, int year = 2026) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    private static DateTimeOffset Next(DateTimeOffset now, int hour, int minute) => DailySchedule.NextRun(now, new TimeOnly(hour, minute), DailySchedule.UkTime);

    public static TheoryData<string, DateTimeOffset, int, int, DateTimeOffset> Cases() => new()
    {
        { "winter (GMT): later today", Utc(11, 26, 1, 0), 2, 30, Utc(11, 26, 2, 30) },
        { "winter: a second before", Utc(11, 26, 2, 29, 59), 2, 30, Utc(11, 26, 2, 30) },
        { "at the time itself: tomorrow", Utc(11, 26, 2, 30), 2, 30, Utc(11, 27, 2, 30) },
        { "after today's time: tomorrow, not at once", Utc(11, 26, 10, 0), 2, 30, Utc(11, 27, 2, 30) },
        { "summer (BST): an hour earlier in UTC", Utc(7, 1, 0, 0), 2, 30, Utc(7, 1, 1, 30) },
        { "the night clocks go forward (29 March 2026)", Utc(3, 28, 2, 30), 2, 30, Utc(3, 29, 1, 30) },
        { "the night clocks go back (25 October 2026)", Utc(10, 24, 1, 30), 2, 30, Utc(10, 25, 2, 30) },
        { "a time in the skipped hour runs as 02:30 BST", Utc(3, 28, 12, 0), 1, 30, Utc(3, 29, 1, 30) },
        { "the day after the skipped hour", Utc(3, 29, 1, 30), 1, 30, Utc(3, 30, 0, 30) },
        { "a time in the repeated hour runs the first time", Utc(10, 24, 12, 0), 1, 30, Utc(10, 25, 0, 30) },
        { "and not again the second time", Utc(10, 25, 0, 30), 1, 30, Utc(10, 26, 1, 30) },
        { "midnight, a second before", Utc(11, 26, 23, 59, 59), 0, 0, Utc(11, 27, 0, 0) },
        { "midnight, at it", Utc(11, 27, 0, 0), 0, 0, Utc(11, 28, 0, 0) },
        { "summer: already tomorrow in the UK, not in UTC", Utc(7, 1, 23, 30), 0, 15, Utc(7, 2, 23, 15) },
        { "summer: still today in the UK, tomorrow in UTC", Utc(7, 1, 22, 0), 23, 59, Utc(7, 1, 22, 59) },
        { "the last night of the year", Utc(12, 31, 3, 0), 2, 30, Utc(1, 1, 2, 30, year: 2027) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_next_run_is_the_first_time_after_now_that_UK_clocks_show_the_time(string because, DateTimeOffset now, int hour, int minute, DateTimeOffset expected) =>
        Assert.True(expected == Next(now, hour, minute), $"{because}: expected {expected:u}, got {Next(now, hour, minute):u}");

    [Fact]
    public void The_nights_around_the_clock_changes_are_23_and_25_hours_apart()
    {
        var beforeSpring = Next(Utc(3, 28, 0, 0), 2, 30);
        var beforeAutumn = Next(Utc(10, 24, 0, 0), 2, 30);

        Assert.Equal(TimeSpan.FromHours(23), Next(beforeSpring, 2, 30) - beforeSpring);
        Assert.Equal(TimeSpan.FromHours(25), Next(beforeAutumn, 2, 30) - beforeAutumn);
    }

    [Fact]
    public void The_day_is_the_UK_date()
    {
        Assert.Equal(new DateOnly(2026, 7, 2), DailySchedule.DateIn(Utc(7, 1, 23, 30), DailySchedule.UkTime));
        Assert.Equal(new DateOnly(2026, 11, 26), DailySchedule.DateIn(Utc(11, 26, 23, 30), DailySchedule.UkTime));
    }
}
