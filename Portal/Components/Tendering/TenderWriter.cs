using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Notifications;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

/// <summary>One change to a live tender: the commission and its ITT loaded inside the write transaction, and the people to tell.</summary>
public sealed class TenderChange(PortalDbContext db, Commission commission, InvitationToTender itt, Actor actor, DateTimeOffset at)
{
    private readonly List<(IReadOnlyList<string> UserIds, IReadOnlyList<string> Emails, NotificationMessage Message)> _messages = [];

    public PortalDbContext Db => db;
    public Commission Commission => commission;
    public InvitationToTender Itt => itt;
    public Actor Actor => actor;
    public DateTimeOffset At => at;
    internal IEnumerable<(IReadOnlyList<string> UserIds, IReadOnlyList<string> Emails, NotificationMessage Message)> Messages => _messages;

    /// <summary>Tells these people once the change commits; their notifications and emails commit with it.</summary>
    public void Tell(TenderRecipients recipients, NotificationMessage message) => _messages.Add((recipients.UserIds, recipients.Emails, message));
}

/// <summary>
/// The one write path for an issued tender (issue, addenda, clarifications, acknowledgements): load the commission and
/// its ITT in an IMMEDIATE transaction, check the caller saw the latest ITT, let the aggregates apply their rules,
/// append their audit events, stage the notifications and emails, commit, then update other people's pages.
/// </summary>
public sealed class TenderWriter(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    CommissionNotifier commissionNotifier,
    NotificationSender notifications,
    RefusedAccessLog refusals,
    ILogger<TenderWriter> logger)
{
    public const string StaleMessage =
        "This ITT was changed by someone else while you were looking at it — reload to see the latest version, then make your change again.";

    /// <param name="expectedIttToken">The ITT version the caller's page showed; null where the change does not depend on it.</param>
    public async Task<OperationResult> ChangeAsync(Guid commissionId, Guid? expectedIttToken, Actor actor, Func<TenderChange, Task> change,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: nothing read here can change before the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (commission is null || itt is null) return OperationResult.NotFound(commission is null ? "commission" : "invitation to tender");
        if (expectedIttToken is { } token)
        {
            if (token != itt.ConcurrencyToken) return Stale(actor, commission);
            db.Entry(itt).Property(i => i.ConcurrencyToken).OriginalValue = token;
        }
        var work = new TenderChange(db, commission, itt, actor, clock.GetUtcNow());
        try
        {
            await change(work);
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on the tender of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, commissionId, itt.PendingChanges, cancellationToken);
        itt.ClearPendingChanges();
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        var notified = new List<string>();
        foreach (var (userIds, emails, message) in work.Messages)
            notified.AddRange(await notifications.StageAsync(db, userIds, emails, message, cancellationToken));
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return Stale(actor, commission);
        await notifications.PushAsync(notified.Distinct());
        await commissionNotifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    /// <summary>
    /// A change a supplier user makes to a tender its organisation is invited to. Anyone else (another supplier, an office
    /// user, a guessed id) is told the tender does not exist, and the attempt is logged as <paramref name="doing"/>.
    /// </summary>
    public async Task<OperationResult> ChangeAsInvitedSupplierAsync(Guid ittId, Actor actor, string doing,
        Func<TenderChange, IttInvitation, Task> change)
    {
        IttInvitation? invitation;
        await using (var db = await contexts.CreateDbContextAsync())
            invitation = await SupplierMembership.InvitationOfAsync(db, actor, ittId);
        if (invitation is null)
        {
            await refusals.RecordAsync(actor, $"{doing} on ITT {ittId}, to which their organisation is not invited");
            return OperationResult.NotFound("invitation to tender");
        }
        return await ChangeAsync(invitation.CommissionId, null, actor, work => change(work, invitation));
    }

    private OperationResult Stale(Actor actor, Commission commission)
    {
        logger.LogInformation("{UserId} acted on a stale view of the tender of {Reference}", actor.UserId, commission.Reference);
        return new OperationResult(OperationOutcome.Conflict, StaleMessage);
    }
}
