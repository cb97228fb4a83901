using Portal.Domain.Evaluations;
using Portal.Domain.Evaluations.Results;
using static Portal.Tests.Domain.Evaluations.Results.ResultsSheets;

namespace Portal.Tests.Domain.Evaluations.Results;

public class AbnormallyLowPriceTests
{
    private static BidderResult Of(EvaluationResults results, string supplier) => results.Bidders.Single(b => b.SupplierName == supplier);

    [Fact]
    public void A_price_exactly_at_the_threshold_below_the_mean_is_not_flagged()
    {
        // Mean £100,000; £80,000 is exactly 20% below it.
        var results = EvaluationCalculation.Calculate(Sheet(Bid("Low", 80_000, 3, 3, 3), Bid("High", 120_000, 3, 3, 3)), Itt, 20);

        Assert.False(Of(results, "Low").AbnormallyLowPrice);
        Assert.Null(Of(results, "Low").RankNote);
    }

    [Fact]
    public void A_price_a_penny_past_the_threshold_is_flagged_with_the_figures_but_still_ranked()
    {
        var results = EvaluationCalculation.Calculate(Sheet(Bid("Low", 79_999.99m, 3, 3, 3), Bid("High", 120_000.01m, 3, 3, 3)), Itt, 20);

        var low = Of(results, "Low");
        Assert.True(low.AbnormallyLowPrice);
        Assert.Equal(1, low.Rank);
        Assert.StartsWith("Possibly abnormally low price: £79,999.99 is 20.0% below the mean compliant price of £100,000, more than the 20% that triggers this warning.",
            low.RankNote);
        Assert.False(Of(results, "High").AbnormallyLowPrice);
    }

    [Fact]
    public void Excluded_bids_take_no_part_in_the_mean()
    {
        // With the excluded £10,000 counted the mean would be £70,000 and nothing flagged; without it the mean is £100,000.
        var results = EvaluationCalculation.Calculate(Sheet(Bid("Low", 70_000, 3, 3, 3), Bid("High", 130_000, 3, 3, 3), Excluded("Out", 10_000)), Itt, 20);

        Assert.True(Of(results, "Low").AbnormallyLowPrice);
        Assert.Contains("30.0% below the mean compliant price of £100,000", Of(results, "Low").RankNote);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var sheet = Sheet(Bid("Low", 85_000, 3, 3, 3), Bid("High", 115_000, 3, 3, 3));

        Assert.False(Of(EvaluationCalculation.Calculate(sheet, Itt, 20), "Low").AbnormallyLowPrice);
        Assert.True(Of(EvaluationCalculation.Calculate(sheet, Itt, 10), "Low").AbnormallyLowPrice);
    }
}
