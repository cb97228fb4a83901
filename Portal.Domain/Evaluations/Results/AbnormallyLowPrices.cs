using Portal.Domain.Common;

namespace Portal.Domain.Evaluations.Results;

/// <summary>
/// A compliant price more than the set percentage below the mean of compliant prices may be abnormally low: the
/// evaluation warns (so the bidder can be asked to explain it) but does not exclude it. A price exactly at the threshold
/// is not flagged.
/// </summary>
public static class AbnormallyLowPrices
{
    /// <returns>For each flagged bid, the warning in words with the figures behind it.</returns>
    public static IReadOnlyDictionary<TBidder, string> Find<TBidder>(IReadOnlyDictionary<TBidder, decimal> compliantPrices, decimal thresholdPercent)
        where TBidder : notnull
    {
        if (compliantPrices.Count < 2) return new Dictionary<TBidder, string>();
        var mean = compliantPrices.Values.Sum() / compliantPrices.Count;
        var floor = mean * (100 - thresholdPercent) / 100;
        return compliantPrices.Where(p => p.Value < floor).ToDictionary(p => p.Key, p => Warning(p.Value, mean, thresholdPercent));
    }

    private static string Warning(decimal price, decimal mean, decimal thresholdPercent)
    {
        var below = Math.Round((mean - price) / mean * 100, 1, MidpointRounding.AwayFromZero);
        var meanShown = Money.FromPounds(Math.Round(mean, 2, MidpointRounding.AwayFromZero));
        return $"Possibly abnormally low price: {Money.FromPounds(price)} is {below:0.0}% below the mean compliant price of {meanShown}, " +
               $"more than the {thresholdPercent:0.##}% that triggers this warning. Ask the bidder to explain its price before award; it is not excluded for this.";
    }
}
