namespace Portal.Domain.Tendering.Responses;

/// <summary>
/// What an ITT asks of a response: its questions, a price for each year of the initial term, and, when the ITT issued a
/// pricing schedule, the completed schedule back.
/// </summary>
public sealed record ResponseShape(IttContent Itt, int PriceYears, bool PricingScheduleIssued)
{
    public static ResponseShape Of(InvitationToTender itt, int? initialTermMonths) =>
        new(itt.Content, ResponseRules.PriceYears(initialTermMonths), itt.Documents.Any(d => d.Kind == IttDocumentKind.PricingSchedule));
}

/// <summary>What a complete response has, checked at submission; drafts may be incomplete or over a word limit.</summary>
public static class ResponseRules
{
    public static IReadOnlyList<string> ProblemsBeforeSubmit(ResponseContent content, ResponseShape shape, bool pricingScheduleAttached)
    {
        var itt = shape.Itt;
        var problems = new List<string>();
        for (var i = 0; i < itt.ComplianceQuestions.Count; i++)
        {
            if (content.Compliance[i].Meets is null) problems.Add($"Answer compliance question {i + 1} with yes or no.");
        }
        for (var i = 0; i < itt.QualityQuestions.Count; i++)
        {
            var question = itt.QualityQuestions[i];
            var words = WordCount.Of(content.Quality[i]);
            if (words == 0) problems.Add($"Answer quality question {i + 1}.");
            else if (question.WordLimit > 0 && words > question.WordLimit)
                problems.Add($"Quality question {i + 1} is over its {question.WordLimit:N0}-word limit ({words:N0} words).");
        }
        for (var year = 0; year < content.YearlyPrices.Count; year++)
        {
            if (content.YearlyPrices[year] is not { Pence: > 0 }) problems.Add($"Give your price for year {year + 1}.");
        }
        if (itt.SocialValueWeightingPercent > 0 && WordCount.Of(content.SocialValue) == 0) problems.Add("Describe your social value commitment.");
        if (itt.SocialValueWeightingPercent > 0 && WordCount.Of(content.SocialValue) > SocialValueWordLimit)
            problems.Add($"The social value commitment is over its {SocialValueWordLimit:N0}-word limit.");
        foreach (var declaration in TenderDeclarations.All.Where(d => !content.Declarations.Contains(d.Key)))
            problems.Add($"Make the declaration \"{declaration.Title}\".");
        if (shape.PricingScheduleIssued && !pricingScheduleAttached)
            problems.Add("Attach your completed pricing schedule.");
        return problems;
    }

    public const int SocialValueWordLimit = 500;

    /// <summary>Price years: one for each year, or part year, of the initial term; one when the term is not known.</summary>
    public static int PriceYears(int? initialTermMonths) => initialTermMonths is > 0 and var months ? (months + 11) / 12 : 1;

    public static string Purpose(ResponseFile file) => file.Slot switch
    {
        ResponseFileSlot.QualityAnswer => $"Quality question {file.QuestionIndex + 1}",
        ResponseFileSlot.PricingSchedule => "Pricing schedule",
        _ => "Supporting document",
    };
}
