using Portal.Domain.Common;

namespace Portal.Domain.Evaluations;

/// <summary>The consensus a moderator recorded for one criterion of one bid (0 to 5), with its rationale.</summary>
public sealed record ModeratedScore(string CriterionKey, int Score, string Rationale);

/// <summary>
/// One bid as moderation left it: its price, why it was excluded at compliance (if it was), and the moderated score of
/// every scored criterion (quality questions and social value; price is scored by formula, not by people).
/// </summary>
public sealed record ModeratedBid(Guid ResponseId, Guid SupplierId, string SupplierName, Money? TotalPrice,
    string? ExclusionReason, IReadOnlyList<ModeratedScore> Scores)
{
    public bool Excluded => ExclusionReason is not null;
}

/// <summary>Every bid in the opened box, as moderated so far; <see cref="Complete"/> once every compliant bid is moderated.</summary>
public sealed record ModeratedSheet(Guid CommissionId, Guid IttId, IReadOnlyList<ModeratedBid> Bids, bool Complete);

/// <summary>One criterion's result for a bid: its moderated score (none for price) and the weighted points it earned.</summary>
public sealed record CriterionResult(string CriterionKey, string Title, int WeightPercent, int? Score, decimal WeightedScore, string Rationale);

/// <summary>A bid's place in the evaluation: its criteria, its totals, its rank (none if excluded) and any note on a tie or its price.</summary>
public sealed record BidderResult(Guid ResponseId, Guid SupplierId, string SupplierName, string? ExclusionReason, Money? TotalPrice,
    IReadOnlyList<CriterionResult> Criteria, decimal QualityScore, decimal SocialValueScore, decimal PriceScore, decimal TotalScore,
    int? Rank, string? RankNote, bool AbnormallyLowPrice)
{
    public bool Excluded => ExclusionReason is not null;
}

/// <summary>The ranked results of an evaluation, best first, excluded bids last.</summary>
public sealed record EvaluationResults(IReadOnlyList<BidderResult> Bidders)
{
    public IEnumerable<BidderResult> Ranked => Bidders.Where(b => b.Rank is not null).OrderBy(b => b.Rank);
}

/// <summary>The award recommendation once its named approver has approved it.</summary>
public sealed record ApprovedRecommendation(Guid ResponseId, Guid SupplierId, string SupplierName, string Rationale,
    string ApprovedByName, DateTimeOffset ApprovedAt);

/// <summary>What the award stage needs from evaluation: the results and, once approved, the recommendation.</summary>
public sealed record EvaluationOutcome(EvaluationResults Results, ApprovedRecommendation? Recommendation);
