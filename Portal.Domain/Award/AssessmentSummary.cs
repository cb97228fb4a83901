using System.Text.Json;
using Portal.Domain.Common;

namespace Portal.Domain.Award;

public enum BidOutcome { Successful, Unsuccessful, Excluded }

/// <summary>
/// One criterion of a bidder's letter: its score and the moderators' reasons and, in an unsuccessful bidder's letter, the
/// winner's score beside it; <see cref="WinnerAdvantage"/> is set where the winner earned more, in the winner's moderators' words.
/// </summary>
public sealed record CriterionAssessment(string CriterionKey, string Title, int WeightPercent, int? Score, decimal WeightedScore, string Rationale,
    int? WinnerScore = null, decimal? WinnerWeightedScore = null, string? WinnerAdvantage = null)
{
    public bool IsPrice => CriterionKey == Evaluations.Criterion.Price.Key;
}

/// <summary>
/// The assessment summary a bidder receives with the intention to award: whether it won, its scores and the reasons per
/// criterion, the winner's scores and relative advantages where it lost, or why it was excluded; the standstill period and
/// how to challenge. Kept exactly as sent.
/// </summary>
public sealed record AssessmentSummary(
    Guid ResponseId,
    Guid SupplierId,
    string SupplierName,
    BidOutcome Outcome,
    string? ExclusionReason,
    IReadOnlyList<CriterionAssessment> Criteria,
    decimal TotalScore,
    int? Rank,
    Money? TotalPrice,
    int BidderCount,
    string WinnerName,
    decimal? WinnerTotalScore,
    DateTimeOffset StandstillEndsAt,
    string StandstillRule,
    string HowToChallenge)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new MoneyJsonConverter() } };

    public IEnumerable<CriterionAssessment> WinnerAdvantages => Criteria.Where(c => c.WinnerAdvantage is not null);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static AssessmentSummary FromJson(string json) =>
        JsonSerializer.Deserialize<AssessmentSummary>(json, JsonOptions) ?? throw new InvalidOperationException("An empty assessment summary was stored.");
}
