using Portal.Domain.Performance;

namespace Portal.Tests.Domain.Performance;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2022-04-01", 2022, 1)]
    [InlineData("2022-06-30", 2022, 1)]
    [InlineData("2022-07-01", 2022, 2)]
    [InlineData("2022-12-31", 2022, 3)]
    [InlineData("2023-01-01", 2022, 4)]
    [InlineData("2023-03-31", 2022, 4)]
    public void A_day_falls_in_its_financial_quarter(string day, int financialYear, int quarter)
    {
        var period = ReportingPeriods.QuarterContaining(DateOnly.Parse(day));

        Assert.Equal(financialYear, period.FinancialYear);
        Assert.Equal(quarter, period.Quarter);
        Assert.True(period.Contains(DateOnly.Parse(day)));
    }

    [Fact]
    public void The_reference_contract_reports_in_quarters_clipped_to_its_service()
    {
        var periods = ReportingPeriods.Between(new DateOnly(2022, 7, 11), new DateOnly(2024, 4, 30));

        Assert.Equal(8, periods.Count);
        Assert.Equal(new ReportingPeriod(new DateOnly(2022, 7, 11), new DateOnly(2022, 9, 30)), periods[0]);
        Assert.Equal("Q2 2022/23 (11 Jul – 30 Sept 2022)", periods[0].Label);
        Assert.Equal("Q4 2022/23 (1 Jan – 31 Mar 2023)", periods[2].Label);
        Assert.Equal(new ReportingPeriod(new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)), periods[^1]);
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.Ends.AddDays(1), pair.Second.Starts));
    }

    [Fact]
    public void A_contract_ending_before_it_commences_has_no_periods() =>
        Assert.Empty(ReportingPeriods.Between(new DateOnly(2024, 5, 1), new DateOnly(2024, 4, 30)));

    [Fact]
    public void Quarters_across_a_year_end_name_both_years()
    {
        var period = ReportingPeriods.QuarterContaining(new DateOnly(2023, 2, 14));

        Assert.Equal("Q4 2022/23 (1 Jan – 31 Mar 2023)", period.Label);
        Assert.Equal(new DateOnly(2023, 1, 1), period.Starts);
    }

    [Theory]
    [InlineData("2022-09-30", 2022, 1, "H1 2022/23 (April to September 2022)")]
    [InlineData("2022-10-01", 2022, 2, "H2 2022/23 (October 2022 to March 2023)")]
    [InlineData("2023-03-31", 2022, 2, "H2 2022/23 (October 2022 to March 2023)")]
    public void Board_reports_cover_half_years(string day, int financialYear, int half, string label)
    {
        var halfYear = HalfYear.Containing(DateOnly.Parse(day));

        Assert.Equal(new HalfYear(financialYear, half), halfYear);
        Assert.Equal(label, halfYear.Label);
        Assert.Equal(new HalfYear(2022, 1), new HalfYear(2022, 2).Previous);
        Assert.Equal(new HalfYear(2021, 2), new HalfYear(2022, 1).Previous);
    }
}
