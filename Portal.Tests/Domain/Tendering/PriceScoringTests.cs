using Portal.Domain.Common;
using Portal.Domain.Tendering;

namespace Portal.Tests.Domain.Tendering;

public class PriceScoringTests
{
    [Fact]
    public void The_lowest_compliant_price_scores_the_full_weight_and_the_others_in_proportion()
    {
        var prices = new Dictionary<string, decimal>
        {
            ["Bidder A"] = 450_000m,
            ["Bidder B"] = 500_000m,
            ["Bidder C"] = 600_000m,
        };

        var scores = PriceScoring.Score(prices, 30m);

        Assert.Equal(30.00m, scores["Bidder A"]);
        Assert.Equal(27.00m, scores["Bidder B"]);
        Assert.Equal(22.50m, scores["Bidder C"]);
    }

    [Fact]
    public void Scores_are_exact_decimals_rounded_to_two_places()
    {
        var scores = PriceScoring.Score(new Dictionary<string, decimal> { ["A"] = 100_000m, ["B"] = 300_000m, ["C"] = 160_000m }, 30m);

        Assert.Equal(10.00m, scores["B"]);
        Assert.Equal(18.75m, scores["C"]);
        Assert.Equal(33.33m, PriceScoring.Score(100m, 300m, 100m));
        Assert.Equal(66.67m, PriceScoring.Score(200m, 300m, 100m));
        Assert.Equal(0.01m, PriceScoring.Score(1m, 200m, 1m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_zero_or_negative_price_is_refused(int price)
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            PriceScoring.Score(new Dictionary<string, decimal> { ["A"] = 100m, ["B"] = price }, 30m));

        Assert.StartsWith("Every price must be more than zero", ex.Message);
        Assert.Throws<DomainRuleException>(() => PriceScoring.Score(100m, price, 30m));
    }

    [Fact]
    public void No_compliant_prices_give_no_scores() =>
        Assert.Empty(PriceScoring.Score(new Dictionary<string, decimal>(), 30m));
}
