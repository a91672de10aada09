using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Campaign.Calendar;

/// <summary>Writes calendar items as iCalendar text (RFC 5545) through Ical.Net.</summary>
internal static class IcsWriter
{
    public const string UkTimeZone = "Europe/London";

    /// <summary>Meetings have no end time in the app; an hour is what most are.</summary>
    public static readonly TimeSpan MeetingLength = TimeSpan.FromHours(1);

    public static string Write(string? name, IReadOnlyCollection<CalendarItem> items, DateTimeOffset now)
    {
        var calendar = new IcalCalendar { ProductId = "-//Campaign//Calendar feed//EN", Method = "PUBLISH" };
        if (items.Any(i => i.StartsAt is not null))
        {
            // Rules from the earliest meeting on, so clients without the zone database still get GMT and BST right.
            var earliest = items.Where(i => i.StartsAt is not null).Min(i => i.StartsAt!.Value).AddYears(-1);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(UkTimeZone, earliest, includeHistoricalData: false));
        }
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
            calendar.AddProperty("X-WR-TIMEZONE", UkTimeZone);
            // How often subscribers should fetch again (Outlook reads the X- form, Apple and newer clients the RFC 7986 one).
            calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
            var refresh = new Ical.Net.CalendarProperty("REFRESH-INTERVAL", "PT1H");
            refresh.Parameters.Set("VALUE", "DURATION");
            calendar.Properties.Add(refresh);
        }

        var stamp = new CalDateTime(now.UtcDateTime, "UTC");
        foreach (var item in items) calendar.Events.Add(ToEvent(item, stamp));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent ToEvent(CalendarItem item, CalDateTime stamp)
    {
        var e = new CalendarEvent
        {
            Uid = item.Uid,
            Summary = item.Summary,
            Description = item.Description,
            Location = item.Location,
            // SEQUENCE must grow whenever the item changes; the version does (a counter on SQLite, xmin on PostgreSQL).
            Sequence = (int)(item.Version & int.MaxValue),
            DtStamp = stamp,
            LastModified = new CalDateTime(item.UpdatedAt.UtcDateTime, "UTC"),
            Url = item.Link,
            Transparency = item.Date is not null ? "TRANSPARENT" : "OPAQUE",
        };
        if (item.Date is { } date)
        {
            e.DtStart = new CalDateTime(date);
            e.DtEnd = new CalDateTime(date.AddDays(1));
        }
        else
        {
            var start = item.StartsAt!.Value;
            e.DtStart = new CalDateTime(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), UkTimeZone);
            e.DtEnd = new CalDateTime(DateTime.SpecifyKind(start + MeetingLength, DateTimeKind.Unspecified), UkTimeZone);
        }
        return e;
    }
}
