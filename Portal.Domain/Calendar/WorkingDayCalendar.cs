namespace Portal.Domain.Calendar;

/// <summary>A day that is not a working day under a regime, and why.</summary>
public sealed record NonWorkingDay(DateOnly Date, string Reason);

/// <summary>
/// Working-day arithmetic under each procurement regime, each with the law's own definition of a working day:
/// <list type="bullet">
/// <item>Procurement Act 2023, s.123 (general interpretation): "working day" means a day other than a Saturday or
/// Sunday, Christmas Day or Good Friday, or a day which is a bank holiday under the Banking and Financial Dealings
/// Act 1971 in any part of the United Kingdom. So the Scottish days (2 January, the first Monday in August,
/// St Andrew's Day) and the Northern Irish days (St Patrick's Day, the Battle of the Boyne) are not working days.</item>
/// <item>Public Contracts Regulations 2015, reg. 2(1): "working day" means a day other than a Saturday, Sunday or a
/// bank holiday in England and Wales (bank holiday within the meaning of the Banking and Financial Dealings Act 1971).
/// Christmas Day and Good Friday, the common-law holidays of England and Wales, are taken as non-working too, as
/// practice and the Cabinet Office's standstill examples treat them.</item>
/// </list>
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly WorkingDayCalendar Pcr = new(ProcurementRegime.Pcr2015);
    private static readonly WorkingDayCalendar Act = new(ProcurementRegime.ProcurementAct2023);

    private WorkingDayCalendar(ProcurementRegime regime) => Regime = regime;

    public ProcurementRegime Regime { get; }

    public static WorkingDayCalendar For(ProcurementRegime regime) =>
        regime == ProcurementRegime.ProcurementAct2023 ? Act : Pcr;

    public bool IsWorkingDay(DateOnly date) => WhyNotWorking(date) is null;

    /// <summary>Why a day is not a working day under this regime ("Saturday", "Easter Monday", …), or null if it is one.</summary>
    public string? WhyNotWorking(DateOnly date)
    {
        if (date.DayOfWeek == DayOfWeek.Saturday) return "Saturday";
        if (date.DayOfWeek == DayOfWeek.Sunday) return "Sunday";

        // PCR 2015 reg. 2(1): bank holidays in England and Wales (with Christmas Day and Good Friday, which the
        // England and Wales list carries as common-law holidays).
        if (UkBankHolidays.Find(date, UkRegion.EnglandAndWales) is { } english) return english.Name;
        if (Regime == ProcurementRegime.Pcr2015) return null;

        // Procurement Act 2023 s.123: a bank holiday "in any part of the United Kingdom".
        if (UkBankHolidays.Find(date, UkRegion.Scotland) is { } scottish) return $"{scottish.Name} (Scotland)";
        if (UkBankHolidays.Find(date, UkRegion.NorthernIreland) is { } irish) return $"{irish.Name} (Northern Ireland)";
        return null;
    }

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days after <paramref name="date"/> (before it when
    /// negative); the date itself when zero.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var remaining = Math.Abs(workingDays);
        var day = date;
        while (remaining > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) remaining--;
        }
        return day;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier, so that AddWorkingDays(from, WorkingDaysBetween(from, to)) is the first working
    /// day on or after <paramref name="to"/> when going forward.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>The days in a range, inclusive, that are not working days for a reason other than being a weekend.</summary>
    public IReadOnlyList<NonWorkingDay> HolidaysBetween(DateOnly from, DateOnly to)
    {
        var days = new List<NonWorkingDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!UkBankHolidays.IsWeekend(day) && WhyNotWorking(day) is { } reason) days.Add(new NonWorkingDay(day, reason));
        }
        return days;
    }
}
