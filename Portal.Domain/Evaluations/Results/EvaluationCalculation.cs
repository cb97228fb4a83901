using Portal.Domain.Common;
using Portal.Domain.Tendering;

namespace Portal.Domain.Evaluations.Results;

/// <summary>
/// Turns a moderated sheet into results: each criterion's weighted points, the price score by the ITT's formula over
/// compliant bids only, the totals, the ranking with its ties explained, and abnormally low price warnings.
/// <para>
/// Rounding: a quality or social value criterion earns score / 5 × weight, which is exact to one decimal place because
/// weights are whole percents; the price score is the only figure rounded (to 2 places, halves away from zero, by
/// <see cref="PriceScoring"/>), before it is added. Every total is therefore the exact sum of the figures shown beside it.
/// </para>
/// </summary>
public static class EvaluationCalculation
{
    public const int MaximumScore = 5;

    public static EvaluationResults Calculate(ModeratedSheet sheet, IttContent itt, decimal abnormallyLowPercent)
    {
        if (abnormallyLowPercent is < 0 or > 100) throw new DomainRuleException("The abnormally low price threshold must be between 0% and 100%.");
        if (itt.PriceScoringFormula != PriceScoringFormula.LowestPriceRatio)
            throw new DomainRuleException($"The price formula {itt.PriceScoringFormula} is not one the portal can score.");

        var compliant = sheet.Bids.Where(b => !b.Excluded).ToList();
        var priced = compliant.Where(b => b.TotalPrice is { Pence: > 0 }).ToDictionary(b => b.ResponseId, b => b.TotalPrice!.Value.Pounds);
        var priceScores = PriceScoring.Score(priced, itt.PriceWeightingPercent);
        var lowest = priced.Count > 0 ? priced.Values.Min() : (decimal?)null;
        var priceWarnings = AbnormallyLowPrices.Find(priced, abnormallyLowPercent);

        var scored = compliant.Select(bid => Score(bid, itt, priceScores.GetValueOrDefault(bid.ResponseId), lowest)).ToList();
        var ranked = EvaluationRanking.Rank(scored);
        var results = ranked.Select(r => r with
        {
            AbnormallyLowPrice = priceWarnings.ContainsKey(r.ResponseId),
            RankNote = Join(r.RankNote, priceWarnings.GetValueOrDefault(r.ResponseId)),
        });
        var excluded = sheet.Bids.Where(b => b.Excluded).OrderBy(b => b.SupplierName, StringComparer.Ordinal)
            .Select(b => new BidderResult(b.ResponseId, b.SupplierId, b.SupplierName, b.ExclusionReason, b.TotalPrice, [], 0, 0, 0, 0, null, null, false));
        return new EvaluationResults(results.Concat(excluded).ToList());
    }

    /// <summary>The title a criterion goes by in results and reports: "Q1. Describe how…", "Social value", "Price".</summary>
    public static string TitleOf(Criterion criterion, IttContent itt) => criterion.Kind switch
    {
        CriterionKind.Quality when criterion.QuestionIndex < itt.QualityQuestions.Count => $"{criterion.Key}. {itt.QualityQuestions[criterion.QuestionIndex].Text}",
        CriterionKind.Quality => criterion.Key,
        CriterionKind.SocialValue => "Social value",
        _ => "Price",
    };

    private static BidderResult Score(ModeratedBid bid, IttContent itt, decimal priceScore, decimal? lowest)
    {
        var criteria = new List<CriterionResult>();
        for (var i = 0; i < itt.QualityQuestions.Count; i++)
            criteria.Add(Scored(bid, Criterion.Quality(i), itt.QualityQuestions[i].WeightingPercent, itt));
        if (itt.SocialValueWeightingPercent > 0) criteria.Add(Scored(bid, Criterion.SocialValue, itt.SocialValueWeightingPercent, itt));
        criteria.Add(new CriterionResult(Criterion.Price.Key, TitleOf(Criterion.Price, itt), itt.PriceWeightingPercent, null, priceScore,
            PriceRationale(bid.TotalPrice, lowest, itt.PriceWeightingPercent, priceScore)));

        var quality = criteria.Where(c => Criterion.FromKey(c.CriterionKey).Kind == CriterionKind.Quality).Sum(c => c.WeightedScore);
        var socialValue = criteria.Where(c => c.CriterionKey == Criterion.SocialValue.Key).Sum(c => c.WeightedScore);
        return new BidderResult(bid.ResponseId, bid.SupplierId, bid.SupplierName, null, bid.TotalPrice, criteria,
            quality, socialValue, priceScore, quality + socialValue + priceScore, null, null, false);
    }

    private static CriterionResult Scored(ModeratedBid bid, Criterion criterion, int weight, IttContent itt)
    {
        var moderated = bid.Scores.FirstOrDefault(s => s.CriterionKey == criterion.Key);
        if (moderated is null) return new CriterionResult(criterion.Key, TitleOf(criterion, itt), weight, null, 0, "Not yet moderated.");
        if (moderated.Score is < 0 or > MaximumScore)
            throw new DomainRuleException($"{bid.SupplierName}'s moderated score for {criterion.Key} is {moderated.Score}; scores run from 0 to {MaximumScore}.");
        return new CriterionResult(criterion.Key, TitleOf(criterion, itt), weight, moderated.Score, WeightedScore(moderated.Score, weight), moderated.Rationale);
    }

    /// <summary>Score / 5 × weight, exactly: with a whole-percent weight the result never needs more than one decimal place.</summary>
    public static decimal WeightedScore(int score, int weightPercent) => score * (decimal)weightPercent / MaximumScore;

    private static string PriceRationale(Money? price, decimal? lowest, int weight, decimal score) => (price, lowest) switch
    {
        ({ Pence: > 0 } p, { } low) => $"Lowest compliant price {Money.FromPounds(low)} / this price {p} × {weight} = {score:0.00}",
        _ => "No total price was given, so no price score can be earned.",
    };

    private static string? Join(string? first, string? second) =>
        (first, second) switch
        {
            (null, _) => second,
            (_, null) => first,
            _ => $"{first} {second}",
        };
}
