using Portal.Domain.Common;

namespace Portal.Domain.Tendering;

/// <summary>Price scores under <see cref="PriceScoringFormula.LowestPriceRatio"/>: lowest compliant price / bidder's price × price weight.</summary>
public static class PriceScoring
{
    /// <summary>Each bidder's price score, in exact decimal arithmetic rounded to 2 decimal places (halves away from zero).</summary>
    public static IReadOnlyDictionary<TBidder, decimal> Score<TBidder>(IReadOnlyDictionary<TBidder, decimal> compliantPrices, decimal priceWeight)
        where TBidder : notnull
    {
        if (priceWeight is < 0 or > 100) throw new DomainRuleException("The price weight must be between 0% and 100%.");
        if (compliantPrices.Count == 0) return new Dictionary<TBidder, decimal>();
        foreach (var (bidder, price) in compliantPrices)
        {
            if (price <= 0) throw new DomainRuleException($"Every price must be more than zero; {bidder} has {price}.");
        }
        var lowest = compliantPrices.Values.Min();
        return compliantPrices.ToDictionary(p => p.Key, p => Math.Round(lowest * priceWeight / p.Value, 2, MidpointRounding.AwayFromZero));
    }

    public static decimal Score(decimal lowestCompliantPrice, decimal price, decimal priceWeight)
    {
        if (price <= 0 || lowestCompliantPrice <= 0) throw new DomainRuleException("Every price must be more than zero.");
        if (priceWeight is < 0 or > 100) throw new DomainRuleException("The price weight must be between 0% and 100%.");
        if (lowestCompliantPrice > price) throw new DomainRuleException("The lowest compliant price cannot be more than the bidder's price.");
        return Math.Round(lowestCompliantPrice * priceWeight / price, 2, MidpointRounding.AwayFromZero);
    }
}
