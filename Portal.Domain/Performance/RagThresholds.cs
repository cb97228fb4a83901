using Portal.Domain.Common;

namespace Portal.Domain.Performance;

/// <summary>
/// Where the office draws the lines between green, amber and red, as percentages of the target. A measure where higher is
/// better is green when the actual reaches <see cref="GreenFromPercent"/> of the target, amber when it reaches
/// <see cref="AmberFromPercent"/>, red below. Where lower is better the lines mirror about the target: with green from 100%
/// and amber from 85%, green is at or under the target and amber up to 15% over it (115%), red beyond. The comparisons are
/// exact (decimals), so a figure on a line takes the better colour.
/// </summary>
public sealed record RagThresholds(decimal GreenFromPercent, decimal AmberFromPercent)
{
    public static readonly RagThresholds Default = new(100m, 85m);

    public static RagThresholds Of(decimal greenFromPercent, decimal amberFromPercent)
    {
        if (greenFromPercent is <= 0 or > 100) throw new DomainRuleException("Green must start somewhere above 0% and at most 100% of the target.");
        if (amberFromPercent <= 0 || amberFromPercent >= greenFromPercent)
            throw new DomainRuleException("Amber must start above 0% and below where green starts.");
        return new RagThresholds(greenFromPercent, amberFromPercent);
    }

    public RagRating Rate(decimal? target, decimal? actual, BetterWhen betterWhen)
    {
        if (target is not { } t || actual is not { } a) return RagRating.NotRated;
        if (Meets(t, a, betterWhen, GreenFromPercent)) return RagRating.Green;
        return Meets(t, a, betterWhen, AmberFromPercent) ? RagRating.Amber : RagRating.Red;
    }

    /// <summary>"Green at 100% of target or better, amber from 85%".</summary>
    public string Describe(BetterWhen betterWhen) => betterWhen == BetterWhen.Higher
        ? $"green at {GreenFromPercent:0.##}% of target or more, amber from {AmberFromPercent:0.##}%, red below"
        : $"green at or under {200 - GreenFromPercent:0.##}% of target, amber up to {200 - AmberFromPercent:0.##}%, red above";

    private static bool Meets(decimal target, decimal actual, BetterWhen betterWhen, decimal percent) => betterWhen == BetterWhen.Higher
        ? actual * 100 >= target * percent
        : actual * 100 <= target * (200 - percent);
}

public static class RagRatings
{
    /// <summary>The words shown beside the colour, so a rating never relies on colour alone.</summary>
    public static string Describe(this RagRating rating) => rating switch
    {
        RagRating.Green => "Green: on target",
        RagRating.Amber => "Amber: near target",
        RagRating.Red => "Red: off target",
        _ => "Not rated",
    };

    public static string Describe(this FigureStatus status) => status switch
    {
        FigureStatus.SelfReported => "Self-reported",
        FigureStatus.Queried => "Queried",
        FigureStatus.Verified => "Verified",
        _ => "Not returned",
    };

    public static string Describe(this BetterWhen betterWhen) => betterWhen == BetterWhen.Higher ? "Higher is better" : "Lower is better";
}
