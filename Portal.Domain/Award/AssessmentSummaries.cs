using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Evaluations;

namespace Portal.Domain.Award;

/// <summary>Writes every bidder's assessment summary from the evaluation's results and its approved recommendation.</summary>
public static class AssessmentSummaries
{
    public static IReadOnlyList<AssessmentSummary> Compose(EvaluationResults results, ApprovedRecommendation recommendation,
        StandstillEnd standstill, ProcurementRegime regime, string officeName)
    {
        var winner = results.Bidders.SingleOrDefault(b => b.ResponseId == recommendation.ResponseId)
            ?? throw new DomainRuleException("The approved recommendation names a tender that is not in the evaluation results.");
        if (winner.Excluded) throw new DomainRuleException($"The approved recommendation names {winner.SupplierName}, whose tender was excluded.");
        var challenge = HowToChallenge(standstill, regime, officeName);
        return results.Bidders
            .OrderBy(b => b.Rank ?? int.MaxValue).ThenBy(b => b.SupplierName, StringComparer.Ordinal)
            .Select(bidder => Letter(bidder, winner, results.Bidders.Count, standstill, challenge))
            .ToList();
    }

    private static AssessmentSummary Letter(BidderResult bidder, BidderResult winner, int bidderCount, StandstillEnd standstill, string challenge)
    {
        var outcome = bidder.Excluded ? BidOutcome.Excluded
            : bidder.ResponseId == winner.ResponseId ? BidOutcome.Successful
            : BidOutcome.Unsuccessful;
        var criteria = outcome == BidOutcome.Unsuccessful
            ? bidder.Criteria.Select(own => Compared(own, winner)).ToList()
            : bidder.Criteria.Select(Own).ToList();
        return new AssessmentSummary(bidder.ResponseId, bidder.SupplierId, bidder.SupplierName, outcome, bidder.ExclusionReason, criteria,
            bidder.TotalScore, bidder.Rank, bidder.TotalPrice, bidderCount, winner.SupplierName,
            outcome == BidOutcome.Unsuccessful ? winner.TotalScore : null, standstill.EndsAt, standstill.Rule, challenge);
    }

    private static CriterionAssessment Own(CriterionResult own) =>
        new(own.CriterionKey, own.Title, own.WeightPercent, own.Score, own.WeightedScore, own.Rationale.Trim());

    private static CriterionAssessment Compared(CriterionResult own, BidderResult winner)
    {
        var theirs = winner.Criteria.SingleOrDefault(c => c.CriterionKey == own.CriterionKey);
        if (theirs is null) return Own(own);
        var advantage = theirs.WeightedScore > own.WeightedScore ? AdvantageOf(theirs, winner.SupplierName) : null;
        return Own(own) with { WinnerScore = theirs.Score, WinnerWeightedScore = theirs.WeightedScore, WinnerAdvantage = advantage };
    }

    /// <summary>The winner's moderation rationale for the criterion, which is why it earned more; for price, what the formula rewarded.</summary>
    private static string AdvantageOf(CriterionResult theirs, string winnerName)
    {
        if (!string.IsNullOrWhiteSpace(theirs.Rationale)) return theirs.Rationale.Trim();
        return theirs.CriterionKey == Criterion.Price.Key
            ? $"{winnerName}'s price was lower, and price is scored as the lowest compliant price divided by each bidder's price."
            : $"{winnerName}'s answer was scored higher by the moderators.";
    }

    private static string HowToChallenge(StandstillEnd standstill, ProcurementRegime regime, string officeName)
    {
        var remedies = regime == ProcurementRegime.ProcurementAct2023
            ? "Part 9 of the Procurement Act 2023"
            : "Chapter 6 of Part 3 of the Public Contracts Regulations 2015";
        return $"If you wish to challenge this decision, write to the procurement team of the {officeName} before the standstill period ends " +
            $"({UkTime.Format(standstill.EndsAt)} UK time), setting out who you are and the grounds of your challenge. " +
            "The contract will not be entered into before the standstill period ends, nor while a challenge is being considered. " +
            $"Proceedings may also be brought in the courts under {remedies}.";
    }
}
