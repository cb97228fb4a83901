using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

public sealed record IttLotOption(Guid LotId, string FrameworkName, string Description, int ActiveSupplierCount);

public sealed record IttView(
    Guid CommissionId,
    string Reference,
    string CommissionTitle,
    CommissionState CommissionState,
    bool Exists,
    IttContent Content,
    IReadOnlyList<IttDocument> Documents,
    Guid ConcurrencyToken,
    int WeightTotal,
    int ActiveSuppliersOnLot,
    IReadOnlyList<string> ReadinessProblems,
    IReadOnlyList<TimetableWarning> TimetableWarnings,
    IReadOnlyList<IttLotOption> Lots,
    bool CanEdit,
    DateTimeOffset? LastChangedAt);

/// <summary>
/// Building a commission's invitation to tender. Each save also records the ITT's readiness facts and tender timetable on
/// the commission, in the same write transaction, so the Issue ITT guard always reads what the ITT says.
/// </summary>
public sealed class IttService(
    IDbContextFactory<PortalDbContext> contexts,
    ICurrentActor currentActor,
    TimeProvider clock,
    CommissionNotifier notifier,
    ILogger<IttService> logger)
{
    public async Task<OperationResult<IttView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "an ITT") is { } refusal) return OperationResult<IttView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return OperationResult<IttView>.From(OperationResult.NotFound());
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        var lots = await LotOptionsAsync(db, cancellationToken);
        return OperationResult<IttView>.Ok(ToView(commission, itt, lots, actor));
    }

    /// <summary>Saves the builder's content, starting the ITT on first save; <paramref name="token"/> is null only when none existed.</summary>
    public Task<OperationResult> SaveAsync(Guid commissionId, Guid? token, IttContent content) =>
        ChangeAsync(commissionId, token, content, (itt, actor, at) => itt.Update(content, actor, at));

    public Task<OperationResult> AddDocumentAsync(Guid commissionId, Guid token, IttDocumentKind kind, string title, IttFile file) =>
        ChangeAsync(commissionId, token, null, (itt, actor, at) => itt.AddDocument(kind, title, file, actor, at));

    public Task<OperationResult> AddDocumentVersionAsync(Guid commissionId, Guid token, Guid documentId, IttFile file) =>
        ChangeAsync(commissionId, token, null, (itt, actor, at) => itt.AddDocumentVersion(documentId, file, actor, at));

    private async Task<OperationResult> ChangeAsync(Guid commissionId, Guid? token, IttContent? initial,
        Action<InvitationToTender, Actor, DateTimeOffset> change)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "an ITT") is { } refusal) return refusal;
        if (!actor.IsInRole(Roles.ProcurementOfficer))
        {
            logger.LogWarning("Refused a change to an ITT to {UserId}, who is not a procurement officer", actor.UserId);
            return OperationResult.Forbidden();
        }
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId);
        if (commission is null) return OperationResult.NotFound();
        var itt = await db.Set<InvitationToTender>().SingleOrDefaultAsync(i => i.CommissionId == commissionId);
        var at = clock.GetUtcNow();
        try
        {
            if (commission.IsTerminal) throw new DomainRuleException("This commission has ended.");
            if (commission.State != CommissionState.IttPreparation)
            {
                throw new DomainRuleException(commission.State < CommissionState.IttPreparation
                    ? "The ITT can be prepared once the equality impact assessment has passed."
                    : InvitationToTender.AfterIssueMessage);
            }
            if (itt is null)
            {
                if (initial is null) return OperationResult.Refused("Save the ITT first.");
                itt = InvitationToTender.Start(commissionId, initial, actor, at);
                db.Set<InvitationToTender>().Add(itt);
            }
            else
            {
                if (token != itt.ConcurrencyToken) return Stale(actor, commission);
                db.Entry(itt).Property(i => i.ConcurrencyToken).OriginalValue = itt.ConcurrencyToken;
                change(itt, actor, at);
            }
            if (itt.LotId is { } lotId && !await db.Lots.AnyAsync(l => l.Id == lotId))
                throw new DomainRuleException("That lot is not on any framework.");
            await IttIssuer.RecordReadinessAsync(db, commission, itt, actor, at);
            if (itt.ClarificationDeadline is { } clarification && itt.TenderDeadline is { } tender
                && (clarification != commission.ClarificationDeadline || tender != commission.TenderDeadline))
            {
                commission.SetTenderTimetable(actor, clarification, tender, at);
            }
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on the ITT of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, commissionId, itt.PendingChanges);
        itt.ClearPendingChanges();
        await AuditTrail.AppendAsync(db, commission);
        if (!await db.TrySaveAndCommitAsync(transaction)) return Stale(actor, commission);
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    private OperationResult Stale(Actor actor, Commission commission)
    {
        logger.LogInformation("{UserId} acted on a stale view of the ITT of {Reference}", actor.UserId, commission.Reference);
        return new OperationResult(OperationOutcome.Conflict,
            "This ITT was changed by someone else while you were looking at it — reload to see the latest version, then make your changes again.");
    }

    private static async Task<IReadOnlyList<IttLotOption>> LotOptionsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Lots).ToListAsync(cancellationToken);
        return frameworks.OrderBy(f => f.Name).SelectMany(f => f.Lots.OrderBy(l => l.Number)
                .Select(l => new IttLotOption(l.Id, f.Name, l.Describe(), l.Members.Count(m => m.Status == SupplierStatus.Active))))
            .ToList();
    }

    private static IttView ToView(Commission commission, InvitationToTender? itt, IReadOnlyList<IttLotOption> lots, Actor actor)
    {
        var content = itt?.Content ?? new IttContent();
        var documents = itt?.Documents ?? [];
        var active = content.LotId is { } lotId ? lots.FirstOrDefault(l => l.LotId == lotId)?.ActiveSupplierCount ?? 0 : 0;
        var problems = IttRules.ReadinessProblems(content, documents.Count).ToList();
        if (content.LotId is not null && active == 0) problems.Add("The lot has no active supplier to invite.");
        return new IttView(commission.Id, commission.Reference, commission.Title, commission.State, itt is not null, content, documents,
            itt?.ConcurrencyToken ?? Guid.Empty, content.WeightTotal, active, problems, content.BuildTimetable().Warnings(), lots,
            CanEdit: actor.IsInRole(Roles.ProcurementOfficer) && commission.State == CommissionState.IttPreparation, itt?.LastChangedAt);
    }
}
