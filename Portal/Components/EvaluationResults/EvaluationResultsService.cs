using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.EvaluationResults;

/// <summary>
/// A commission's evaluation results as the office reads them (the page and the report): the ranking, each criterion,
/// the price warnings, the post-tender clarifications and the award recommendation. Refused, and the attempt audited, to
/// anyone <see cref="EvaluationResultsAccess"/> does not let read them.
/// </summary>
public sealed class EvaluationResultsService(
    IDbContextFactory<PortalDbContext> contexts,
    ResultsCalculator calculator,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock)
{
    public async Task<OperationResult<EvaluationResultsView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        var recommendation = await db.AwardRecommendations.AsNoTracking().SingleOrDefaultAsync(r => r.CommissionId == commissionId, cancellationToken);
        if (!actor.IsOfficeUser || commission is null || itt is null)
        {
            await refusals.RecordAsync(actor, $"the evaluation results of commission {commissionId}", actor.IsOfficeUser && commission is not null ? commissionId : null);
            return OperationResult<EvaluationResultsView>.From(actor.IsOfficeUser ? OperationResult.NotFound() : OperationResult.Forbidden());
        }
        if (!EvaluationResultsAccess.MayRead(actor, recommendation?.ApproverUserId))
        {
            await refusals.RecordAsync(actor, $"the evaluation results of {commission.Reference}", commissionId);
            return OperationResult<EvaluationResultsView>.From(new OperationResult(OperationOutcome.Forbidden, EvaluationResultsAccess.NotPermittedMessage));
        }
        if (!EvaluationResultsAccess.HasResults(commission.State))
            return OperationResult<EvaluationResultsView>.From(OperationResult.Refused(EvaluationResultsAccess.NotStartedMessage));

        var calculated = await calculator.CalculateAsync(commissionId, itt.Content, cancellationToken);
        var now = clock.GetUtcNow();
        var clarifications = (await db.PostTenderClarifications.AsNoTracking().Where(c => c.CommissionId == commissionId).ToListAsync(cancellationToken))
            .OrderBy(c => c.Number).Select(c => ClarificationView.Of(c, now)).ToList();
        var isOfficer = actor.IsInRole(Roles.ProcurementOfficer);
        var inEvaluation = commission.State == CommissionState.Evaluation;
        var complete = calculated?.Sheet.Complete == true;
        return OperationResult<EvaluationResultsView>.Ok(new EvaluationResultsView(commissionId, commission.Reference, commission.Title, commission.State,
            calculated is not null, complete, calculated?.Results ?? new Domain.Evaluations.EvaluationResults([]), calculator.AbnormallyLowPercent,
            itt.Content, clarifications, recommendation is null ? null : RecommendationView.Of(recommendation),
            isOfficer ? await ApproversAsync(db, cancellationToken) : [],
            CanRecommend: isOfficer && inEvaluation && complete && recommendation?.Status != RecommendationStatus.Approved,
            CanDecide: inEvaluation && recommendation is { Status: RecommendationStatus.AwaitingApproval } && recommendation.ApproverUserId == actor.UserId,
            CanSendClarifications: isOfficer && inEvaluation && calculated is not null));
    }

    /// <summary>Everyone who holds the Approver role, by position then name.</summary>
    public static async Task<IReadOnlyList<ApproverChoice>> ApproversAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var approvers = await (from user in db.Users.AsNoTracking()
                               join link in db.UserRoles on user.Id equals link.UserId
                               join role in db.Roles on link.RoleId equals role.Id
                               where role.Name == Roles.Approver
                               select new ApproverChoice(user.Id, user.DisplayName, user.Position)).ToListAsync(cancellationToken);
        return approvers.OrderBy(a => a.Position).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
    }
}
