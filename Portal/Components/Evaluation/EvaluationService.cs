using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Responses;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Evaluation;

/// <summary>
/// The evaluation of a commission's opened tenders, for the procurement officers who run it and the evaluators on its
/// panel. Every check of who may see or do what is made here, whatever page asked: an evaluator sees nothing of a response
/// until they have declared for every bidder, never a bidder they declared a conflict with, and never another evaluator's
/// scores before moderation opens. Refused attempts are audited; so is every read of a response and every change.
/// </summary>
public sealed partial class EvaluationService(
    IDbContextFactory<PortalDbContext> contexts,
    ResponseVault vault,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    CommissionNotifier notifier,
    TimeProvider clock,
    ILogger<EvaluationService> logger)
{
    public const string NotOpenMessage = "The tender box of this commission has not been opened, so there is nothing to evaluate yet.";

    public static string Link(Guid commissionId, string? page = null) => $"/commissions/{commissionId}/evaluation" + (page is null ? "" : "/" + page);

    private sealed record Loaded(Commission Commission, InvitationToTender Itt, TenderEvaluation Evaluation)
    {
        public IReadOnlyList<CriterionView> Criteria => CriterionView.For(Itt.Content, Evaluation.CriteriaKeys);
    }

    /// <summary>
    /// The commission, its ITT and its evaluation; an evaluation not yet stored is started from the opening record (and,
    /// when tracking for a write, added so that it is stored with the change). Null when the box has not been opened.
    /// </summary>
    private static async Task<Loaded?> LoadAsync(PortalDbContext db, Guid commissionId, bool tracking, CancellationToken cancellationToken)
    {
        var commission = await (tracking ? db.Commissions : db.Commissions.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (commission is null || itt is null) return null;
        var evaluation = await (tracking ? db.TenderEvaluations : db.TenderEvaluations.AsNoTracking())
            .SingleOrDefaultAsync(e => e.CommissionId == commissionId, cancellationToken);
        if (evaluation is null)
        {
            var opening = await db.Set<TenderOpeningRecord>().AsNoTracking().SingleOrDefaultAsync(o => o.InvitationToTenderId == itt.Id, cancellationToken);
            if (opening is null) return null;
            var ids = opening.Responses.Select(r => r.ResponseId).ToList();
            var suppliers = await db.Set<TenderResponse>().AsNoTracking().Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.SupplierId }).ToDictionaryAsync(r => r.Id, r => r.SupplierId, cancellationToken);
            evaluation = TenderEvaluation.Start(commissionId, itt.Id, itt.Content,
                opening.Responses.Select(r => new EvaluatedBid(r.ResponseId, suppliers[r.ResponseId], r.SupplierName)), opening.OpenedAt);
            if (tracking) db.TenderEvaluations.Add(evaluation);
        }
        return new Loaded(commission, itt, evaluation);
    }

    /// <summary>The evaluation as stored for a reader, after the office-role check; or why there is none to show.</summary>
    private async Task<(Loaded? Found, OperationResult? Failure)> ReadAsync(Guid commissionId, Actor actor, string what, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer) && !actor.IsInRole(Roles.Evaluator) && !actor.IsInRole(Roles.CommissioningOfficer))
        {
            await refusals.RecordAsync(actor, $"{what} of commission {commissionId}", actor.IsOfficeUser ? commissionId : null);
            return (null, actor.IsOfficeUser ? new OperationResult(OperationOutcome.Forbidden, "Only procurement officers, evaluators and commissioning officers take part in evaluations.")
                : OperationResult.Forbidden());
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db, commissionId, tracking: false, cancellationToken);
        return loaded is not null ? (loaded, null) : (null, await NotLoadedAsync(db, commissionId, cancellationToken));
    }

    /// <summary>Why <see cref="LoadAsync"/> found nothing: the commission's box is not open yet, or there is no such commission.</summary>
    private static async Task<OperationResult> NotLoadedAsync(PortalDbContext db, Guid commissionId, CancellationToken cancellationToken) =>
        await db.Commissions.AnyAsync(c => c.Id == commissionId, cancellationToken) ? OperationResult.Refused(NotOpenMessage) : OperationResult.NotFound();

    /// <summary>Refuses, and audits, someone without the role an action or page needs.</summary>
    private async Task<OperationResult?> RequireRoleAsync(Actor actor, string role, string what, Guid commissionId)
    {
        if (actor.IsInRole(role)) return null;
        await refusals.RecordAsync(actor, $"{what} of commission {commissionId}", actor.IsOfficeUser ? commissionId : null);
        return new OperationResult(OperationOutcome.Forbidden, $"Only {(role == Roles.Evaluator ? "evaluators on the panel" : "procurement officers")} can {what}.");
    }

    /// <summary>
    /// The one write path: load the commission and its evaluation in an IMMEDIATE transaction, let the aggregate apply its
    /// rules, tell the commission when every compliant bid is moderated, append the audit events, commit, then refresh pages.
    /// </summary>
    private async Task<OperationResult> ChangeAsync(Guid commissionId, Actor actor, Action<TenderEvaluation, DateTimeOffset> change,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var loaded = await LoadAsync(db, commissionId, tracking: true, cancellationToken);
        if (loaded is null) return await NotLoadedAsync(db, commissionId, cancellationToken);
        var (commission, _, evaluation) = loaded;
        if (commission.State != CommissionState.Evaluation)
            return OperationResult.Refused($"The evaluation is closed: the commission is at {CommissionStages.DescribeState(commission.State)}.");
        var at = clock.GetUtcNow();
        try
        {
            change(evaluation, at);
            if (evaluation.AllModerated != commission.AllCompliantTendersModerated)
                commission.RecordEvaluationProgress(actor, evaluation.AllModerated, commission.AwardRecommendationApproved, commission.BidderLettersReady, at);
        }
        catch (StaleModerationException ex)
        {
            logger.LogInformation("{UserId} moderated {Reference} from a stale page", actor.UserId, commission.Reference);
            return new OperationResult(OperationOutcome.Conflict, ex.Message);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on the evaluation of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, commissionId, evaluation.PendingChanges, cancellationToken);
        evaluation.ClearPendingChanges();
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken))
            return new OperationResult(OperationOutcome.Conflict, "Someone else changed this evaluation at the same moment. Reload the page and try again.");
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    /// <summary>A response's answers, unsealed for a reader the caller has already cleared; the read is audited.</summary>
    private async Task<TenderResponse> RevealAsync(Guid commissionId, Guid ittId, Guid responseId, Actor actor, string purpose, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var response = await db.Set<TenderResponse>().AsNoTracking().SingleAsync(r => r.Id == responseId && r.CommissionId == commissionId, cancellationToken);
        using (var cipher = await vault.ExistingCipherAsync(db, ittId, cancellationToken)) ResponseVault.Reveal(response, cipher);
        await AuditTrail.AppendAloneAsync(contexts, commissionId, actor, clock.GetUtcNow(), "ResponseRead",
            $"{actor.DisplayName} read the response of {response.SupplierName} {purpose}", cancellationToken);
        return response;
    }

    private static IReadOnlyList<BidStatusView> BidStatuses(TenderEvaluation evaluation) => evaluation.Bids.Select(b => new BidStatusView(b.ResponseId,
        b.SupplierName, evaluation.ComplianceChecked(b.ResponseId), evaluation.ExclusionReason(b.ResponseId),
        evaluation.ModeratedScoresOf(b.ResponseId).Count, evaluation.CriteriaKeys.Count)).ToList();

    private static IReadOnlyList<PanelMemberView> PanelMembers(TenderEvaluation evaluation) => evaluation.Panel.Select(p =>
    {
        var work = evaluation.WorkOf(p).ToList();
        return new PanelMemberView(p.EvaluatorId, p.EvaluatorName, p.CriteriaKeys, evaluation.HasDeclaredForEveryBidder(p.EvaluatorId),
            evaluation.Bids.Count(b => evaluation.HasConflict(p.EvaluatorId, b.SupplierId)),
            work.Count(w => evaluation.HasScored(p.EvaluatorId, w.Bid.ResponseId, w.CriterionKey)), work.Count,
            evaluation.Scores.Any(s => s.EvaluatorId == p.EvaluatorId));
    }).ToList();

    private static IReadOnlyList<MyBidView> MyBids(TenderEvaluation evaluation, string evaluatorId)
    {
        if (evaluation.AssignmentOf(evaluatorId) is not { } assignment) return [];
        var work = evaluation.WorkOf(assignment).ToList();
        return evaluation.Bids.Select(b => new MyBidView(b.ResponseId, b.SupplierName,
            evaluation.HasConflict(evaluatorId, b.SupplierId) ? "You declared a conflict of interest."
                : evaluation.IsExcluded(b.ResponseId) ? "Excluded at compliance." : null,
            work.Count(w => w.Bid == b && evaluation.HasScored(evaluatorId, b.ResponseId, w.CriterionKey)),
            work.Count(w => w.Bid == b))).ToList();
    }
}
