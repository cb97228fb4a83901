using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Components.DecisionNotes;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Commissions;

/// <summary>
/// The one path by which a stored commission changes: load it inside a write transaction, check the
/// caller saw the latest version, let the aggregate apply its rules, append the audit events, commit,
/// then tell other pages. Used by people's actions and by the scheduler's timed moves alike.
/// </summary>
public sealed class CommissionWriter(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CommissionNotifier notifier,
    IConfiguration configuration,
    ILogger<CommissionWriter> logger)
{
    /// <param name="expectedToken">The concurrency token the caller's page was showing; null for the scheduler, which reloads.</param>
    public async Task<OperationResult> ChangeAsync(Guid commissionId, Guid? expectedToken, Actor actor,
        Action<Commission, DateTimeOffset> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the write lock is held from the first read.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null)
        {
            logger.LogWarning("{UserId} acted on unknown commission {CommissionId}", actor.UserId, commissionId);
            return OperationResult.NotFound();
        }
        if (expectedToken is { } token)
        {
            if (token != commission.ConcurrencyToken)
            {
                logger.LogInformation("{UserId} acted on a stale view of {Reference}", actor.UserId, commission.Reference);
                return OperationResult.Conflict();
            }
            db.Entry(commission).Property(c => c.ConcurrencyToken).OriginalValue = token;
        }
        try
        {
            change(commission, clock.GetUtcNow());
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        if (commission.NeedsDecisionNumber)
            await DecisionNumberAllocator.AllocateAsync(db, commission, DecisionNumberAllocator.Prefix(configuration), clock.GetUtcNow(), cancellationToken);
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken))
        {
            logger.LogInformation("Concurrent change to {Reference} refused for {UserId}", commission.Reference, actor.UserId);
            return OperationResult.Conflict();
        }
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

}
