using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>
/// Decision numbers run April to March in UK time. 31 March is always in British Summer Time (the clocks go forward on
/// the last Sunday of March), so the financial year turns at 23:00 UTC on 31 March.
/// </summary>
public class FinancialYearNumberingTests
{
    [Theory]
    [InlineData("2024-03-31T00:30:00Z", 2023)] // 00:30 GMT on the day the clocks go forward (01:00 UTC)
    [InlineData("2024-03-31T12:00:00Z", 2023)] // 13:00 BST
    [InlineData("2024-03-31T22:30:00Z", 2023)] // 23:30 BST on 31 March
    [InlineData("2024-03-31T22:59:59Z", 2023)] // 23:59:59 BST on 31 March
    [InlineData("2024-03-31T23:00:00Z", 2024)] // midnight BST: 1 April in the UK, still 31 March in UTC
    [InlineData("2024-03-31T23:30:00Z", 2024)] // 00:30 BST on 1 April
    [InlineData("2024-04-01T00:00:00Z", 2024)]
    [InlineData("2023-03-31T22:59:00Z", 2022)] // 2023: the clocks went forward on 26 March
    [InlineData("2023-03-31T23:01:00Z", 2023)]
    [InlineData("2024-01-01T00:00:00Z", 2023)] // January is late in the year that began the April before
    [InlineData("2024-12-31T23:59:59Z", 2024)]
    public void An_instant_belongs_to_the_financial_year_of_its_UK_date(string instant, int financialYearStarting)
    {
        Assert.Equal(financialYearStarting, DecisionNumbers.FinancialYearStarting(DateTimeOffset.Parse(instant)));
    }

    [Theory]
    [InlineData("2024-03-31", 2023)]
    [InlineData("2024-04-01", 2024)]
    [InlineData("2023-04-01", 2023)]
    [InlineData("2024-02-29", 2023)]
    public void A_UK_date_belongs_to_the_financial_year_that_began_on_the_last_1_April(string date, int financialYearStarting)
    {
        Assert.Equal(financialYearStarting, DecisionNumbers.FinancialYearStarting(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("SCP-D", 2023, 3, "SCP-D-202324-003")]
    [InlineData("SCP-D", 2024, 1, "SCP-D-202425-001")]
    [InlineData("SCP-D", 2099, 12, "SCP-D-209900-012")] // the second year wraps to 00
    [InlineData("OPCC", 2023, 1234, "OPCC-202324-1234")] // a busy year outgrows three digits without losing any
    public void Number_reads_prefix_financial_year_and_sequence(string prefix, int year, int sequence, string expected)
    {
        Assert.Equal(expected, DecisionNumbers.Format(prefix, year, sequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Sequences_start_at_one(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecisionNumbers.Format("SCP-D", 2023, sequence));
    }

    [Fact]
    public void Late_on_31_March_and_early_on_1_April_number_into_different_years()
    {
        var lastOfMarch = DateTimeOffset.Parse("2024-03-31T22:30:00Z");
        var firstOfApril = DateTimeOffset.Parse("2024-03-31T23:30:00Z");

        Assert.Equal("SCP-D-202324-003", DecisionNumbers.Format("SCP-D", DecisionNumbers.FinancialYearStarting(lastOfMarch), 3));
        Assert.Equal("SCP-D-202425-001", DecisionNumbers.Format("SCP-D", DecisionNumbers.FinancialYearStarting(firstOfApril), 1));
    }
}
