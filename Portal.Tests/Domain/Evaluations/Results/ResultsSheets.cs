using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;

namespace Portal.Tests.Domain.Evaluations.Results;

/// <summary>An ITT weighted Q1 30%, Q2 20%, social value 10%, price 40%, and moderated bids on it.</summary>
internal static class ResultsSheets
{
    public static readonly IttContent Itt = new()
    {
        QualityQuestions =
        [
            new("How will you engage people leaving prison?", 30, 1_000, []),
            new("How will you manage risk?", 20, 750, []),
        ],
        SocialValueWeightingPercent = 10,
        PriceWeightingPercent = 40,
    };

    public static ModeratedBid Bid(string supplier, decimal price, int q1, int q2, int socialValue) =>
        new(Guid.NewGuid(), Guid.NewGuid(), supplier, Money.FromPounds(price), null,
        [
            new("Q1", q1, $"{supplier} Q1 rationale"),
            new("Q2", q2, $"{supplier} Q2 rationale"),
            new("SV", socialValue, $"{supplier} social value rationale"),
        ]);

    public static ModeratedBid Excluded(string supplier, decimal price) =>
        new(Guid.NewGuid(), Guid.NewGuid(), supplier, Money.FromPounds(price), "No enhanced DBS checks", []);

    public static ModeratedSheet Sheet(params ModeratedBid[] bids) => new(Guid.NewGuid(), Guid.NewGuid(), bids, Complete: true);
}
