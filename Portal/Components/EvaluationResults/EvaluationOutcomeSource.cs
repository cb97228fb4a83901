using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.EvaluationResults;

/// <summary>
/// What the award stage reads from evaluation: the ranked results and, once its named approver has approved it, the
/// award recommendation. Null until moderation has produced a sheet. It checks no user: the award services that call it
/// check theirs.
/// </summary>
public sealed class EvaluationOutcomeSource(IDbContextFactory<PortalDbContext> contexts, ResultsCalculator calculator) : IEvaluationOutcomeSource
{
    public async Task<EvaluationOutcome?> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (itt is null || await calculator.CalculateAsync(commissionId, itt.Content, cancellationToken) is not { } calculated) return null;
        var recommendation = await db.AwardRecommendations.AsNoTracking().SingleOrDefaultAsync(r => r.CommissionId == commissionId, cancellationToken);
        return new EvaluationOutcome(calculated.Results, recommendation?.ToApproved());
    }
}
