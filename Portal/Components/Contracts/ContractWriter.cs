using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Contracts;

/// <summary>One change to a contract: the contract and its commission, loaded in the write transaction.</summary>
public sealed class ContractChange(Contract contract, Commission commission, DateTimeOffset at)
{
    private readonly List<(IReadOnlyList<string> UserIds, NotificationMessage Message)> _messages = [];
    private readonly List<(string Action, string Summary)> _events = [];

    public Contract Contract => contract;
    public Commission Commission => commission;
    public DateTimeOffset At => at;
    public ContractOwner Owner => new(commission.OwnerId, commission.OwnerName);
    internal IEnumerable<(IReadOnlyList<string> UserIds, NotificationMessage Message)> Messages => _messages;
    internal IEnumerable<(string Action, string Summary)> Events => _events;

    /// <summary>Moves the commission by its state machine, in this transaction; a refusal undoes the whole change.</summary>
    public void MoveCommission(CommissionTrigger trigger, TransitionRequest request) => commission.Fire(trigger, request);

    /// <summary>Tells these users once the change commits; their notifications and emails commit with it.</summary>
    public void Tell(NotificationMessage message, params string[] userIds) => _messages.Add((userIds, message));

    /// <summary>An audit event that is not a decision in the contract's history, such as a reminder sent.</summary>
    public void Record(string action, string summary) => _events.Add((action, summary));
}

/// <summary>
/// The one write path of a contract: load it and its commission in an IMMEDIATE transaction, check the caller saw the latest
/// contract, let the contract apply its rules (and the commission move only by its state machine), append the audit events for
/// the contract's new history and the commission's move, stage the notifications, commit, then update other people's pages.
/// </summary>
public sealed class ContractWriter(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CommissionNotifier commissionNotifier,
    NotificationSender notifications,
    ILogger<ContractWriter> logger)
{
    public const string StaleContractMessage = "This contract was changed by someone else while you were looking at it — reload to see the latest version.";

    /// <param name="expectedToken">The contract's concurrency token the caller's page showed; null for the reminder job, which reloads.</param>
    public async Task<OperationResult> ChangeAsync(Guid commissionId, Guid? expectedToken, Actor actor, Action<ContractChange> change,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: nothing read here can change before the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.CommissionId == commissionId, cancellationToken);
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (contract is null || commission is null) return OperationResult.NotFound("contract");
        if (expectedToken is { } token)
        {
            if (token != contract.ConcurrencyToken)
            {
                logger.LogInformation("{UserId} acted on a stale view of the contract of {Reference}", actor.UserId, commission.Reference);
                return OperationResult.Refused(StaleContractMessage);
            }
            db.Entry(contract).Property(c => c.ConcurrencyToken).OriginalValue = token;
        }
        var recorded = contract.History.Count;
        var work = new ContractChange(contract, commission, clock.GetUtcNow());
        try
        {
            change(work);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on the contract of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        var entries = contract.History.Skip(recorded).Select(e => new CommissionChange(
            new Actor(e.ActorId, e.ActorName, new HashSet<string>()), e.At, e.Action, e.What, Reason: e.Reason)).ToList();
        await AuditTrail.AppendAsync(db, commissionId, entries, cancellationToken);
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        foreach (var (action, summary) in work.Events)
            await AuditTrail.AppendAsync(db, commissionId, actor, work.At, action, summary, cancellationToken);
        var notified = new List<string>();
        foreach (var (userIds, message) in work.Messages)
            notified.AddRange(await notifications.StageAsync(db, userIds, [], message, cancellationToken));
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return OperationResult.Refused(StaleContractMessage);
        await notifications.PushAsync(notified.Distinct());
        await commissionNotifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }
}
