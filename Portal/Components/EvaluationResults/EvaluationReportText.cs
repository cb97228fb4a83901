using Portal.Domain.Common;
using Portal.Domain.Evaluations.Results;

namespace Portal.Components.EvaluationResults;

/// <summary>The words the page, the PDF and the workbook share, so the three never describe the same fact differently.</summary>
public static class EvaluationReportText
{
    public static string Points(decimal points) => points.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Status(EvaluationResultsView view) => (view.HasSheet, view.ModerationComplete) switch
    {
        (false, _) => "Moderation has not produced any scores yet.",
        (true, false) => "Moderation is not complete: these results are provisional and will change as bids are moderated.",
        _ => "Moderation is complete: every compliant bid has a moderated score for every criterion.",
    };

    public static string Weightings(EvaluationResultsView view) =>
        string.Join("; ", view.Itt.QualityQuestions.Select((q, i) => $"Q{i + 1} {q.WeightingPercent}%")
            .Append($"social value {view.Itt.SocialValueWeightingPercent}%").Append($"price {view.Itt.PriceWeightingPercent}%"));

    public const string Method =
        "Each quality question and social value earns its moderated score (0 to 5) divided by 5 and multiplied by its weight. " +
        "Price earns the lowest compliant price divided by the bidder's price, multiplied by the price weight, rounded to 2 decimal places. " +
        "Equal totals are ranked by the higher quality score, then by the lower price; bids equal on all three share a rank.";

    public static string AbnormallyLow(decimal percent) =>
        $"A compliant price more than {percent:0.##}% below the mean of compliant prices is flagged as possibly abnormally low: a warning, not an exclusion.";

    public static string Price(Money? price) => price?.ToString() ?? "Not given";

    public static string Decision(RecommendationView r) => r.Status switch
    {
        RecommendationStatus.AwaitingApproval => $"Awaiting approval by {r.ApproverLabel}",
        RecommendationStatus.Approved => $"Approved by {r.ApproverLabel} on {UkTime.Format(r.DecidedAt)}",
        _ => $"Rejected by {r.ApproverLabel} on {UkTime.Format(r.DecidedAt)}: {r.RejectionReason}",
    };

    public static string Answer(ClarificationView c) => c switch
    {
        { Answer: { } answer } => $"{answer}\n(answered by {c.AnsweredByName} on {UkTime.Format(c.AnsweredAt)})",
        { Overdue: true } => "Not answered within the time limit.",
        _ => "Awaiting the bidder's answer.",
    };
}
