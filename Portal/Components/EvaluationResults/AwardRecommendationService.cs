using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Notifications;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.EvaluationResults;

/// <summary>
/// The award recommendation: a procurement officer recommends a bid once moderation is complete and names the approver;
/// only that approver approves (which records the approval on the commission for its move to standstill) or rejects
/// with a reason. Each is checked here against the results as they stand, whatever the page showed, and audited.
/// </summary>
public sealed class AwardRecommendationService(
    IDbContextFactory<PortalDbContext> contexts,
    TenderWriter writer,
    ResultsCalculator calculator,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    ILogger<AwardRecommendationService> logger)
{
    public const string ChangedMessage = "The recommendation was changed by someone else while you were looking at it — reload to see the latest version.";

    /// <param name="seenVersion">The version of the existing recommendation the officer's page showed; null for a first recommendation.</param>
    public async Task<OperationResult> RecommendAsync(Guid commissionId, Guid responseId, string rationale, string? departureReason,
        string approverUserId, int? seenVersion)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.ProcurementOfficer))
        {
            logger.LogWarning("Refused an award recommendation on {CommissionId} to {UserId}, who is not a procurement officer", commissionId, actor.UserId);
            return OperationResult.Forbidden();
        }
        ApproverChoice? approver;
        await using (var db = await contexts.CreateDbContextAsync())
            approver = (await EvaluationResultsService.ApproversAsync(db)).FirstOrDefault(a => a.UserId == approverUserId);
        if (approver is null) return OperationResult.Refused("Choose the approver from the list: only a person in the Approver role can approve an award recommendation.");
        var current = await CurrentResultsAsync(commissionId);
        if (current is null) return OperationResult.Refused("There are no moderated results to recommend from yet.");

        return await writer.ChangeAsync(commissionId, null, actor, async work =>
        {
            RequireEvaluation(work.Commission);
            var named = new NamedApprover(approver.UserId, approver.Name, approver.Position);
            var recommendation = await work.Db.AwardRecommendations.SingleOrDefaultAsync(r => r.CommissionId == commissionId);
            if (recommendation is null)
            {
                recommendation = AwardRecommendation.Recommend(commissionId, current.Results, current.Sheet.Complete, responseId, rationale,
                    departureReason, named, actor, work.At);
                work.Db.AwardRecommendations.Add(recommendation);
            }
            else
            {
                if (seenVersion != recommendation.Version) throw new DomainRuleException(ChangedMessage);
                recommendation.Revise(current.Results, current.Sheet.Complete, responseId, rationale, departureReason, named, actor, work.At);
            }
            await AuditTrail.AppendAsync(work.Db, commissionId, actor, work.At, "AwardRecommended",
                $"{actor.DisplayName} recommended the award to {recommendation.SupplierName} (ranked {recommendation.RankOfRecommended}) " +
                $"for approval by {approver.Label}" + (recommendation.Version > 1 ? $" (revision {recommendation.Version})" : ""));
            work.Tell(new TenderRecipients([approver.UserId], []), new NotificationMessage(
                $"Award recommendation for your approval: {work.Commission.Reference}",
                $"{actor.DisplayName} recommends awarding {work.Commission.Title} ({work.Commission.Reference}) to {recommendation.SupplierName}, " +
                "and has named you to approve the recommendation. Read the evaluation results, then approve or reject it.",
                EvaluationResultsPaths.Results(commissionId)));
        });
    }

    public Task<OperationResult> ApproveAsync(Guid commissionId, int seenVersion) =>
        DecideAsync(commissionId, "approval", async (work, recommendation, actor, results) =>
        {
            recommendation.Approve(actor, seenVersion, results, work.At);
            var commission = work.Commission;
            commission.RecordEvaluationProgress(actor, commission.AllCompliantTendersModerated, recommendationApproved: true,
                commission.BidderLettersReady, work.At);
            await AuditTrail.AppendAsync(work.Db, commissionId, actor, work.At, "AwardRecommendationApproved",
                $"{actor.DisplayName} approved the recommendation to award to {recommendation.SupplierName}");
            return new NotificationMessage($"Award recommendation approved: {commission.Reference}",
                $"{actor.DisplayName} approved your recommendation to award {commission.Title} to {recommendation.SupplierName}.",
                EvaluationResultsPaths.Results(commissionId));
        });

    public Task<OperationResult> RejectAsync(Guid commissionId, int seenVersion, string reason) =>
        DecideAsync(commissionId, "rejection", async (work, recommendation, actor, results) =>
        {
            recommendation.Reject(actor, seenVersion, results, reason, work.At);
            await AuditTrail.AppendAsync(work.Db, commissionId, actor, work.At, "AwardRecommendationRejected",
                $"{actor.DisplayName} rejected the recommendation to award to {recommendation.SupplierName}: {recommendation.RejectionReason}");
            return new NotificationMessage($"Award recommendation rejected: {work.Commission.Reference}",
                $"{actor.DisplayName} rejected your recommendation to award {work.Commission.Title} to {recommendation.SupplierName}: " +
                $"{recommendation.RejectionReason} Revise it and submit it again.",
                EvaluationResultsPaths.Results(commissionId));
        });

    private async Task<OperationResult> DecideAsync(Guid commissionId, string decision,
        Func<TenderChange, AwardRecommendation, Actor, Domain.Evaluations.EvaluationResults, Task<NotificationMessage>> decide)
    {
        var actor = await currentActor.GetAsync();
        AwardRecommendation? recommendation;
        await using (var db = await contexts.CreateDbContextAsync())
            recommendation = await db.AwardRecommendations.AsNoTracking().SingleOrDefaultAsync(r => r.CommissionId == commissionId);
        if (recommendation is null || !actor.IsOfficeUser)
        {
            await refusals.RecordAsync(actor, $"{decision} of an award recommendation on commission {commissionId}", actor.IsOfficeUser ? commissionId : null);
            return OperationResult.NotFound("award recommendation");
        }
        if (recommendation.ApproverUserId != actor.UserId)
        {
            await refusals.RecordAsync(actor, $"{decision} of the award recommendation to {recommendation.SupplierName}, which names {recommendation.ApproverName} as its approver",
                commissionId);
            return new OperationResult(OperationOutcome.Forbidden, $"Only {recommendation.ApproverName}, the approver named in the recommendation, can approve or reject it.");
        }
        var current = await CurrentResultsAsync(commissionId);
        if (current is null) return OperationResult.Refused("There are no moderated results for this commission.");
        return await writer.ChangeAsync(commissionId, null, actor, async work =>
        {
            RequireEvaluation(work.Commission);
            var tracked = await work.Db.AwardRecommendations.SingleAsync(r => r.CommissionId == commissionId);
            var message = await decide(work, tracked, actor, current.Results);
            work.Tell(new TenderRecipients([tracked.RecommendedByUserId], []), message);
        });
    }

    private async Task<CalculatedResults?> CurrentResultsAsync(Guid commissionId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId);
        return itt is null ? null : await calculator.CalculateAsync(commissionId, itt.Content);
    }

    private static void RequireEvaluation(Commission commission)
    {
        if (commission.State != CommissionState.Evaluation)
            throw new DomainRuleException($"{commission.Reference} is not in evaluation, so its award recommendation cannot change.");
    }
}

public static class EvaluationResultsPaths
{
    public static string Results(Guid commissionId) => $"/commissions/{commissionId}/evaluation/results";
    public static string ReportPdf(Guid commissionId) => $"/commissions/{commissionId}/evaluation/report.pdf";
    public static string ReportWorkbook(Guid commissionId) => $"/commissions/{commissionId}/evaluation/report.xlsx";
    public static string SupplierClarification(Guid clarificationId) => $"/supplier/post-tender-clarifications/{clarificationId}";
}
