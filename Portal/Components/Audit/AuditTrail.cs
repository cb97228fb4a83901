using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Audit;
using Portal.Domain.Commissions;
using Portal.Domain.Equality;
using Portal.Domain.Identity;

namespace Portal.Components.Audit;

/// <summary>
/// Appends events to the hash chain. Call inside the write transaction that makes the change, so the
/// event and the change commit together and no other writer can slip in between reading the last hash
/// and adding the next.
/// </summary>
public static class AuditTrail
{
    public static async Task AppendAsync(PortalDbContext db, Commission commission, CancellationToken cancellationToken = default)
    {
        await AppendAsync(db, commission.Id, commission.PendingChanges, cancellationToken);
        commission.ClearPendingChanges();
    }

    public static async Task AppendAsync(PortalDbContext db, EqualityAssessment assessment, CancellationToken cancellationToken = default)
    {
        await AppendAsync(db, assessment.CommissionId, assessment.PendingChanges, cancellationToken);
        assessment.ClearPendingChanges();
    }

    /// <summary>Changes recorded by another of a commission's aggregates (such as its ITT), with their before and after.</summary>
    public static async Task AppendAsync(PortalDbContext db, Guid commissionId, IReadOnlyList<CommissionChange> changes, CancellationToken cancellationToken = default)
    {
        var previous = await LastHashAsync(db, cancellationToken);
        foreach (var change in changes)
        {
            var auditEvent = AuditEvent.Create(previous, commissionId, change.At, change.Actor.UserId, change.Actor.DisplayName,
                change.Action, change.Summary, change.FromState?.ToString(), change.ToState?.ToString(), change.Trigger?.ToString(),
                change.Reason, change.Before, change.After);
            db.AuditEvents.Add(auditEvent);
            previous = auditEvent.Hash;
        }
    }

    /// <summary>An event about a commission that is not a change to the aggregate itself, e.g. a paper attached to its note.</summary>
    public static Task AppendAsync(PortalDbContext db, Guid commissionId, Actor actor, DateTimeOffset at, string action, string summary,
        CancellationToken cancellationToken = default) =>
        AppendAsync(db, commissionId, [new CommissionChange(actor, at, action, summary)], cancellationToken);

    public static async Task AppendAsync(PortalDbContext db, Actor actor, DateTimeOffset at, string action, string summary,
        CancellationToken cancellationToken = default)
    {
        var previous = await LastHashAsync(db, cancellationToken);
        db.AuditEvents.Add(AuditEvent.Create(previous, null, at, actor.UserId, actor.DisplayName, action, summary));
    }

    /// <summary>
    /// One event that belongs to no other change (a read, a refused attempt, a command), appended in a transaction of its
    /// own; about a commission when <paramref name="commissionId"/> is given.
    /// </summary>
    public static async Task AppendAloneAsync(IDbContextFactory<PortalDbContext> contexts, Guid? commissionId, Actor actor, DateTimeOffset at,
        string action, string summary, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (commissionId is { } id) await AppendAsync(db, id, actor, at, action, summary, cancellationToken);
        else await AppendAsync(db, actor, at, action, summary, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<string> LastHashAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        // The change tracker does not keep the order entries were added in: the tip is the pending event no other follows.
        var pending = db.ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count > 0)
        {
            var followed = pending.Select(e => e.PreviousHash).ToHashSet();
            return pending.Single(e => !followed.Contains(e.Hash)).Hash;
        }
        return await db.AuditEvents.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken)
            ?? AuditEvent.GenesisHash;
    }
}
