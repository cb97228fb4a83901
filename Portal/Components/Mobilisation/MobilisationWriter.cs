using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Mobilisation;
using Portal.Infrastructure;

namespace Portal.Components.Mobilisation;

/// <summary>
/// The one write path of a mobilisation plan: load the plan, its commission and its contract in an IMMEDIATE transaction, check the
/// caller saw the latest plan, let the plan apply its rules, keep the commission's mobilisation facts in step (so its state machine
/// reads what the plan says), append the audit events, commit, then update other people's pages.
/// </summary>
public sealed class MobilisationWriter(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CommissionNotifier notifier,
    ILogger<MobilisationWriter> logger)
{
    public const string StalePlanMessage = "This mobilisation plan was changed by someone else while you were looking at it — reload to see the latest version.";

    /// <param name="change">Changes the plan and returns the audit event's action and summary, or null when nothing changed.</param>
    public async Task<OperationResult> ChangeAsync(Guid commissionId, Guid? expectedToken, Actor actor,
        Func<MobilisationPlan, DateTimeOffset, (string Action, string Summary)?> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: nothing read here can change before the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await db.MobilisationPlans.SingleOrDefaultAsync(p => p.CommissionId == commissionId, cancellationToken);
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (plan is null || commission is null) return OperationResult.NotFound("mobilisation plan");
        if (expectedToken is { } token && token != plan.ConcurrencyToken)
        {
            logger.LogInformation("{UserId} acted on a stale view of the mobilisation plan of {Reference}", actor.UserId, commission.Reference);
            return OperationResult.Refused(StalePlanMessage);
        }
        var endsOn = await db.Contracts.AsNoTracking().Where(c => c.Id == plan.ContractId).Select(c => c.EndsOn).SingleAsync(cancellationToken);
        var at = clock.GetUtcNow();
        (string Action, string Summary)? changed;
        try
        {
            changed = change(plan, at);
            if (changed is null) return OperationResult.Ok();
            plan.KeepInStep(commission, endsOn, actor, at);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on the mobilisation plan of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, commissionId, actor, at, changed.Value.Action, changed.Value.Summary, cancellationToken);
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return OperationResult.Refused(StalePlanMessage);
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    /// <summary>
    /// Starts mobilisation and, in the same transaction, gives the commission the plan's facts: until then it has none, and the move
    /// to contract management must not pass on a count of outstanding items nobody recorded.
    /// </summary>
    public async Task<OperationResult> StartMobilisationAsync(Guid commissionId, Guid expectedToken, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return OperationResult.NotFound();
        if (commission.ConcurrencyToken != expectedToken) return OperationResult.Conflict();
        db.Entry(commission).Property(c => c.ConcurrencyToken).OriginalValue = expectedToken;
        var plan = await db.MobilisationPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CommissionId == commissionId, cancellationToken);
        var at = clock.GetUtcNow();
        try
        {
            commission.Fire(CommissionTrigger.StartMobilisation, new TransitionRequest(actor, at));
            if (plan is not null) commission.RecordMobilisationProgress(actor, plan.OutstandingMandatoryItems, plan.DpiaCompleted, at);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} starting mobilisation of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return OperationResult.Conflict();
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }
}
