using System.Globalization;
using System.Text;
using Portal.Domain.Award;
using Portal.Domain.Common;

namespace Portal.Components.Award;

/// <summary>The words of an assessment summary, for its page and for the email that carries it.</summary>
public static class AssessmentSummaryText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Points(decimal points) => points.ToString("0.00", EnGb);

    public static string Score(int? score) => score is { } value ? $"{value} out of 5" : "—";

    public static string Headline(AssessmentSummary letter) => letter.Outcome switch
    {
        BidOutcome.Successful => "Your tender was successful",
        BidOutcome.Excluded => "Your tender was excluded",
        _ => "Your tender was not successful",
    };

    public static string Opening(AssessmentSummary letter) => letter.Outcome switch
    {
        BidOutcome.Successful =>
            $"We intend to award the contract to {letter.SupplierName}. Your tender ranked first of the {letter.BidderCount} received, " +
            $"with a total of {Points(letter.TotalScore)} points out of 100.",
        BidOutcome.Excluded =>
            $"Your tender was excluded from evaluation: {letter.ExclusionReason?.TrimEnd('.')}. We intend to award the contract to {letter.WinnerName}.",
        _ =>
            $"We intend to award the contract to {letter.WinnerName}. Your tender ranked {Ordinal(letter.Rank)} of the {letter.BidderCount} received, " +
            $"with a total of {Points(letter.TotalScore)} points out of 100, against {Points(letter.WinnerTotalScore ?? 0)} for {letter.WinnerName}.",
    };

    public static string StandstillSentence(DateTimeOffset endsAt) =>
        $"The standstill period ends at {UkTime.Format(endsAt)} (UK time); the contract will not be entered into before then.";

    /// <summary>The whole letter as plain text, as the email carries it.</summary>
    public static string Render(AssessmentSummary letter, string reference, string title)
    {
        var text = new StringBuilder();
        text.AppendLine($"Dear {letter.SupplierName},").AppendLine();
        text.AppendLine($"{title} ({reference}): assessment summary").AppendLine();
        text.AppendLine($"{Headline(letter)}. {Opening(letter)}");
        if (letter.Criteria.Count > 0)
        {
            text.AppendLine().AppendLine("Your scores and the reasons for them");
            foreach (var criterion in letter.Criteria)
            {
                var score = criterion.IsPrice ? "" : $"{Score(criterion.Score)}, ";
                text.AppendLine($"- {criterion.Title} ({criterion.WeightPercent}%): {score}{Points(criterion.WeightedScore)} points. {criterion.Rationale}".TrimEnd());
                if (criterion.WinnerWeightedScore is { } theirs)
                {
                    var winnerScore = criterion.IsPrice ? "" : $"{Score(criterion.WinnerScore)}, ";
                    text.AppendLine($"  {letter.WinnerName}: {winnerScore}{Points(theirs)} points.");
                }
            }
        }
        var advantages = letter.WinnerAdvantages.ToList();
        if (advantages.Count > 0)
        {
            text.AppendLine().AppendLine($"The relative advantages of {letter.WinnerName}'s tender");
            foreach (var criterion in advantages) text.AppendLine($"- {criterion.Title}: {criterion.WinnerAdvantage}");
        }
        text.AppendLine().AppendLine("Standstill").AppendLine($"{StandstillSentence(letter.StandstillEndsAt)} {letter.StandstillRule}");
        text.AppendLine().AppendLine("How to challenge").AppendLine(letter.HowToChallenge);
        return text.ToString().TrimEnd();
    }

    private static string Ordinal(int? rank) => rank switch
    {
        null => "unranked",
        var n when n % 100 is 11 or 12 or 13 => $"{n}th",
        var n when n % 10 == 1 => $"{n}st",
        var n when n % 10 == 2 => $"{n}nd",
        var n when n % 10 == 3 => $"{n}rd",
        var n => $"{n}th",
    };
}
