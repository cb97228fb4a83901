using Portal.Domain.Common;
using Portal.Domain.Evaluations;

namespace Portal.Tests.Domain.Award;

/// <summary>
/// A moderated evaluation of three bids: Pathways wins on quality, Second Chance is cheaper but weaker, Midlands failed compliance.
/// Weights: Q1 35%, Q2 25%, social value 10%, price 30%.
/// </summary>
internal static class AwardResultsFixture
{
    public static readonly Guid PathwaysResponse = Guid.Parse("0b5a6f3e-0000-4000-8000-000000000001");
    public static readonly Guid SecondChanceResponse = Guid.Parse("0b5a6f3e-0000-4000-8000-000000000002");
    public static readonly Guid MidlandsResponse = Guid.Parse("0b5a6f3e-0000-4000-8000-000000000003");
    public static readonly Guid PathwaysId = Guid.Parse("5a5a5a5a-0000-4000-8000-000000000001");
    public static readonly Guid SecondChanceId = Guid.Parse("5a5a5a5a-0000-4000-8000-000000000002");
    public static readonly Guid MidlandsId = Guid.Parse("5a5a5a5a-0000-4000-8000-000000000003");

    public const string PlacementsQuestion = "Describe how you will find and keep placements for people on probation.";
    public const string PartnersQuestion = "Describe how you will work with the probation service and partners.";
    public const string WinnerPlacementsRationale = "Named employer partners in every district, with a retention coach for the first 12 weeks.";
    public const string LoserPlacementsRationale = "A credible plan, but employers were not named and retention support ends at placement.";
    public const string WinnerSocialValueRationale = "Four paid apprenticeships a year for people with convictions, with measurable targets.";
    public const string ExclusionReason = "Compliance question 1 failed: no employer's liability insurance of £5 million was evidenced.";

    public static EvaluationResults Results() => new(
    [
        new BidderResult(PathwaysResponse, PathwaysId, "Pathways to Work CIC", null, Money.FromPounds(156_000),
        [
            new("Q1", PlacementsQuestion, 35, 5, 35m, WinnerPlacementsRationale),
            new("Q2", PartnersQuestion, 25, 3, 15m, "Sound arrangements with probation; partner roles were less clear."),
            new("SV", "Social value", 10, 4, 8m, WinnerSocialValueRationale),
            new("PRICE", "Price", 30, null, 28.85m, "£150,000 lowest compliant price / £156,000 × 30"),
        ], 58m, 8m, 28.85m, 86.85m, 1, null, false),
        new BidderResult(SecondChanceResponse, SecondChanceId, "Second Chance Skills Trust", null, Money.FromPounds(150_000),
        [
            new("Q1", PlacementsQuestion, 35, 3, 21m, LoserPlacementsRationale),
            new("Q2", PartnersQuestion, 25, 4, 20m, "Monthly joint case reviews with probation, with named partner leads."),
            new("SV", "Social value", 10, 2, 4m, "General commitments to local hiring without targets."),
            new("PRICE", "Price", 30, null, 30m, "Lowest compliant price"),
        ], 41m, 4m, 30m, 75m, 2, null, false),
        new BidderResult(MidlandsResponse, MidlandsId, "Midlands Employment Partnership Ltd", ExclusionReason, Money.FromPounds(140_000),
            [], 0m, 0m, 0m, 0m, null, null, false),
    ]);

    public static ApprovedRecommendation Recommendation() => new(PathwaysResponse, PathwaysId, "Pathways to Work CIC",
        "Highest scoring compliant tender, strongest on placements.", "Helen Ward", new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
}
