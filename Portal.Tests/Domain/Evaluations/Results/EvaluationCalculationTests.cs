using Portal.Domain.Evaluations;
using Portal.Domain.Evaluations.Results;
using static Portal.Tests.Domain.Evaluations.Results.ResultsSheets;

namespace Portal.Tests.Domain.Evaluations.Results;

public class EvaluationCalculationTests
{
    private static EvaluationResults Calculate(params ModeratedBid[] bids) => EvaluationCalculation.Calculate(Sheet(bids), Itt, 20);

    private static BidderResult Of(EvaluationResults results, string supplier) => results.Bidders.Single(b => b.SupplierName == supplier);

    [Fact]
    public void Each_criterion_earns_its_moderated_score_over_five_times_its_weight_and_the_total_adds_them()
    {
        var results = Calculate(Bid("Alpha", 100_000, q1: 4, q2: 3, socialValue: 5), Bid("Beta", 125_000, q1: 5, q2: 5, socialValue: 3));

        var alpha = Of(results, "Alpha");
        Assert.Equal([24.0m, 12.0m, 10.0m, 40.00m], alpha.Criteria.Select(c => c.WeightedScore));
        Assert.Equal(["Q1", "Q2", "SV", "PRICE"], alpha.Criteria.Select(c => c.CriterionKey));
        Assert.Equal((36m, 10m, 40m, 86m), (alpha.QualityScore, alpha.SocialValueScore, alpha.PriceScore, alpha.TotalScore));
        var beta = Of(results, "Beta");
        Assert.Equal((50m, 6m, 32m, 88m), (beta.QualityScore, beta.SocialValueScore, beta.PriceScore, beta.TotalScore));
        Assert.Equal(["Beta", "Alpha"], results.Ranked.Select(b => b.SupplierName));
        Assert.Equal("Q1. How will you engage people leaving prison?", alpha.Criteria[0].Title);
        Assert.Equal("Alpha Q1 rationale", alpha.Criteria[0].Rationale);
    }

    [Fact]
    public void Price_is_scored_against_the_lowest_compliant_price_only_and_rounded_to_two_places_before_the_total()
    {
        var results = Calculate(Bid("Alpha", 100_000, 3, 3, 3), Bid("Beta", 300_000, 3, 3, 3), Excluded("Cheap but excluded", 50_000));

        Assert.Equal(40.00m, Of(results, "Alpha").PriceScore);
        Assert.Equal(13.33m, Of(results, "Beta").PriceScore);
        Assert.Equal(36m + 13.33m, Of(results, "Beta").TotalScore);
        Assert.Equal("Lowest compliant price £100,000 / this price £300,000 × 40 = 13.33", Of(results, "Beta").Criteria[^1].Rationale);
        var excluded = Of(results, "Cheap but excluded");
        Assert.Null(excluded.Rank);
        Assert.Equal(0m, excluded.TotalScore);
        Assert.Equal("Cheap but excluded", results.Bidders[^1].SupplierName);
    }

    [Fact]
    public void A_criterion_not_yet_moderated_earns_nothing_and_says_so()
    {
        var bid = Bid("Alpha", 100_000, 4, 4, 4) with { Scores = [new ModeratedScore("Q1", 4, "Good")] };

        var alpha = Of(Calculate(bid), "Alpha");

        Assert.Null(alpha.Criteria.Single(c => c.CriterionKey == "Q2").Score);
        Assert.Equal("Not yet moderated.", alpha.Criteria.Single(c => c.CriterionKey == "Q2").Rationale);
        Assert.Equal(24m + 40m, alpha.TotalScore);
    }
}
