using Portal.Domain.Calendar;

namespace Portal.Tests.Domain.Calendar;

public class WorkingDayTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static WorkingDayCalendar Cal(ProcurementRegime regime) => WorkingDayCalendar.For(regime);

    [Theory]
    // Scottish and Northern Irish bank holidays are non-working under the Procurement Act 2023 ("any part of the
    // United Kingdom", s.123) but working days under PCR 2015 (England and Wales bank holidays, reg. 2(1)).
    [InlineData("2025-01-02", true, false)]
    [InlineData("2025-08-04", true, false)]
    [InlineData("2025-12-01", true, false)]
    [InlineData("2025-03-17", true, false)]
    [InlineData("2025-07-14", true, false)]
    // Days both regimes share.
    [InlineData("2025-04-18", false, false)]
    [InlineData("2025-04-21", false, false)]
    [InlineData("2025-12-25", false, false)]
    [InlineData("2025-08-25", false, false)]
    [InlineData("2025-04-19", false, false)]
    [InlineData("2025-04-20", false, false)]
    [InlineData("2025-04-22", true, true)]
    public void Which_days_are_working_days_under_each_regime(string date, bool underPcr, bool underAct)
    {
        Assert.Equal(underPcr, Cal(ProcurementRegime.Pcr2015).IsWorkingDay(D(date)));
        Assert.Equal(underAct, Cal(ProcurementRegime.ProcurementAct2023).IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData(ProcurementRegime.Pcr2015, "2025-04-17", 1, "2025-04-22")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-04-22", -1, "2025-04-17")]
    [InlineData(ProcurementRegime.Pcr2015, "2024-12-20", 3, "2024-12-27")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-04-05", 1, "2025-04-07")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-03-31", -1, "2025-03-28")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-03-31", 0, "2025-03-31")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-12-31", 1, "2026-01-02")]
    [InlineData(ProcurementRegime.ProcurementAct2023, "2025-12-31", 1, "2026-01-05")]
    [InlineData(ProcurementRegime.ProcurementAct2023, "2026-01-05", -1, "2025-12-31")]
    [InlineData(ProcurementRegime.ProcurementAct2023, "2025-07-11", 1, "2025-07-15")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-07-11", 1, "2025-07-14")]
    [InlineData(ProcurementRegime.ProcurementAct2023, "2025-04-11", 10, "2025-04-29")]
    public void Adding_working_days_skips_weekends_and_the_regimes_holidays(ProcurementRegime regime, string from, int days, string expected) =>
        Assert.Equal(D(expected), Cal(regime).AddWorkingDays(D(from), days));

    [Theory]
    [InlineData(ProcurementRegime.Pcr2015, "2025-04-17", "2025-04-22", 1)]
    [InlineData(ProcurementRegime.Pcr2015, "2025-04-22", "2025-04-17", -1)]
    [InlineData(ProcurementRegime.Pcr2015, "2025-07-11", "2025-07-15", 2)]
    [InlineData(ProcurementRegime.ProcurementAct2023, "2025-07-11", "2025-07-15", 1)]
    [InlineData(ProcurementRegime.ProcurementAct2023, "2025-07-15", "2025-07-11", -1)]
    [InlineData(ProcurementRegime.Pcr2015, "2025-06-02", "2025-06-02", 0)]
    [InlineData(ProcurementRegime.Pcr2015, "2025-06-02", "2025-06-09", 5)]
    public void Working_days_between_two_dates(ProcurementRegime regime, string from, string to, int expected) =>
        Assert.Equal(expected, Cal(regime).WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData(ProcurementRegime.Pcr2015, "2025-04-19", "2025-04-22")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-04-16", "2025-04-16")]
    [InlineData(ProcurementRegime.Pcr2015, "2025-11-30", "2025-12-01")]
    [InlineData(ProcurementRegime.ProcurementAct2023, "2025-11-30", "2025-12-02")]
    public void The_next_working_day_on_or_after_a_date(ProcurementRegime regime, string date, string expected) =>
        Assert.Equal(D(expected), Cal(regime).NextWorkingDayOnOrAfter(D(date)));

    [Fact]
    public void A_non_working_day_says_why()
    {
        Assert.Equal("St Andrew's Day (substitute day) (Scotland)", Cal(ProcurementRegime.ProcurementAct2023).WhyNotWorking(D("2025-12-01")));
        Assert.Equal("Saturday", Cal(ProcurementRegime.Pcr2015).WhyNotWorking(D("2025-04-19")));
        Assert.Null(Cal(ProcurementRegime.Pcr2015).WhyNotWorking(D("2025-12-01")));
    }

    [Theory]
    [InlineData("2025-02-23", ProcurementRegime.Pcr2015)]
    [InlineData("2025-02-24", ProcurementRegime.ProcurementAct2023)]
    [InlineData("2022-01-10", ProcurementRegime.Pcr2015)]
    [InlineData("2026-03-01", ProcurementRegime.ProcurementAct2023)]
    public void The_regime_follows_the_day_the_procurement_began(string start, ProcurementRegime expected) =>
        Assert.Equal(expected, ProcurementRegimes.RegimeFor(D(start)));
}
