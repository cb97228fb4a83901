using System.Globalization;

namespace Portal.Domain.Performance;

/// <summary>
/// A quarter of the UK public sector's financial year (April to March) in which a contract delivers, clipped to the
/// contract's service dates: a contract commencing on 11 July 2022 reports first for 11 July to 30 September 2022.
/// </summary>
public sealed record ReportingPeriod(DateOnly Starts, DateOnly Ends)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The year the financial year starts in: 2022 for 2022/23.</summary>
    public int FinancialYear => ReportingPeriods.FinancialYearOf(Starts);

    /// <summary>1 for April to June, through 4 for January to March.</summary>
    public int Quarter => ReportingPeriods.QuarterOf(Starts);

    /// <summary>"Q1 2022/23".</summary>
    public string Name => $"Q{Quarter} {ReportingPeriods.FinancialYearName(FinancialYear)}";

    /// <summary>"1 May – 30 Jun 2022", or across years "1 Jan – 31 Mar 2023".</summary>
    public string Dates => Starts.Year == Ends.Year
        ? $"{Starts.ToString("d MMM", British)} – {Ends.ToString("d MMM yyyy", British)}"
        : $"{Starts.ToString("d MMM yyyy", British)} – {Ends.ToString("d MMM yyyy", British)}";

    public string Label => $"{Name} ({Dates})";

    public bool Contains(DateOnly day) => day >= Starts && day <= Ends;
}

/// <summary>
/// Half of a financial year, the span the Reducing Reoffending Board is reported to: April to September, or October to March.
/// </summary>
public sealed record HalfYear(int FinancialYear, int Half)
{
    public DateOnly Starts => Half == 1 ? new DateOnly(FinancialYear, 4, 1) : new DateOnly(FinancialYear, 10, 1);
    public DateOnly Ends => Half == 1 ? new DateOnly(FinancialYear, 9, 30) : new DateOnly(FinancialYear + 1, 3, 31);

    /// <summary>"H1 2022/23 (April to September 2022)".</summary>
    public string Label => Half == 1
        ? $"H1 {ReportingPeriods.FinancialYearName(FinancialYear)} (April to September {FinancialYear})"
        : $"H2 {ReportingPeriods.FinancialYearName(FinancialYear)} (October {FinancialYear} to March {FinancialYear + 1})";

    public static HalfYear Containing(DateOnly day)
    {
        var year = ReportingPeriods.FinancialYearOf(day);
        return new HalfYear(year, day.Month is >= 4 and <= 9 ? 1 : 2);
    }

    public HalfYear Previous => Half == 2 ? this with { Half = 1 } : new HalfYear(FinancialYear - 1, 2);

    public bool Contains(DateOnly day) => day >= Starts && day <= Ends;
}

public static class ReportingPeriods
{
    public static int FinancialYearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    public static int QuarterOf(DateOnly day) => (day.Month + 8) % 12 / 3 + 1;

    /// <summary>"2022/23".</summary>
    public static string FinancialYearName(int financialYear) => $"{financialYear}/{(financialYear + 1) % 100:00}";

    /// <summary>The whole financial quarter a day falls in.</summary>
    public static ReportingPeriod QuarterContaining(DateOnly day)
    {
        var firstMonth = QuarterOf(day) % 4 * 3 + 1;
        var starts = new DateOnly(firstMonth > day.Month ? day.Year - 1 : day.Year, firstMonth, 1);
        return new ReportingPeriod(starts, starts.AddMonths(3).AddDays(-1));
    }

    /// <summary>The quarters from the service's commencement to the contract's last day, the first and last clipped.</summary>
    public static IReadOnlyList<ReportingPeriod> Between(DateOnly commencement, DateOnly lastDay)
    {
        if (lastDay < commencement) return [];
        var periods = new List<ReportingPeriod>();
        for (var quarter = QuarterContaining(commencement); quarter.Starts <= lastDay; quarter = QuarterContaining(quarter.Ends.AddDays(1)))
        {
            periods.Add(new ReportingPeriod(
                quarter.Starts < commencement ? commencement : quarter.Starts,
                quarter.Ends > lastDay ? lastDay : quarter.Ends));
        }
        return periods;
    }
}
