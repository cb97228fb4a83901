using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Components.Notifications;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Award;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Award;

/// <summary>One change at the award stage: the commission, its ITT and its intention to award loaded in the write transaction.</summary>
public sealed class AwardChange(PortalDbContext db, Commission commission, InvitationToTender itt, IntentionToAward? intention, Actor actor, DateTimeOffset at)
{
    private readonly List<(TenderRecipients Recipients, NotificationMessage Message)> _messages = [];
    private readonly List<(string Action, string Summary)> _events = [];

    public PortalDbContext Db => db;
    public Commission Commission => commission;
    public InvitationToTender Itt => itt;
    public IntentionToAward? Intention => intention;
    public Actor Actor => actor;
    public DateTimeOffset At => at;
    internal IEnumerable<(TenderRecipients Recipients, NotificationMessage Message)> Messages => _messages;
    internal IEnumerable<(string Action, string Summary)> Events => _events;

    public IntentionToAward RequireIntention() =>
        intention ?? throw new DomainRuleException("No intention to award has been issued for this commission.");

    /// <summary>Tells these people once the change commits; their notifications and emails commit with it.</summary>
    public void Tell(TenderRecipients recipients, NotificationMessage message) => _messages.Add((recipients, message));

    /// <summary>An audit event beside the commission's own, such as the letters' sending.</summary>
    public void Record(string action, string summary) => _events.Add((action, summary));
}

/// <summary>
/// The one write path of the award stage: load the commission, its ITT and its intention to award in an IMMEDIATE transaction,
/// check the caller saw the latest commission, let the aggregates apply their rules (the commission moves only by its state
/// machine), append the audit events, stage the letters and emails, commit, then update other people's pages.
/// </summary>
public sealed class AwardWriter(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CommissionNotifier commissionNotifier,
    NotificationSender notifications,
    ILogger<AwardWriter> logger)
{
    public const string AlreadyAwardedMessage = "This commission has already been awarded: it has its contract, and there can be only one.";
    public const string AlreadyIssuedMessage = "The intention to award has already been issued for this commission.";
    private const int SqliteConstraint = 19;

    public async Task<OperationResult> ChangeAsync(Guid commissionId, Guid expectedToken, Actor actor, Func<AwardChange, Task> change,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: nothing read here can change before the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (commission is null || itt is null) return OperationResult.NotFound(commission is null ? "commission" : "invitation to tender");
        if (commission.ConcurrencyToken != expectedToken)
        {
            logger.LogInformation("{UserId} acted on a stale view of the award of {Reference}", actor.UserId, commission.Reference);
            return OperationResult.Conflict();
        }
        db.Entry(commission).Property(c => c.ConcurrencyToken).OriginalValue = expectedToken;
        var intention = await db.IntentionsToAward.SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        var work = new AwardChange(db, commission, itt, intention, actor, clock.GetUtcNow());
        try
        {
            await change(work);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} at the award of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        foreach (var (action, summary) in work.Events)
            await AuditTrail.AppendAsync(db, commissionId, actor, work.At, action, summary, cancellationToken);
        var notified = new List<string>();
        foreach (var (recipients, message) in work.Messages)
            notified.AddRange(await notifications.StageAsync(db, recipients.UserIds, recipients.Emails, message, cancellationToken));
        try
        {
            if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return OperationResult.Conflict();
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint } constraint)
        {
            // The unique indexes hold even if two confirmations raced past the state check: one commission, one intention, one contract.
            logger.LogWarning("A second award step on {Reference} by {UserId} was refused by the database: {Reason}",
                commission.Reference, actor.UserId, constraint.Message);
            return OperationResult.Refused(constraint.Message.Contains("Contracts.") ? AlreadyAwardedMessage : AlreadyIssuedMessage);
        }
        await notifications.PushAsync(notified.Distinct());
        await commissionNotifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }
}
