using Microsoft.EntityFrameworkCore;
using Portal.Components.Responses;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Award;

/// <summary>
/// Stands in for the evaluation stage, which provides <see cref="IEvaluationOutcomeSource"/> itself: the results of a commission's
/// opened tender as moderators might have left them. Each response in the box is read from the sealed box; one that answered
/// "no" to a compliance question is excluded; the others are scored in the order they arrived (the first best on quality),
/// price by the ITT's formula, and the top-ranked is recommended and approved.
/// </summary>
public sealed class StandInEvaluationOutcomes(IDbContextFactory<PortalDbContext> contexts, ResponseVault vault) : IEvaluationOutcomeSource
{
    public const string ApproverName = "Helen Ward";
    private static readonly int[][] QualityScoresByArrival = [[5, 3], [3, 4], [2, 2]];
    private static readonly int[] SocialValueByArrival = [4, 2, 3];

    public async Task<EvaluationOutcome?> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        var opening = itt is null ? null
            : await db.Set<TenderOpeningRecord>().AsNoTracking().SingleOrDefaultAsync(o => o.InvitationToTenderId == itt.Id, cancellationToken);
        if (itt is null || opening is null) return null;
        var responses = await db.Set<TenderResponse>().AsNoTracking().Where(r => r.InvitationToTenderId == itt.Id).ToListAsync(cancellationToken);
        using var cipher = await vault.ExistingCipherAsync(db, itt.Id, cancellationToken);
        var bids = responses.Where(r => r.InTheBox is not null).OrderBy(r => r.InTheBox!.ReceivedAt).ThenBy(r => r.SupplierName).ToList();
        foreach (var bid in bids) ResponseVault.Reveal(bid, cipher);
        var content = itt.Content;
        var compliantPrices = bids.Where(b => ExclusionOf(b, content) is null && b.Content.TotalPrice is not null)
            .ToDictionary(b => b.Id, b => b.Content.TotalPrice!.Value.Pounds);
        var priceScores = PriceScoring.Score(compliantPrices, content.PriceWeightingPercent);
        var lowest = compliantPrices.Count == 0 ? 0 : compliantPrices.Values.Min();
        var scored = bids.Select((bid, arrival) => Result(bid, arrival, content, priceScores, lowest)).ToList();
        var ranked = scored.Where(r => !r.Excluded).OrderByDescending(r => r.TotalScore).Select((r, i) => r with { Rank = i + 1 });
        var results = new Portal.Domain.Evaluations.EvaluationResults([.. ranked, .. scored.Where(r => r.Excluded)]);
        var winner = results.Ranked.FirstOrDefault();
        return new EvaluationOutcome(results, winner is null ? null : new ApprovedRecommendation(winner.ResponseId, winner.SupplierId,
            winner.SupplierName, "The highest scoring compliant tender, strongest on finding and keeping placements.", ApproverName,
            opening.OpenedAt.AddDays(7)));
    }

    private static BidderResult Result(TenderResponse bid, int arrival, IttContent itt, IReadOnlyDictionary<Guid, decimal> priceScores, decimal lowest)
    {
        if (ExclusionOf(bid, itt) is { } reason)
            return new BidderResult(bid.Id, bid.SupplierId, bid.SupplierName, reason, bid.Content.TotalPrice, [], 0, 0, 0, 0, null, null, false);
        var criteria = new List<CriterionResult>();
        var row = QualityScoresByArrival[Math.Min(arrival, QualityScoresByArrival.Length - 1)];
        for (var i = 0; i < itt.QualityQuestions.Count; i++)
        {
            var question = itt.QualityQuestions[i];
            var score = row[Math.Min(i, row.Length - 1)];
            criteria.Add(new CriterionResult(Criterion.Quality(i).Key, question.Text, question.WeightingPercent, score,
                score * question.WeightingPercent / 5m, Rationale(question.DescriptorFor(score), bid.SupplierName, score)));
        }
        var socialValue = SocialValueByArrival[Math.Min(arrival, SocialValueByArrival.Length - 1)];
        criteria.Add(new CriterionResult(Criterion.SocialValue.Key, "Social value", itt.SocialValueWeightingPercent, socialValue,
            socialValue * itt.SocialValueWeightingPercent / 5m, Rationale("", bid.SupplierName, socialValue)));
        var price = priceScores[bid.Id];
        criteria.Add(new CriterionResult(Criterion.Price.Key, "Price", itt.PriceWeightingPercent, null, price,
            $"The lowest compliant price, {Money.FromPounds(lowest)}, divided by this price, {bid.Content.TotalPrice}, times {itt.PriceWeightingPercent}."));
        var quality = criteria.Where(c => c.CriterionKey.StartsWith('Q')).Sum(c => c.WeightedScore);
        var social = criteria.Single(c => c.CriterionKey == Criterion.SocialValue.Key).WeightedScore;
        return new BidderResult(bid.Id, bid.SupplierId, bid.SupplierName, null, bid.Content.TotalPrice, criteria, quality, social, price,
            quality + social + price, null, null, false);
    }

    private static string? ExclusionOf(TenderResponse bid, IttContent itt)
    {
        var failed = bid.Content.Compliance.Select((answer, i) => (answer, i)).FirstOrDefault(a => a.answer.Meets != true);
        return failed.answer is null || failed.i >= itt.ComplianceQuestions.Count
            ? null
            : $"Compliance question {failed.i + 1} failed: {itt.ComplianceQuestions[failed.i].Text}";
    }

    private static string Rationale(string descriptor, string bidder, int score)
    {
        var finding = score switch
        {
            >= 5 => "gave a detailed plan with named employer partners in every district and a retention coach for the first twelve weeks",
            4 => "gave a clear plan with good evidence of joint working and named partner leads",
            3 => "met the requirement, though employers were not named and support ended at placement",
            2 => "left important parts of the requirement unanswered",
            _ => "did not show how the requirement would be met",
        };
        return $"{(descriptor.Length > 0 ? descriptor + " " : "")}The moderators agreed that {bidder} {finding}.";
    }
}
