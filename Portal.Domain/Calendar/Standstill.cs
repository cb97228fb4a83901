using Portal.Domain.Common;

namespace Portal.Domain.Calendar;

/// <summary>The last day of a standstill period, the instant it ends (stored as UTC) and the rule that gave it.</summary>
public sealed record StandstillEnd(DateOnly LastDay, DateTimeOffset EndsAt, string Rule);

/// <summary>When a standstill period ends under each regime, stated with the rule applied.</summary>
public static class Standstill
{
    public const int ProcurementActWorkingDays = 8;
    public const int Pcr2015CalendarDays = 10;


    /// <summary>The mandatory standstill of the regime, from the day that starts it (the contract award notice under the
    /// Procurement Act 2023; the electronic notification of the award decision under PCR 2015).</summary>
    public static StandstillEnd Mandatory(ProcurementRegime regime, DateOnly start) =>
        regime == ProcurementRegime.ProcurementAct2023 ? ProcurementAct2023(start) : Pcr2015(start);

    /// <summary>
    /// Procurement Act 2023 s.51(2): the mandatory standstill period is eight working days beginning with the day on
    /// which the contract award notice is published; working days as s.123 defines them (any part of the UK).
    /// </summary>
    public static StandstillEnd ProcurementAct2023(DateOnly noticePublished)
    {
        var calendar = WorkingDayCalendar.For(ProcurementRegime.ProcurementAct2023);
        // "Beginning with" the day of publication: that day counts if it is a working day.
        var last = calendar.AddWorkingDays(noticePublished.AddDays(-1), ProcurementActWorkingDays);
        var holidays = calendar.HolidaysBetween(noticePublished, last);
        var notCounted = holidays.Count == 0 ? "" : $" ({Join(holidays.Select(h => h.Reason))} not counted)";
        return new StandstillEnd(last, EndOf(last),
            $"Procurement Act 2023 s.51: {ProcurementActWorkingDays} working days beginning with the day the contract award notice was published, " +
            $"{Long(noticePublished)}, ending {Long(last)}{notCounted}.");
    }

    /// <summary>
    /// Public Contracts Regulations 2015 reg. 87: where the award decision is notified by electronic means, the
    /// standstill period ends at midnight at the end of the 10th day after the sending date; where that last day is
    /// not a working day (reg. 2(1)), the period is extended to midnight at the end of the next working day.
    /// </summary>
    public static StandstillEnd Pcr2015(DateOnly notificationSent)
    {
        var calendar = WorkingDayCalendar.For(ProcurementRegime.Pcr2015);
        var tenth = notificationSent.AddDays(Pcr2015CalendarDays);
        var rule = $"Public Contracts Regulations 2015 reg. 87: {Pcr2015CalendarDays} days after the electronic notification of {Long(notificationSent)}, ending {Long(tenth)}";
        if (calendar.WhyNotWorking(tenth) is { } reason)
        {
            var last = calendar.NextWorkingDayOnOrAfter(tenth);
            return new StandstillEnd(last, EndOf(last),
                $"{rule}; that day is not a working day ({reason}), so the period runs to the end of the next working day, {Long(last)}.");
        }
        return new StandstillEnd(tenth, EndOf(tenth), rule + ".");
    }

    /// <summary>A voluntary standstill (e.g. on a framework call-off or a light-touch contract) of a number of calendar
    /// days after the day bidders are told of the intended award.</summary>
    public static StandstillEnd Voluntary(DateOnly notified, int calendarDays)
    {
        if (calendarDays < 1) throw new ArgumentOutOfRangeException(nameof(calendarDays), calendarDays, "A standstill lasts at least one day.");
        var last = notified.AddDays(calendarDays);
        return new StandstillEnd(last, EndOf(last),
            $"Voluntary standstill: {calendarDays} calendar day{(calendarDays == 1 ? "" : "s")} after the notification of {Long(notified)}, ending {Long(last)}.");
    }

    /// <summary>The end of a day in the UK (23:59:59.999 local time), as a UTC instant.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => UkTime.FromUkLocal(day.ToDateTime(new TimeOnly(23, 59, 59, 999)));

    private static string Long(DateOnly date) => UkTime.LongDate(date);

    private static string Join(IEnumerable<string> items)
    {
        var list = items.Distinct().ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }
}
