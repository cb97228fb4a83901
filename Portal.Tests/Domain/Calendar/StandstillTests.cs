using Portal.Domain.Calendar;

namespace Portal.Tests.Domain.Calendar;

public class StandstillTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Published on Friday 11 April 2025: the notice day counts, Good Friday and Easter Monday do not.
    [InlineData("2025-04-11", "2025-04-24")]
    // Published on a Saturday: the count begins on the Monday.
    [InlineData("2025-04-12", "2025-04-25")]
    [InlineData("2025-06-02", "2025-06-11")]
    // Over Christmas and New Year, where 2 January (a Scottish bank holiday) is not a working day under the Act.
    [InlineData("2025-12-22", "2026-01-06")]
    // The Northern Irish Battle of the Boyne holiday (Monday 14 July 2025) is not counted.
    [InlineData("2025-07-07", "2025-07-17")]
    public void Procurement_act_standstill_is_eight_working_days_beginning_with_the_notice_day(string published, string lastDay)
    {
        var end = Standstill.ProcurementAct2023(D(published));

        Assert.Equal(D(lastDay), end.LastDay);
        Assert.Equal(Standstill.EndOf(D(lastDay)), end.EndsAt);
    }

    [Fact]
    public void The_procurement_act_rule_is_stated_with_the_days_not_counted()
    {
        var end = Standstill.ProcurementAct2023(D("2025-04-11"));

        Assert.Equal(
            "Procurement Act 2023 s.51: 8 working days beginning with the day the contract award notice was published, " +
            "11 April 2025, ending 24 April 2025 (Good Friday and Easter Monday not counted).", end.Rule);
        // 23:59:59.999 British Summer Time is 22:59:59.999 UTC.
        Assert.Equal(new DateTimeOffset(2025, 4, 24, 22, 59, 59, 999, TimeSpan.Zero), end.EndsAt);
        Assert.Contains("2nd January (Scotland)", Standstill.ProcurementAct2023(D("2025-12-22")).Rule);
        Assert.EndsWith("ending 11 June 2025.", Standstill.ProcurementAct2023(D("2025-06-02")).Rule);
    }

    [Theory]
    // The tenth day is a working day.
    [InlineData("2025-04-01", "2025-04-11")]
    // The tenth day is a Saturday (19 April 2025), and the Monday after is Easter Monday: the period runs to Tuesday.
    [InlineData("2025-04-09", "2025-04-22")]
    // The tenth day is Good Friday.
    [InlineData("2025-04-08", "2025-04-22")]
    // The tenth day is a Saturday in winter.
    [InlineData("2025-01-08", "2025-01-20")]
    // The tenth day is 2 January, a Scottish bank holiday only: a working day under PCR 2015.
    [InlineData("2024-12-23", "2025-01-02")]
    // The reference commission's call-off timetable, under PCR 2015.
    [InlineData("2022-04-01", "2022-04-11")]
    public void Pcr_standstill_is_ten_days_moved_to_the_next_working_day(string sent, string lastDay)
    {
        var end = Standstill.Pcr2015(D(sent));

        Assert.Equal(D(lastDay), end.LastDay);
        Assert.Equal(Standstill.EndOf(D(lastDay)), end.EndsAt);
    }

    [Fact]
    public void The_pcr_rule_says_when_the_period_was_extended()
    {
        Assert.Equal(
            "Public Contracts Regulations 2015 reg. 87: 10 days after the electronic notification of 9 April 2025, ending 19 April 2025; " +
            "that day is not a working day (Saturday), so the period runs to the end of the next working day, 22 April 2025.",
            Standstill.Pcr2015(D("2025-04-09")).Rule);
        Assert.Equal(
            "Public Contracts Regulations 2015 reg. 87: 10 days after the electronic notification of 1 April 2025, ending 11 April 2025.",
            Standstill.Pcr2015(D("2025-04-01")).Rule);
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 23, 59, 59, 999, TimeSpan.Zero), Standstill.Pcr2015(D("2025-01-08")).EndsAt);
    }

    [Fact]
    public void A_voluntary_standstill_counts_calendar_days()
    {
        var end = Standstill.Voluntary(D("2022-03-01"), 10);

        Assert.Equal(D("2022-03-11"), end.LastDay);
        Assert.Equal("Voluntary standstill: 10 calendar days after the notification of 1 March 2022, ending 11 March 2022.", end.Rule);
        Assert.Throws<ArgumentOutOfRangeException>(() => Standstill.Voluntary(D("2022-03-01"), 0));
    }

    [Theory]
    // The end of a day is 23:59:59.999 UK time: UTC in winter, an hour earlier in UTC in summer.
    [InlineData("2025-03-29", 23)]
    [InlineData("2025-03-30", 22)]
    [InlineData("2025-10-25", 22)]
    [InlineData("2025-10-26", 23)]
    public void The_end_of_a_day_across_the_clock_changes(string day, int utcHour)
    {
        var date = D(day);
        Assert.Equal(new DateTimeOffset(date.Year, date.Month, date.Day, utcHour, 59, 59, 999, TimeSpan.Zero), Standstill.EndOf(date));
    }

    [Fact]
    public void The_mandatory_standstill_follows_the_regime()
    {
        Assert.Equal(D("2025-04-24"), Standstill.Mandatory(ProcurementRegime.ProcurementAct2023, D("2025-04-11")).LastDay);
        Assert.Equal(D("2025-04-22"), Standstill.Mandatory(ProcurementRegime.Pcr2015, D("2025-04-11")).LastDay);
    }
}
