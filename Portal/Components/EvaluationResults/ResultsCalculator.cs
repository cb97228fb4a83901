using Portal.Domain.Evaluations;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.EvaluationResults;

/// <summary>A commission's results as they stand: the moderated sheet they came from and what it adds up to.</summary>
public sealed record CalculatedResults(ModeratedSheet Sheet, Domain.Evaluations.EvaluationResults Results);

/// <summary>
/// Reads the moderated sheet and scores it against the ITT, with the abnormally low price threshold from
/// <c>Portal:Evaluation:AbnormallyLowPercent</c> (20% unless set).
/// </summary>
public sealed class ResultsCalculator(IModeratedSheetSource sheets, IConfiguration configuration)
{
    public const decimal DefaultAbnormallyLowPercent = 20;

    public decimal AbnormallyLowPercent => configuration.GetValue("Portal:Evaluation:AbnormallyLowPercent", DefaultAbnormallyLowPercent);

    /// <returns>Null until moderation has produced a sheet for the commission.</returns>
    public async Task<CalculatedResults?> CalculateAsync(Guid commissionId, IttContent itt, CancellationToken cancellationToken = default)
    {
        if (await sheets.GetAsync(commissionId, cancellationToken) is not { } sheet) return null;
        return new CalculatedResults(sheet, EvaluationCalculation.Calculate(sheet, itt, AbnormallyLowPercent));
    }
}
