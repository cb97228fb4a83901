using Portal.Domain.Evaluations;

namespace Portal.Infrastructure;

/// <summary>The moderated scores of a commission's bids, read by the results and the report.</summary>
public interface IModeratedSheetSource
{
    Task<ModeratedSheet?> GetAsync(Guid commissionId, CancellationToken cancellationToken = default);
}

/// <summary>The ranked results and approved recommendation of a commission, read by the award stage.</summary>
public interface IEvaluationOutcomeSource
{
    Task<EvaluationOutcome?> GetAsync(Guid commissionId, CancellationToken cancellationToken = default);
}
