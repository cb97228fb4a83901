using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

/// <summary>Who hears of a change: nobody, the supplier's users, or the commission's owner in the office.</summary>
public enum Tell { Nobody, Supplier, Office }

/// <summary>A change made: its audit event's action and summary, and who is told of it.</summary>
public sealed record PerformanceChange(string Action, string Summary, Tell Tell = Tell.Nobody, string Subject = "", string Body = "", string Link = "");

/// <summary>
/// The one write path of outcomes frameworks and returns: load what changes in an IMMEDIATE transaction, check the caller saw the
/// latest version, let the aggregate apply its rules, append the audit event and stage the notifications, commit, then update
/// other people's pages. A rule refused comes back as a message and nothing is saved.
/// </summary>
public sealed class PerformanceWriter(
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    NotificationSender notifications,
    CommissionNotifier notifier,
    ILogger<PerformanceWriter> logger)
{
    public const string StaleMessage = "This was changed by someone else while you were looking at it — reload to see the latest version. Nothing you entered was saved.";

    public async Task<OperationResult> SetUpAsync(Guid commissionId, Actor actor,
        Func<Contract, DateTimeOffset, OutcomesFramework> create, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commissionId, cancellationToken);
        if (contract is null) return OperationResult.NotFound("contract");
        if (await db.OutcomesFrameworks.AnyAsync(f => f.ContractId == contract.Id, cancellationToken))
            return OperationResult.Refused("This contract already has an outcomes framework: reload to see it.");
        var at = clock.GetUtcNow();
        OutcomesFramework framework;
        try
        {
            framework = create(contract, at);
        }
        catch (DomainRuleException ex)
        {
            return Refuse(actor, commissionId, ex);
        }
        db.OutcomesFrameworks.Add(framework);
        await AuditTrail.AppendAsync(db, commissionId, actor, at, "OutcomesFrameworkSetUp",
            $"Outcomes framework set up from the reference set: {framework.Measures.Count} measures, capacity {framework.Capacity}, " +
            $"green from {framework.GreenFromPercent:0.##}%, amber from {framework.AmberFromPercent:0.##}%, returns due {framework.ReturnDueDays} days after each period",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    /// <param name="change">Changes the framework and returns the audit summary, or an empty one when nothing changed.</param>
    public async Task<OperationResult> ChangeFrameworkAsync(Guid commissionId, Guid expectedToken, Actor actor,
        Func<OutcomesFramework, IReadOnlyList<ReportingPeriod>, string> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var framework = await db.OutcomesFrameworks.SingleOrDefaultAsync(f => f.CommissionId == commissionId, cancellationToken);
        if (framework is null) return OperationResult.NotFound("outcomes framework");
        if (framework.ConcurrencyToken != expectedToken) return OperationResult.Refused(StaleMessage);
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == framework.ContractId, cancellationToken);
        var at = clock.GetUtcNow();
        string summary;
        try
        {
            summary = change(framework, ReportingPeriods.Between(contract.CommencementDate, contract.CurrentEndsOn));
        }
        catch (DomainRuleException ex)
        {
            return Refuse(actor, commissionId, ex);
        }
        if (summary.Length == 0) return OperationResult.Ok();
        await AuditTrail.AppendAsync(db, commissionId, actor, at, "OutcomesFrameworkChanged", $"Outcomes framework: {summary}", cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return OperationResult.Refused(StaleMessage);
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    /// <param name="change">
    /// Given the framework, the period's return (null if none is started) and the period, changes or starts the return and says
    /// what changed; throws <see cref="DomainRuleException"/> to refuse.
    /// </param>
    public async Task<OperationResult> ChangeReturnAsync(Guid commissionId, DateOnly periodStarts, Guid? expectedToken, Actor actor,
        Func<OutcomesFramework, SupplierReturn?, ReportingPeriod, DateTimeOffset, (SupplierReturn Return, PerformanceChange Change)> change,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var framework = await db.OutcomesFrameworks.AsNoTracking().SingleOrDefaultAsync(f => f.CommissionId == commissionId, cancellationToken);
        if (framework is null) return OperationResult.NotFound("outcomes framework");
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == framework.ContractId, cancellationToken);
        var period = ReportingPeriods.Between(contract.CommencementDate, contract.CurrentEndsOn).SingleOrDefault(p => p.Starts == periodStarts);
        if (period is null) return OperationResult.Refused("That is not one of this contract's reporting periods.");
        var existing = await db.SupplierReturns.SingleOrDefaultAsync(r => r.FrameworkId == framework.Id && r.PeriodStarts == periodStarts, cancellationToken);
        if (expectedToken is { } token && existing is not null && existing.ConcurrencyToken != token) return OperationResult.Refused(StaleMessage);
        var at = clock.GetUtcNow();
        (SupplierReturn Return, PerformanceChange Change) done;
        try
        {
            done = change(framework, existing, period, at);
        }
        catch (DomainRuleException ex)
        {
            return Refuse(actor, commissionId, ex);
        }
        if (existing is null) db.SupplierReturns.Add(done.Return);
        await AuditTrail.AppendAsync(db, commissionId, actor, at, done.Change.Action, $"{period.Name} return: {done.Change.Summary}", cancellationToken);
        var told = await StageNoticeAsync(db, framework, commissionId, done.Change, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return OperationResult.Refused(StaleMessage);
        await notifications.PushAsync(told);
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    private async Task<IReadOnlyList<string>> StageNoticeAsync(PortalDbContext db, OutcomesFramework framework, Guid commissionId,
        PerformanceChange change, CancellationToken cancellationToken)
    {
        var recipients = change.Tell switch
        {
            Tell.Supplier => await db.Users.AsNoTracking().Where(u => u.SupplierOrganisationId == framework.SupplierId).Select(u => u.Id).ToListAsync(cancellationToken),
            Tell.Office => await db.Commissions.AsNoTracking().Where(c => c.Id == commissionId).Select(c => c.OwnerId).ToListAsync(cancellationToken),
            _ => [],
        };
        if (recipients.Count == 0) return [];
        return await notifications.StageAsync(db, recipients, [], new NotificationMessage(change.Subject, change.Body, change.Link), cancellationToken);
    }

    private OperationResult Refuse(Actor actor, Guid commissionId, DomainRuleException ex)
    {
        logger.LogInformation("Refused {UserId} on the performance of commission {CommissionId}: {Reason}", actor.UserId, commissionId, ex.Message);
        return OperationResult.Refused(ex.Message);
    }
}
