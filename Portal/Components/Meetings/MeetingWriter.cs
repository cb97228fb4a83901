using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Meetings;
using Portal.Infrastructure;

namespace Portal.Components.Meetings;

/// <summary>
/// The one write path of a contract's meetings: load them (or begin them, for a contract with none yet) in an IMMEDIATE transaction,
/// check the caller saw the latest version, let the aggregate apply its rules, append the audit event, commit, then update other
/// people's pages.
/// </summary>
public sealed class MeetingWriter(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CommissionNotifier notifier,
    ILogger<MeetingWriter> logger)
{
    public const string StaleMessage = "The contract's meetings were changed by someone else while you were looking at them — reload to see the latest version.";
    public const string NotInContractManagementMessage = "Meetings are held once the contract is in contract management.";

    /// <param name="expectedToken">The version the caller saw; <see cref="Guid.Empty"/> when the contract had no meetings yet; null not to check.</param>
    /// <param name="change">Changes the meetings and returns the audit event's action and summary.</param>
    public async Task<OperationResult> ChangeAsync(Guid commissionId, Guid? expectedToken, Actor actor,
        Func<ContractMeetings, DateTimeOffset, (string Action, string Summary)> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: nothing read here can change before the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commissionId, cancellationToken);
        if (commission is null || contract is null) return OperationResult.NotFound("contract");
        if (commission.State != CommissionState.ContractManagement) return OperationResult.Refused(NotInContractManagementMessage);
        var meetings = await db.ContractMeetings.SingleOrDefaultAsync(m => m.CommissionId == commissionId, cancellationToken);
        if (expectedToken is { } token && token != (meetings?.ConcurrencyToken ?? Guid.Empty))
        {
            logger.LogInformation("{UserId} acted on a stale view of the meetings of {Reference}", actor.UserId, commission.Reference);
            return OperationResult.Refused(StaleMessage);
        }
        if (meetings is null)
        {
            meetings = ContractMeetings.For(contract);
            db.ContractMeetings.Add(meetings);
        }
        var at = clock.GetUtcNow();
        (string Action, string Summary) changed;
        try
        {
            changed = change(meetings, at);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on the meetings of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, commissionId, actor, at, changed.Action, changed.Summary, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return OperationResult.Refused(StaleMessage);
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }
}
