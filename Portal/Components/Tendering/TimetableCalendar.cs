using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Portal.Domain.Calendar;
using Portal.Domain.Common;

namespace Portal.Components.Tendering;

/// <summary>
/// A commission's procurement timetable as an iCalendar file (RFC 5545), for the office's and, later, the bidders'
/// calendars. Timed phases (the clarification and tender deadlines) are events at their UK local time, with the time
/// zone's definition included so calendars abroad show the right hour across summer time; the other phases are all-day
/// events. Each phase keeps one UID per commission, so a calendar that imports the file again updates its events.
/// </summary>
public static class TimetableCalendar
{
    public const string ContentType = "text/calendar";
    private const string ProductId = "-//Commissioning Portal//ITT timetable//EN";
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="lastChanged">When the timetable last changed: the events' DTSTAMP, so the same timetable gives the same file.</param>
    public static string Build(Guid commissionId, string reference, string title, Timetable timetable, DateTimeOffset lastChanged)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        var zone = UkTime.Zone.Id;
        if (timetable.Entries.Where(e => e.Time is not null).Select(e => (DateOnly?)e.Date).Min() is { } firstTimed)
            calendar.AddTimeZone(zone, firstTimed.AddYears(-1).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);

        var stamp = new CalDateTime(lastChanged.UtcDateTime, CalDateTime.UtcTzId, hasTime: true);
        var standstill = timetable.RequiredStandstill();
        foreach (var entry in timetable.Entries)
        {
            var label = Timetable.Label(entry.Phase);
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{commissionId:N}-{entry.Phase}@commissioning-portal",
                Summary = $"{reference} {label} – {title}",
                DtStamp = stamp,
                Description = Describe(entry, label, entry.Phase == TimetablePhase.EndOfStandstill ? standstill : null),
            };
            if (entry.Time is { } time)
            {
                calendarEvent.DtStart = new CalDateTime(entry.Date, time, zone);
            }
            else
            {
                calendarEvent.DtStart = new CalDateTime(entry.Date);
                calendarEvent.DtEnd = new CalDateTime(entry.Date.AddDays(1));
            }
            calendar.Events.Add(calendarEvent);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static string FileName(string reference) => $"{reference}-itt-timetable.ics";

    private static string Describe(TimetableEntry entry, string label, StandstillEnd? standstill)
    {
        var when = entry.Time is { } time
            ? $"{time.ToString("HH:mm", EnGb)} UK time on {entry.Date.ToString("dddd d MMMM yyyy", EnGb)}"
            : entry.Date.ToString("dddd d MMMM yyyy", EnGb);
        return standstill is null ? $"{label}: {when}." : $"{label}: {when}. {standstill.Rule}";
    }
}
