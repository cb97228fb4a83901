using Portal.Domain.Common;

namespace Portal.Domain.Evaluations.Results;

/// <summary>
/// Ranks compliant bids, 1 the best: the higher total first; equal totals go to the higher quality score, then to the
/// lower price; bids equal on all three share a rank (the next rank is skipped: 1, 1, 3). Every bid tied on total gets
/// a note saying, in words and figures, how the tie was settled against each bid it tied with.
/// </summary>
public static class EvaluationRanking
{
    public static IReadOnlyList<BidderResult> Rank(IReadOnlyList<BidderResult> compliant)
    {
        var ordered = compliant.OrderByDescending(b => b.TotalScore).ThenByDescending(b => b.QualityScore).ThenBy(b => PriceOf(b))
            .ThenBy(b => b.SupplierName, StringComparer.Ordinal).ToList();
        return ordered.Select(bid =>
        {
            var rank = 1 + ordered.Count(other => Compare(other, bid) < 0);
            var tied = ordered.Where(o => o.ResponseId != bid.ResponseId && o.TotalScore == bid.TotalScore).ToList();
            return bid with { Rank = rank, RankNote = TieNote(bid, rank, tied) };
        }).ToList();
    }

    /// <summary>Negative when <paramref name="a"/> ranks above <paramref name="b"/>; zero when they share a rank.</summary>
    private static int Compare(BidderResult a, BidderResult b)
    {
        if (a.TotalScore != b.TotalScore) return b.TotalScore.CompareTo(a.TotalScore);
        if (a.QualityScore != b.QualityScore) return b.QualityScore.CompareTo(a.QualityScore);
        return PriceOf(a).CompareTo(PriceOf(b));
    }

    /// <summary>A bid without a price sorts after every priced bid on the price tie-break.</summary>
    private static long PriceOf(BidderResult bid) => bid.TotalPrice is { Pence: > 0 } price ? price.Pence : long.MaxValue;

    private static string? TieNote(BidderResult bid, int rank, IReadOnlyList<BidderResult> tied)
    {
        if (tied.Count == 0) return null;
        var total = $"{bid.TotalScore:0.00}";
        if (tied.Count == 1) return $"Tied on total {total} with {tied[0].SupplierName}; {Settled(bid, rank, tied[0])}.";
        var names = string.Join(", ", tied.Take(tied.Count - 1).Select(t => t.SupplierName)) + " and " + tied[^1].SupplierName;
        return $"Tied on total {total} with {names}. " + string.Join(" ", tied.Select(t => $"Against {t.SupplierName}: {Settled(bid, rank, t)}."));
    }

    private static string Settled(BidderResult bid, int rank, BidderResult other)
    {
        var place = Compare(bid, other) < 0 ? "higher" : "lower";
        if (bid.QualityScore != other.QualityScore)
            return $"ranked {place} on quality ({bid.QualityScore:0.00} against {other.QualityScore:0.00})";
        if (PriceOf(bid) != PriceOf(other))
            return $"equal on quality ({bid.QualityScore:0.00}), ranked {place} on price ({Price(bid)} against {Price(other)})";
        return $"equal on quality ({bid.QualityScore:0.00}) and on price ({Price(bid)}), so they share rank {rank}";
    }

    private static string Price(BidderResult bid) => bid.TotalPrice is { Pence: > 0 } price ? price.ToString() : "no price";
}
