using Portal.Domain.Commissions;
using Portal.Domain.Common;

namespace Portal.Tests.Domain;

public class MoneyTests
{
    [Theory]
    [InlineData("75000", 7_500_000)]
    [InlineData("1234.5", 123_450)]
    [InlineData("0.01", 1)]
    [InlineData("0.1", 10)]
    [InlineData("663540.00", 66_354_000)]
    public void Pounds_become_exact_pence(string pounds, long pence)
    {
        var money = Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(pence, money.Pence);
        Assert.Equal(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture), money.Pounds);
    }

    [Fact]
    public void Adding_pence_that_binary_floating_point_gets_wrong_stays_exact()
    {
        var total = Money.FromPounds(0.10m) + Money.FromPounds(0.20m);

        Assert.Equal(Money.FromPounds(0.30m), total);
        Assert.Equal(30, total.Pence);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("75000.005")]
    [InlineData("-0.009")]
    public void An_amount_below_a_penny_is_refused(string pounds)
    {
        Assert.Throws<ArgumentException>(() => Money.FromPounds(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(7_500_000, "£75,000")]
    [InlineData(123_450, "£1,234.50")]
    [InlineData(1, "£0.01")]
    [InlineData(0, "£0")]
    [InlineData(30_000_000, "£300,000")]
    public void Money_reads_in_pounds_with_pence_only_when_there_are_some(long pence, string expected)
    {
        Assert.Equal(expected, new Money(pence).ToString());
    }

    [Fact]
    public void Money_compares_and_multiplies_by_whole_pence()
    {
        var low = Money.FromPounds(75_000);
        var high = Money.FromPounds(80_000);

        Assert.True(low < high);
        Assert.True(high >= low);
        Assert.Equal(-1, low.CompareTo(high));
        Assert.Equal(Money.FromPounds(150_000), low * 2);
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) * 2);
    }

    [Theory]
    [InlineData(75_000, 24, 150_000)]
    [InlineData(80_000, 24, 160_000)]
    [InlineData(75_000, 48, 300_000)]
    [InlineData(80_000, 48, 320_000)]
    [InlineData(75_000, 1, 6_250)]
    public void Contract_value_over_a_term_follows_the_annual_rate(int annualPounds, int months, int expectedPounds)
    {
        Assert.Equal(Money.FromPounds(expectedPounds), ContractValue.OverMonths(Money.FromPounds(annualPounds), months));
    }

    [Fact]
    public void Contract_value_over_an_odd_number_of_months_rounds_down_to_the_penny()
    {
        // £1,000.01 a year for 7 months is £583.339166…; a penny-exact figure never overstates the commitment.
        Assert.Equal(new Money(58_333), ContractValue.OverMonths(Money.FromPounds(1_000.01m), 7));
    }

    [Fact]
    public void The_full_term_of_the_reference_commission_is_the_initial_term_plus_both_extensions()
    {
        var details = new CommissionDetails("Employment support", "", "", Money.FromPounds(75_000), Money.FromPounds(80_000),
            InitialTermMonths: 24, ExtensionOptionCount: 2, ExtensionOptionMonths: 12, ProcurementRoute.FrameworkCallOff);

        Assert.Equal(48, details.FullTermMonths());
        Assert.Equal("£300,000", ContractValue.OverMonths(details.AnnualValueLow!.Value, details.FullTermMonths()).ToString());
        Assert.Equal("£320,000", ContractValue.OverMonths(details.AnnualValueHigh!.Value, details.FullTermMonths()).ToString());
    }
}
