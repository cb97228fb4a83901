using Portal.Domain.Evaluations;
using Portal.Domain.Evaluations.Results;
using static Portal.Tests.Domain.Evaluations.Results.ResultsSheets;

namespace Portal.Tests.Domain.Evaluations.Results;

public class EvaluationRankingTests
{
    private static EvaluationResults Calculate(params ModeratedBid[] bids) => EvaluationCalculation.Calculate(Sheet(bids), Itt, 20);

    private static BidderResult Of(EvaluationResults results, string supplier) => results.Bidders.Single(b => b.SupplierName == supplier);

    [Fact]
    public void Untied_bids_rank_by_total_without_a_note()
    {
        var results = Calculate(Bid("Alpha", 100_000, 2, 2, 2), Bid("Beta", 100_000, 5, 5, 5), Bid("Gamma", 100_000, 3, 3, 3));

        Assert.Equal([("Beta", 1), ("Gamma", 2), ("Alpha", 3)], results.Ranked.Select(b => (b.SupplierName, b.Rank!.Value)));
        Assert.All(results.Bidders, b => Assert.Null(b.RankNote));
    }

    [Fact]
    public void Equal_totals_go_to_the_higher_quality_score_and_the_note_gives_the_figures()
    {
        // Alpha: quality 24 + 16 = 40, social value 0. Beta: quality 30 + 8 = 38, social value 2. Same price: both total 80.
        var results = Calculate(Bid("Beta", 100_000, q1: 5, q2: 2, socialValue: 1), Bid("Alpha", 100_000, q1: 4, q2: 4, socialValue: 0));

        Assert.Equal(80m, Of(results, "Alpha").TotalScore);
        Assert.Equal(80m, Of(results, "Beta").TotalScore);
        Assert.Equal(1, Of(results, "Alpha").Rank);
        Assert.Equal(2, Of(results, "Beta").Rank);
        Assert.Equal("Tied on total 80.00 with Beta; ranked higher on quality (40.00 against 38.00).", Of(results, "Alpha").RankNote);
        Assert.Equal("Tied on total 80.00 with Alpha; ranked lower on quality (38.00 against 40.00).", Of(results, "Beta").RankNote);
    }

    [Fact]
    public void Equal_totals_and_quality_go_to_the_lower_price()
    {
        // Alpha: social value 10 + price 30 (£133,333.33); Beta: social value 0 + price 40 (£100,000). Same quality, both total 80.
        var results = Calculate(Bid("Alpha", 133_333.33m, q1: 3, q2: 3, socialValue: 5), Bid("Beta", 100_000, q1: 3, q2: 3, socialValue: 0));

        Assert.Equal(Of(results, "Alpha").TotalScore, Of(results, "Beta").TotalScore);
        Assert.Equal(1, Of(results, "Beta").Rank);
        Assert.Equal(2, Of(results, "Alpha").Rank);
        Assert.Equal("Tied on total 70.00 with Alpha; equal on quality (30.00), ranked higher on price (£100,000 against £133,333.33).",
            Of(results, "Beta").RankNote);
    }

    [Fact]
    public void Bids_equal_on_total_quality_and_price_share_a_rank_and_the_next_rank_is_skipped()
    {
        var results = Calculate(Bid("Alpha", 100_000, 4, 4, 4), Bid("Beta", 100_000, 4, 4, 4), Bid("Gamma", 100_000, 1, 1, 1));

        Assert.Equal([1, 1, 3], results.Ranked.Select(b => b.Rank!.Value));
        Assert.Equal("Tied on total 88.00 with Beta; equal on quality (40.00) and on price (£100,000), so they share rank 1.", Of(results, "Alpha").RankNote);
        Assert.Null(Of(results, "Gamma").RankNote);
    }

    [Fact]
    public void A_three_way_tie_explains_the_outcome_against_each_of_the_others()
    {
        var results = Calculate(Bid("Alpha", 100_000, 4, 4, 0), Bid("Beta", 100_000, 5, 2, 1), Bid("Gamma", 100_000, 4, 4, 0));

        Assert.Equal("Tied on total 80.00 with Alpha and Gamma. Against Alpha: ranked lower on quality (38.00 against 40.00). " +
                     "Against Gamma: ranked lower on quality (38.00 against 40.00).", Of(results, "Beta").RankNote);
        Assert.Equal(3, Of(results, "Beta").Rank);
    }
}
