using Microsoft.EntityFrameworkCore;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Clarifications;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

public sealed record InvitedSupplierView(Guid SupplierId, string Name, DateTimeOffset InvitedAt, int AddendaNotAcknowledged,
    DateTimeOffset? DeclinedAt = null, string? DeclineReason = null);

public sealed record AddendumView(Guid Id, int Number, string Explanation, IReadOnlyList<string> Changes, DateTimeOffset PublishedAt,
    string PublishedByName, IReadOnlyList<string> AcknowledgedBy, IReadOnlyList<string> NotYetAcknowledgedBy);

public sealed record TenderView(
    Guid CommissionId,
    Guid IttId,
    string Reference,
    string Title,
    CommissionState State,
    Guid IttToken,
    DateTimeOffset? IssuedAt,
    DateTimeOffset? ClarificationDeadline,
    DateTimeOffset? TenderDeadline,
    IReadOnlyList<TimetableEntry> Timetable,
    IReadOnlyList<IttDocument> Documents,
    IReadOnlyList<InvitedSupplierView> Invited,
    IReadOnlyList<AddendumView> Addenda,
    int QuestionsAsked,
    int QuestionsUnanswered,
    bool IsLateChange,
    DateTimeOffset? SuggestedExtension,
    bool CanAmend);

/// <summary>
/// The office's side of an issued tender: issuing the ITT to the lot's active suppliers, and publishing every later
/// change as an addendum that each invited supplier is told of and acknowledges.
/// </summary>
public sealed class TenderService(
    IDbContextFactory<PortalDbContext> contexts,
    TenderWriter writer,
    IttIssuer issuer,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<TenderService> logger)
{
    public async Task<OperationResult<TenderView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "a tender") is { } refusal) return OperationResult<TenderView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (commission is null || itt is null) return OperationResult<TenderView>.From(OperationResult.NotFound(commission is null ? "commission" : "invitation to tender"));
        var invitations = await db.Set<IttInvitation>().AsNoTracking().Where(i => i.InvitationToTenderId == itt.Id)
            .OrderBy(i => i.SupplierName).ToListAsync(cancellationToken);
        var addenda = await db.Set<IttAddendum>().AsNoTracking().Where(a => a.InvitationToTenderId == itt.Id)
            .OrderByDescending(a => a.Number).ToListAsync(cancellationToken);
        var questions = await db.Set<ClarificationQuestion>().AsNoTracking().Where(q => q.InvitationToTenderId == itt.Id)
            .Select(q => q.AnsweredAt).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var invited = invitations.Select(i => new InvitedSupplierView(i.SupplierId, i.SupplierName, i.InvitedAt,
            addenda.Count(a => !a.IsAcknowledgedBy(i.SupplierId)), i.DeclinedAt, i.DeclineReason)).ToList();
        var addendumViews = addenda.Select(a => new AddendumView(a.Id, a.Number, a.Explanation, a.ChangeLines, a.PublishedAt, a.PublishedByName,
            invitations.Where(i => a.IsAcknowledgedBy(i.SupplierId)).Select(i => i.SupplierName).ToList(),
            invitations.Where(i => !a.IsAcknowledgedBy(i.SupplierId)).Select(i => i.SupplierName).ToList())).ToList();
        var canAmend = actor.IsInRole(Roles.ProcurementOfficer) && itt.IsIssued && itt.TenderDeadline > now
            && commission.State is CommissionState.ClarificationPeriod or CommissionState.TenderPeriod;
        return OperationResult<TenderView>.Ok(new TenderView(commission.Id, itt.Id, commission.Reference, commission.Title, commission.State,
            itt.ConcurrencyToken, itt.IssuedAt, itt.ClarificationDeadline, itt.TenderDeadline, itt.Content.Timetable, itt.Documents, invited,
            addendumViews, questions.Count, questions.Count(a => a is null), itt.IsIssued && itt.IsLateChange(now), itt.SuggestedExtension(), canAmend));
    }

    /// <summary>Issues the ITT: invites every active supplier on the lot, tells them in the portal and by email, and moves the commission to its clarification period.</summary>
    public async Task<OperationResult> IssueAsync(Guid commissionId, Guid? ittToken) => await issuer.IssueAsync(commissionId, ittToken, await currentActor.GetAsync());

    /// <summary>Publishes a new document, or a new version of one, as an addendum; optionally extending the tender deadline with it.</summary>
    public async Task<OperationResult> PublishDocumentAsync(Guid commissionId, Guid ittToken, Guid? documentId, IttDocumentKind kind, string? title,
        IttFile file, string explanation, DateTimeOffset? newTenderDeadline)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonProcurement(actor, "publish an addendum") is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, ittToken, actor, async work =>
            await PublishAsync(work, work.Itt.AmendDocument(documentId, kind, title, file, explanation, newTenderDeadline, actor, work.At), explanation));
    }

    /// <summary>Publishes a changed timetable as an addendum: deadlines only move later, and each change is audited with its reason.</summary>
    public async Task<OperationResult> PublishTimetableAsync(Guid commissionId, Guid ittToken, IReadOnlyList<TimetableEntry> timetable, string reason)
    {
        var actor = await currentActor.GetAsync();
        if (RefuseNonProcurement(actor, "change the timetable") is { } refusal) return refusal;
        return await writer.ChangeAsync(commissionId, ittToken, actor, async work =>
            await PublishAsync(work, work.Itt.AmendTimetable(timetable, reason, actor, work.At), reason));
    }

    private async Task PublishAsync(TenderChange work, IttAddendum addendum, string reason)
    {
        var commission = work.Commission;
        if (commission.State is not (CommissionState.ClarificationPeriod or CommissionState.TenderPeriod))
            throw new DomainRuleException($"Addenda can be published only while the tender is open; the commission is at {CommissionStages.DescribeState(commission.State)}.");
        // The tender deadline moves first, so a later clarification deadline still falls before it.
        if (work.Itt.TenderDeadline is { } tender && tender != commission.TenderDeadline)
            commission.ExtendTenderDeadline(work.Actor, tender, reason, work.At);
        if (work.Itt.ClarificationDeadline is { } clarification && clarification != commission.ClarificationDeadline)
            commission.ExtendClarificationDeadline(work.Actor, clarification, reason, work.At);
        work.Db.Set<IttAddendum>().Add(addendum);
        work.Tell(await TenderRecipients.InvitedSuppliersAsync(work.Db, work.Itt.Id),
            new NotificationMessage($"Addendum {addendum.Number} to the ITT: {commission.Title}",
                $"The office has changed the ITT for {commission.Title} ({commission.Reference}): {string.Join("; ", addendum.ChangeLines)}. " +
                "Read the addendum in the portal and acknowledge it.",
                SupplierLink(work.Itt.Id) + "#addenda"));
    }

    public static string SupplierLink(Guid ittId) => $"/tenders/{ittId}";

    private OperationResult? RefuseNonProcurement(Actor actor, string doing)
    {
        if (actor.IsInRole(Roles.ProcurementOfficer)) return null;
        logger.LogWarning("Refused {UserId}, who is not a procurement officer, the right to {Doing}", actor.UserId, doing);
        return OperationResult.Forbidden();
    }
}
