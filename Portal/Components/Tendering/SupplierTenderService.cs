using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Notifications;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Clarifications;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

/// <summary>
/// What a supplier user sees of the tenders its organisation is invited to: the ITT, its addenda (to acknowledge) and its
/// Q&A board. An ITT the organisation was not invited to does not exist for it: every attempt is refused as not found and logged.
/// </summary>
public sealed class SupplierTenderService(
    IDbContextFactory<PortalDbContext> contexts,
    TenderWriter writer,
    ICurrentActor currentActor,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<SupplierTenderService> logger)
{
    public async Task<OperationResult<IReadOnlyList<SupplierInvitationItem>>> ListAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken) is not { } supplierId)
            return OperationResult<IReadOnlyList<SupplierInvitationItem>>.From(Refuse(actor, "the list of invitations"));
        var rows = await (from invitation in db.Set<IttInvitation>().AsNoTracking()
                          join itt in db.Set<InvitationToTender>().AsNoTracking() on invitation.InvitationToTenderId equals itt.Id
                          join commission in db.Commissions.AsNoTracking() on itt.CommissionId equals commission.Id
                          join lot in db.Lots.AsNoTracking() on itt.LotId equals lot.Id
                          where invitation.SupplierId == supplierId
                          orderby invitation.InvitedAt descending
                          select new { itt.Id, commission.Number, commission.Title, commission.State, LotNumber = lot.Number, LotName = lot.Name, lot.Region,
                              invitation.InvitedAt, invitation.DeclinedAt, itt.ClarificationDeadline, itt.TenderDeadline })
            .ToListAsync(cancellationToken);
        var ittIds = rows.Select(r => r.Id).ToList();
        var addenda = await db.Set<IttAddendum>().AsNoTracking().Where(a => ittIds.Contains(a.InvitationToTenderId)).ToListAsync(cancellationToken);
        var responses = await db.Set<TenderResponse>().AsNoTracking().Where(r => r.SupplierId == supplierId && ittIds.Contains(r.InvitationToTenderId))
            .ToDictionaryAsync(r => r.InvitationToTenderId, r => r.Status, cancellationToken);
        var now = clock.GetUtcNow();
        return OperationResult<IReadOnlyList<SupplierInvitationItem>>.Ok(rows.Select(r => new SupplierInvitationItem(r.Id, Commission.FormatReference(r.Number),
            r.Title, $"Lot {r.LotNumber}: {r.LotName} ({r.Region})", r.InvitedAt, r.ClarificationDeadline, r.TenderDeadline,
            StageOf(r.State, r.ClarificationDeadline, r.TenderDeadline, now),
            addenda.Count(a => a.InvitationToTenderId == r.Id && !a.IsAcknowledgedBy(supplierId)), r.DeclinedAt is not null,
            responses.TryGetValue(r.Id, out var status) ? status : null)).ToList());
    }

    public async Task<OperationResult<SupplierTenderView>> GetAsync(Guid ittId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken) is not { } supplierId)
            return OperationResult<SupplierTenderView>.From(Refuse(actor, $"ITT {ittId}"));
        var invitation = await db.Set<IttInvitation>().AsNoTracking().SingleOrDefaultAsync(i => i.InvitationToTenderId == ittId && i.SupplierId == supplierId, cancellationToken);
        if (invitation is null)
        {
            logger.LogWarning("Refused ITT {IttId} to {UserId}: their organisation {SupplierId} is not invited", ittId, actor.UserId, supplierId);
            return OperationResult<SupplierTenderView>.From(OperationResult.NotFound("invitation to tender"));
        }
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.Id == ittId, cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == itt.CommissionId, cancellationToken);
        var lot = await db.Lots.AsNoTracking().SingleAsync(l => l.Id == itt.LotId, cancellationToken);
        var organisation = await db.SupplierOrganisations.AsNoTracking().Where(s => s.Id == supplierId).Select(s => s.Name).SingleAsync(cancellationToken);
        var addenda = await db.Set<IttAddendum>().AsNoTracking().Where(a => a.InvitationToTenderId == ittId)
            .OrderByDescending(a => a.Number).ToListAsync(cancellationToken);
        var questions = await db.Set<ClarificationQuestion>().AsNoTracking()
            .Where(q => q.InvitationToTenderId == ittId
                && (q.SupplierId == supplierId || (q.AnsweredAt != null && q.Audience == AnswerAudience.AllInvitedSuppliers)))
            .OrderBy(q => q.Number).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var stage = StageOf(commission.State, itt.ClarificationDeadline, itt.TenderDeadline, now);
        return OperationResult<SupplierTenderView>.Ok(new SupplierTenderView(itt.Id, commission.Reference, commission.Title, commission.Summary,
            configuration["Portal:OfficeName"] ?? "", lot.Describe(), organisation, stage, itt.ClarificationDeadline, itt.TenderDeadline,
            itt.Content.Timetable, itt.Documents, itt.Content with { LotId = null },
            addenda.Select(a => AddendumFor(a, supplierId)).ToList(),
            questions.Select(q => BoardQuestionFor(q, supplierId)).ToList(),
            CanAsk: stage == TenderStage.OpenForQuestions, commission.Id, itt.LastChangedAt,
            invitation.DeclinedAt is { } declinedAt ? new Declined(declinedAt, invitation.DeclinedByName!, invitation.DeclineReason!) : null));
    }

    public async Task<OperationResult> AcknowledgeAsync(Guid ittId, Guid addendumId)
    {
        var actor = await currentActor.GetAsync();
        return await writer.ChangeAsInvitedSupplierAsync(ittId, actor, "an acknowledgement", async (work, invitation) =>
        {
            var addendum = await work.Db.Set<IttAddendum>().SingleOrDefaultAsync(a => a.Id == addendumId && a.InvitationToTenderId == ittId)
                ?? throw new DomainRuleException("That addendum is not part of this ITT.");
            if (addendum.Acknowledge(invitation.SupplierId, actor, work.At) is { } acknowledgement)
                work.Db.Set<AddendumAcknowledgement>().Add(acknowledgement);
        });
    }

    /// <summary>The organisation will not bid: recorded with its reason, and the procurement officers are told.</summary>
    public async Task<OperationResult> DeclineAsync(Guid ittId, string reason)
    {
        var actor = await currentActor.GetAsync();
        return await writer.ChangeAsInvitedSupplierAsync(ittId, actor, "a decline", async (work, found) =>
        {
            var invitation = await work.Db.Set<IttInvitation>().SingleAsync(i => i.Id == found.Id);
            invitation.Decline(reason, work.Itt.TenderDeadline, actor, work.At);
            await AuditTrail.AppendAsync(work.Db, work.Commission.Id, actor, work.At, "BidDeclined",
                $"{invitation.SupplierName} declined to bid: {invitation.DeclineReason}");
            work.Tell(await TenderRecipients.ProcurementOfficersAsync(work.Db),
                new NotificationMessage($"{invitation.SupplierName} will not bid for {work.Commission.Reference}",
                    $"{invitation.SupplierName} has declined to bid for {work.Commission.Title}. Their reason: {invitation.DeclineReason}",
                    $"/commissions/{work.Commission.Id}/tender"));
        });
    }

    /// <summary>Where a tender stands for bidders: by its deadlines, as the server's clock reads them, and by the commission's stage.</summary>
    public static TenderStage StageOf(CommissionState state, DateTimeOffset? clarificationDeadline, DateTimeOffset? tenderDeadline, DateTimeOffset now) =>
        state is not (CommissionState.ClarificationPeriod or CommissionState.TenderPeriod) || tenderDeadline <= now ? TenderStage.Closed
        : clarificationDeadline > now ? TenderStage.OpenForQuestions
        : TenderStage.OpenForTenders;

    private static SupplierAddendumView AddendumFor(IttAddendum addendum, Guid supplierId)
    {
        var ours = addendum.Acknowledgements.FirstOrDefault(a => a.SupplierId == supplierId);
        return new SupplierAddendumView(addendum.Id, addendum.Number, addendum.Explanation, addendum.ChangeLines, addendum.PublishedAt,
            ours?.AcknowledgedAt, ours?.AcknowledgedByName);
    }

    private static BoardQuestion BoardQuestionFor(ClarificationQuestion question, Guid supplierId)
    {
        var ours = question.SupplierId == supplierId;
        return ours
            ? new BoardQuestion(question.Number, question.Question, question.AskedAt, question.Answer, question.AnsweredAt, true, question.AskedByName,
                question.Audience == AnswerAudience.AskerOnly)
            : new BoardQuestion(question.Number, question.PublishedQuestion!, null, question.Answer, question.AnsweredAt, false, null, false);
    }

    private OperationResult Refuse(Portal.Domain.Identity.Actor actor, string what)
    {
        logger.LogWarning("Refused {What} to {UserId}, who is not a supplier organisation's user", what, actor.UserId);
        return OperationResult.Forbidden();
    }
}
