using Portal.Domain.Calendar;

namespace Portal.Tests.Domain.Calendar;

public class BankHolidayTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Each year's England and Wales list, as GOV.UK publishes it.
    [InlineData(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28")]
    [InlineData(2021, "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28")]
    [InlineData(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27")]
    [InlineData(2023, "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26")]
    [InlineData(2024, "2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26")]
    [InlineData(2025, "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26")]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    [InlineData(2011, "2011-01-03 2011-04-22 2011-04-25 2011-04-29 2011-05-02 2011-05-30 2011-08-29 2011-12-26 2011-12-27")]
    [InlineData(2012, "2012-01-02 2012-04-06 2012-04-09 2012-05-07 2012-06-04 2012-06-05 2012-08-27 2012-12-25 2012-12-26")]
    public void England_and_wales_bank_holidays_for_a_year(int year, string expected)
    {
        var dates = UkBankHolidays.For(year).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(' '), dates);
    }

    [Theory]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_sunday_by_the_anonymous_gregorian_algorithm(int year, string expected) =>
        Assert.Equal(D(expected), UkBankHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2022-04-15", "Good Friday")]
    [InlineData("2022-04-18", "Easter Monday")]
    [InlineData("2024-03-29", "Good Friday")]
    [InlineData("2024-04-01", "Easter Monday")]
    [InlineData("2025-04-18", "Good Friday")]
    [InlineData("2025-04-21", "Easter Monday")]
    // Christmas on a Saturday and Boxing Day on a Sunday: Monday 27th and Tuesday 28th.
    [InlineData("2021-12-27", "Christmas Day (substitute day)")]
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    [InlineData("2027-12-27", "Christmas Day (substitute day)")]
    [InlineData("2027-12-28", "Boxing Day (substitute day)")]
    // Christmas on a Sunday: Boxing Day keeps Monday 26th and Christmas moves to Tuesday 27th.
    [InlineData("2022-12-26", "Boxing Day")]
    [InlineData("2022-12-27", "Christmas Day (substitute day)")]
    // New Year's Day on a Saturday (2022) and on a Sunday (2023).
    [InlineData("2022-01-03", "New Year's Day (substitute day)")]
    [InlineData("2023-01-02", "New Year's Day (substitute day)")]
    public void Named_bank_holidays_in_england_and_wales(string date, string name) =>
        Assert.Equal(name, UkBankHolidays.Find(D(date), UkRegion.EnglandAndWales)?.Name);

    [Theory]
    [InlineData("2021-12-25")]
    [InlineData("2022-01-01")]
    [InlineData("2023-01-01")]
    [InlineData("2022-12-25")]
    [InlineData("2022-05-30")]
    [InlineData("2020-05-04")]
    [InlineData("2012-05-28")]
    [InlineData("1995-05-01")]
    public void Weekend_holidays_and_moved_days_are_not_bank_holidays_on_their_usual_day(string date) =>
        Assert.False(UkBankHolidays.IsBankHoliday(D(date)));

    [Theory]
    [InlineData("1995-05-08", BankHolidayChangeKind.MovedTo)]
    [InlineData("1999-12-31", BankHolidayChangeKind.Extra)]
    [InlineData("2011-04-29", BankHolidayChangeKind.Extra)]
    [InlineData("2012-06-04", BankHolidayChangeKind.MovedTo)]
    [InlineData("2012-06-05", BankHolidayChangeKind.Extra)]
    [InlineData("2020-05-08", BankHolidayChangeKind.MovedTo)]
    [InlineData("2022-06-02", BankHolidayChangeKind.MovedTo)]
    [InlineData("2022-06-03", BankHolidayChangeKind.Extra)]
    [InlineData("2022-09-19", BankHolidayChangeKind.Extra)]
    [InlineData("2023-05-08", BankHolidayChangeKind.Extra)]
    public void Every_one_off_change_is_a_bank_holiday_in_every_part_of_the_uk(string date, BankHolidayChangeKind kind)
    {
        var change = Assert.Single(UkBankHolidays.Changes, c => c.Date == D(date));
        Assert.Equal(kind, change.Kind);
        foreach (var region in Enum.GetValues<UkRegion>())
        {
            Assert.True(UkBankHolidays.IsBankHoliday(D(date), region), $"{date} in {region}");
        }
    }

    [Fact]
    public void Every_change_in_the_data_file_names_its_source_under_the_1971_act()
    {
        Assert.Equal(14, UkBankHolidays.Changes.Count);
        Assert.All(UkBankHolidays.Changes, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.Contains("Banking and Financial Dealings Act 1971", c.Source);
        });
        Assert.Contains("Banking and Financial Dealings Act 1971", UkBankHolidays.ChangesSource);
        Assert.All(UkBankHolidays.Changes.Where(c => c.Kind == BankHolidayChangeKind.MovedFrom),
            c => Assert.Contains(UkBankHolidays.Changes, to => to.Kind == BankHolidayChangeKind.MovedTo && to.Date.Year == c.Date.Year));
    }

    [Theory]
    [InlineData(2025, UkRegion.Scotland, "2025-01-01 2025-01-02 2025-04-18 2025-05-05 2025-05-26 2025-08-04 2025-12-01 2025-12-25 2025-12-26")]
    // New Year's Day on a Saturday and 2 January on a Sunday: Monday 3rd and Tuesday 4th.
    [InlineData(2022, UkRegion.Scotland, "2022-01-03 2022-01-04 2022-04-15 2022-05-02 2022-06-02 2022-06-03 2022-08-01 2022-09-19 2022-11-30 2022-12-26 2022-12-27")]
    // New Year's Day on a Sunday: 2 January keeps Monday and New Year moves to Tuesday 3rd.
    [InlineData(2023, UkRegion.Scotland, "2023-01-02 2023-01-03 2023-04-07 2023-05-01 2023-05-08 2023-05-29 2023-08-07 2023-11-30 2023-12-25 2023-12-26")]
    // St Patrick's Day on a Monday; 12 July on a Saturday moves to Monday 14th.
    [InlineData(2025, UkRegion.NorthernIreland, "2025-01-01 2025-03-17 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-07-14 2025-08-25 2025-12-25 2025-12-26")]
    // St Patrick's Day on a Sunday moves to Monday 18th.
    [InlineData(2024, UkRegion.NorthernIreland, "2024-01-01 2024-03-18 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-07-12 2024-08-26 2024-12-25 2024-12-26")]
    public void Scottish_and_northern_irish_bank_holidays(int year, UkRegion region, string expected)
    {
        var dates = UkBankHolidays.For(year, region).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(' '), dates);
    }
}
