using Portal.Domain.Award;
using Portal.Domain.Calendar;
using Portal.Domain.Common;
using static Portal.Tests.Domain.Award.AwardResultsFixture;

namespace Portal.Tests.Domain.Award;

public sealed class AssessmentSummaryTests
{
    private static readonly StandstillEnd Standstill = AwardStandstill.From(ProcurementRegime.ProcurementAct2023, null, new DateOnly(2026, 3, 2));

    private static IReadOnlyList<AssessmentSummary> Letters() =>
        AssessmentSummaries.Compose(Results(), Recommendation(), Standstill, ProcurementRegime.ProcurementAct2023, "Office of the Police and Crime Commissioner");

    private static AssessmentSummary LetterTo(Guid supplierId) => Letters().Single(l => l.SupplierId == supplierId);

    [Fact]
    public void Every_bidder_gets_one_letter_and_only_the_recommended_bidder_is_told_it_succeeded()
    {
        var letters = Letters();

        Assert.Equal(3, letters.Count);
        Assert.Equal([BidOutcome.Successful, BidOutcome.Unsuccessful, BidOutcome.Excluded], letters.Select(l => l.Outcome));
        Assert.All(letters, l => Assert.Equal("Pathways to Work CIC", l.WinnerName));
        Assert.All(letters, l => Assert.Equal(3, l.BidderCount));
    }

    [Fact]
    public void The_successful_bidder_sees_its_own_scores_and_reasons_per_criterion_and_no_comparison()
    {
        var letter = LetterTo(PathwaysId);

        Assert.Equal(["Q1", "Q2", "SV", "PRICE"], letter.Criteria.Select(c => c.CriterionKey));
        var placements = letter.Criteria[0];
        Assert.Equal((PlacementsQuestion, 35, 5, 35m, WinnerPlacementsRationale),
            (placements.Title, placements.WeightPercent, placements.Score, placements.WeightedScore, placements.Rationale));
        Assert.Equal(28.85m, letter.Criteria.Single(c => c.IsPrice).WeightedScore);
        Assert.All(letter.Criteria, c => Assert.Null(c.WinnerScore));
        Assert.Empty(letter.WinnerAdvantages);
        Assert.Equal(86.85m, letter.TotalScore);
        Assert.Null(letter.WinnerTotalScore);
    }

    [Fact]
    public void An_unsuccessful_bidder_sees_the_winners_scores_and_the_winners_reasons_only_where_the_winner_scored_higher()
    {
        var letter = LetterTo(SecondChanceId);

        Assert.Equal(BidOutcome.Unsuccessful, letter.Outcome);
        Assert.Equal(2, letter.Rank);
        Assert.Equal(75m, letter.TotalScore);
        Assert.Equal(86.85m, letter.WinnerTotalScore);
        var placements = letter.Criteria.Single(c => c.CriterionKey == "Q1");
        Assert.Equal((3, 21m, LoserPlacementsRationale, 5, 35m), (placements.Score, placements.WeightedScore, placements.Rationale,
            placements.WinnerScore, placements.WinnerWeightedScore));
        Assert.Equal([WinnerPlacementsRationale, WinnerSocialValueRationale], letter.WinnerAdvantages.Select(a => a.WinnerAdvantage));
        // Second Chance scored higher on partnership working and on price: the winner had no advantage there to state.
        Assert.Null(letter.Criteria.Single(c => c.CriterionKey == "Q2").WinnerAdvantage);
        Assert.Null(letter.Criteria.Single(c => c.IsPrice).WinnerAdvantage);
        Assert.Equal(28.85m, letter.Criteria.Single(c => c.IsPrice).WinnerWeightedScore);
    }

    [Fact]
    public void An_excluded_bidder_is_told_why_and_sees_no_other_bidders_scores()
    {
        var letter = LetterTo(MidlandsId);

        Assert.Equal(BidOutcome.Excluded, letter.Outcome);
        Assert.Equal(ExclusionReason, letter.ExclusionReason);
        Assert.Empty(letter.Criteria);
        Assert.Null(letter.WinnerTotalScore);
    }

    [Fact]
    public void Every_letter_states_the_standstill_end_with_its_rule_and_how_to_challenge()
    {
        foreach (var letter in Letters())
        {
            Assert.Equal(Standstill.EndsAt, letter.StandstillEndsAt);
            Assert.StartsWith("Procurement Act 2023 s.51: 8 working days", letter.StandstillRule);
            Assert.Contains("day it treats as the day the contract award notice is published", letter.StandstillRule);
            Assert.Contains("before the standstill period ends (11 Mar 2026, 23:59 UK time)", letter.HowToChallenge);
            Assert.Contains("Part 9 of the Procurement Act 2023", letter.HowToChallenge);
        }
    }

    [Fact]
    public void A_price_advantage_without_a_rationale_is_explained_by_the_formula()
    {
        var results = Results();
        var winner = results.Bidders[1] with { Rank = 1 };
        var loser = results.Bidders[0] with { Rank = 2 };
        var cheaperWins = new Portal.Domain.Evaluations.EvaluationResults([winner with
        {
            Criteria = winner.Criteria.Select(c => c.CriterionKey == "PRICE" ? c with { Rationale = "" } : c).ToList(),
        }, loser]);
        var recommendation = Recommendation() with { ResponseId = SecondChanceResponse, SupplierId = SecondChanceId, SupplierName = "Second Chance Skills Trust" };

        var letter = AssessmentSummaries.Compose(cheaperWins, recommendation, Standstill, ProcurementRegime.Pcr2015, "the office")
            .Single(l => l.SupplierId == PathwaysId);

        Assert.Contains("Second Chance Skills Trust's price was lower", letter.Criteria.Single(c => c.IsPrice).WinnerAdvantage);
        Assert.Contains("Public Contracts Regulations 2015", letter.HowToChallenge);
    }

    [Fact]
    public void A_recommendation_of_an_excluded_or_unknown_tender_is_refused()
    {
        var excluded = Recommendation() with { ResponseId = MidlandsResponse };
        var unknown = Recommendation() with { ResponseId = Guid.NewGuid() };

        Assert.Contains("was excluded", Assert.Throws<DomainRuleException>(() =>
            AssessmentSummaries.Compose(Results(), excluded, Standstill, ProcurementRegime.ProcurementAct2023, "x")).Message);
        Assert.Contains("not in the evaluation results", Assert.Throws<DomainRuleException>(() =>
            AssessmentSummaries.Compose(Results(), unknown, Standstill, ProcurementRegime.ProcurementAct2023, "x")).Message);
    }

    [Fact]
    public void A_letter_reads_back_exactly_as_it_was_stored()
    {
        var letter = LetterTo(SecondChanceId);

        var stored = AssessmentSummary.FromJson(letter.ToJson());

        Assert.Equal(letter.ToJson(), stored.ToJson());
        Assert.Equal(Money.FromPounds(150_000), stored.TotalPrice);
        Assert.Equal(letter.Criteria, stored.Criteria);
    }
}
