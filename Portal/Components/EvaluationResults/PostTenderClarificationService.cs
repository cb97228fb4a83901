using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Notifications;
using Portal.Components.Suppliers;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Evaluations.Clarifications;
using Portal.Domain.Identity;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.EvaluationResults;

/// <summary>A post-tender clarification as its bidder sees it, with the commission it is about.</summary>
public sealed record SupplierClarificationView(Guid Id, string Reference, string CommissionReference, string CommissionTitle, string Question,
    DateTimeOffset RespondBy, DateTimeOffset SentAt, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredByName, bool CanAnswer);

/// <summary>
/// Post-tender clarifications: during evaluation a procurement officer asks one bidder a question with a time limit;
/// that bidder's users (and no one else outside the office) read it and answer it in the portal before the limit, which
/// is checked against the server's clock. Any other supplier asking for it is told it does not exist, and the attempt is
/// audited.
/// </summary>
public sealed class PostTenderClarificationService(
    IDbContextFactory<PortalDbContext> contexts,
    TenderWriter writer,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<PostTenderClarificationService> logger)
{
    /// <param name="respondByUk">The time limit as the officer entered it, UK local time.</param>
    public async Task<OperationResult> SendAsync(Guid commissionId, Guid responseId, string question, DateTime respondByUk)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.ProcurementOfficer))
        {
            logger.LogWarning("Refused a post-tender clarification on {CommissionId} to {UserId}, who is not a procurement officer", commissionId, actor.UserId);
            return OperationResult.Forbidden();
        }
        return await writer.ChangeAsync(commissionId, null, actor, async work =>
        {
            if (work.Commission.State != CommissionState.Evaluation)
                throw new DomainRuleException("Post-tender clarifications are sent during evaluation only.");
            var opening = await work.Db.Set<TenderOpeningRecord>().AsNoTracking().SingleOrDefaultAsync(o => o.InvitationToTenderId == work.Itt.Id);
            var response = opening?.Responses.Any(r => r.ResponseId == responseId) == true
                ? await work.Db.Set<TenderResponse>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == responseId && r.CommissionId == commissionId)
                : null;
            if (response is null) throw new DomainRuleException("Choose a bidder whose response was opened in this tender.");
            var number = (await work.Db.PostTenderClarifications.Where(c => c.CommissionId == commissionId).MaxAsync(c => (int?)c.Number) ?? 0) + 1;
            var clarification = PostTenderClarification.Send(commissionId, responseId, response.SupplierId, response.SupplierName, number, question,
                UkTime.FromUkLocal(respondByUk), actor, work.At);
            work.Db.PostTenderClarifications.Add(clarification);
            await AuditTrail.AppendAsync(work.Db, commissionId, actor, work.At, "PostTenderClarificationSent",
                $"{actor.DisplayName} sent {clarification.Reference} to {response.SupplierName}, to answer by {UkTime.Format(clarification.RespondBy)}");
            work.Tell(await TenderRecipients.SuppliersAsync(work.Db, [response.SupplierId]), new NotificationMessage(
                $"Clarification of your tender requested: {work.Commission.Reference}",
                $"The procurement team evaluating {work.Commission.Title} ({work.Commission.Reference}) asks you to clarify your tender ({clarification.Reference}). " +
                $"Answer in the portal by {UkTime.Format(clarification.RespondBy)} (UK time); after that the portal cannot accept an answer.",
                EvaluationResultsPaths.SupplierClarification(clarification.Id)));
        });
    }

    /// <summary>The clarifications sent to the signed-in supplier user's organisation, newest first.</summary>
    public async Task<OperationResult<IReadOnlyList<SupplierClarificationView>>> ListForSupplierAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken) is not { } supplierId)
            return OperationResult<IReadOnlyList<SupplierClarificationView>>.From(OperationResult.Forbidden());
        var clarifications = await db.PostTenderClarifications.AsNoTracking().Where(c => c.SupplierId == supplierId).ToListAsync(cancellationToken);
        var views = new List<SupplierClarificationView>();
        foreach (var clarification in clarifications.OrderByDescending(c => c.SentAt))
            views.Add(await ViewAsync(db, clarification, cancellationToken));
        return OperationResult<IReadOnlyList<SupplierClarificationView>>.Ok(views);
    }

    public async Task<OperationResult<SupplierClarificationView>> GetForSupplierAsync(Guid clarificationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await OwnAsync(db, actor, clarificationId, "post-tender clarification", cancellationToken) is not { } clarification)
            return OperationResult<SupplierClarificationView>.From(OperationResult.NotFound("clarification"));
        return OperationResult<SupplierClarificationView>.Ok(await ViewAsync(db, clarification, cancellationToken));
    }

    public async Task<OperationResult> AnswerAsync(Guid clarificationId, string answer)
    {
        var actor = await currentActor.GetAsync();
        PostTenderClarification? own;
        Guid? supplierId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            own = await OwnAsync(db, actor, clarificationId, "an answer to post-tender clarification");
            supplierId = await SupplierMembership.OrganisationOfAsync(db, actor);
        }
        if (own is null) return OperationResult.NotFound("clarification");
        return await writer.ChangeAsync(own.CommissionId, null, actor, async work =>
        {
            var clarification = await work.Db.PostTenderClarifications.SingleAsync(c => c.Id == clarificationId);
            clarification.AnswerWith(answer, actor, supplierId, work.At);
            await AuditTrail.AppendAsync(work.Db, clarification.CommissionId, actor, work.At, "PostTenderClarificationAnswered",
                $"{actor.DisplayName} of {clarification.SupplierName} answered {clarification.Reference}");
            work.Tell(new TenderRecipients([clarification.SentByUserId], []), new NotificationMessage(
                $"{clarification.Reference} answered: {work.Commission.Reference}",
                $"{clarification.SupplierName} has answered post-tender clarification {clarification.Reference} on {work.Commission.Title}.",
                EvaluationResultsPaths.Results(clarification.CommissionId)));
        });
    }

    /// <summary>The clarification if it was sent to the actor's organisation; otherwise null, with the attempt audited.</summary>
    private async Task<PostTenderClarification?> OwnAsync(PortalDbContext db, Actor actor, Guid clarificationId, string what,
        CancellationToken cancellationToken = default)
    {
        var supplierId = await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken);
        var clarification = supplierId is null ? null
            : await db.PostTenderClarifications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clarificationId && c.SupplierId == supplierId, cancellationToken);
        if (clarification is null) await refusals.RecordAsync(actor, $"{what} {clarificationId}, which was not sent to their organisation");
        return clarification;
    }

    private async Task<SupplierClarificationView> ViewAsync(PortalDbContext db, PostTenderClarification c, CancellationToken cancellationToken)
    {
        var commission = await db.Commissions.AsNoTracking().Where(x => x.Id == c.CommissionId).Select(x => new { x.Number, x.Title })
            .SingleAsync(cancellationToken);
        return new SupplierClarificationView(c.Id, c.Reference, Commission.FormatReference(commission.Number), commission.Title, c.Question,
            c.RespondBy, c.SentAt, c.Answer, c.AnsweredAt, c.AnsweredByName, !c.IsAnswered && clock.GetUtcNow() < c.RespondBy);
    }
}
