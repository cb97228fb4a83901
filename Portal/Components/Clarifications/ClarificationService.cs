using Microsoft.EntityFrameworkCore;
using Portal.Components.Notifications;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Clarifications;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Clarifications;

/// <summary>A question as the office sees it: with the organisation that asked, which suppliers never see.</summary>
public sealed record OfficeQuestionView(Guid Id, int Number, string AskingSupplier, string AskedByName, DateTimeOffset AskedAt, string Question,
    string? PublishedQuestion, string? Answer, AnswerAudience? Audience, string? AskerOnlyJustification, DateTimeOffset? AnsweredAt, string? AnsweredByName);

public sealed record OfficeClarificationsView(Guid CommissionId, string Reference, string Title, CommissionState State,
    DateTimeOffset? ClarificationDeadline, DateTimeOffset? TenderDeadline, IReadOnlyList<OfficeQuestionView> Questions, bool CanAnswer);

/// <summary>
/// Clarification questions on an issued ITT: invited suppliers ask until the clarification deadline; procurement
/// officers answer, publishing to every invited supplier without the asker's identity, or, with a recorded
/// justification, to the asker alone. The commission's count of unanswered questions changes in the same transaction,
/// so the tender period cannot close while one is open.
/// </summary>
public sealed class ClarificationService(
    IDbContextFactory<PortalDbContext> contexts,
    TenderWriter writer,
    ICurrentActor currentActor,
    ILogger<ClarificationService> logger)
{
    public async Task<OperationResult> AskAsync(Guid ittId, string question)
    {
        var actor = await currentActor.GetAsync();
        return await writer.ChangeAsInvitedSupplierAsync(ittId, actor, "a clarification question", async (work, invitation) =>
        {
            if (work.Commission.State is not (CommissionState.ClarificationPeriod or CommissionState.TenderPeriod))
                throw new DomainRuleException("This tender is closed; questions can no longer be asked.");
            var questions = work.Db.Set<ClarificationQuestion>().Where(q => q.InvitationToTenderId == ittId);
            var number = (await questions.MaxAsync(q => (int?)q.Number) ?? 0) + 1;
            var asked = ClarificationQuestion.Ask(ittId, invitation.CommissionId, number, invitation.SupplierId, question,
                work.Itt.ClarificationDeadline ?? work.At, actor, work.At);
            work.Db.Set<ClarificationQuestion>().Add(asked);
            work.Commission.RecordUnansweredClarifications(actor, await questions.CountAsync(q => q.AnsweredAt == null) + 1, work.At);
            work.Tell(await TenderRecipients.ProcurementOfficersAsync(work.Db),
                new NotificationMessage($"Clarification question Q{number} on {work.Commission.Reference}",
                    $"A supplier has asked a clarification question on {work.Commission.Title}. It waits for an answer.",
                    $"/commissions/{invitation.CommissionId}/clarifications"));
        });
    }

    public async Task<OperationResult<OfficeClarificationsView>> GetForOfficeAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, "clarifications") is { } refusal) return OperationResult<OfficeClarificationsView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (commission is null || itt is null)
            return OperationResult<OfficeClarificationsView>.From(OperationResult.NotFound(commission is null ? "commission" : "invitation to tender"));
        var questions = await (from q in db.Set<ClarificationQuestion>().AsNoTracking()
                               join s in db.SupplierOrganisations.AsNoTracking() on q.SupplierId equals s.Id
                               where q.InvitationToTenderId == itt.Id
                               orderby q.Number
                               select new OfficeQuestionView(q.Id, q.Number, s.Name, q.AskedByName, q.AskedAt, q.Question, q.PublishedQuestion,
                                   q.Answer, q.Audience, q.AskerOnlyJustification, q.AnsweredAt, q.AnsweredByName))
            .ToListAsync(cancellationToken);
        return OperationResult<OfficeClarificationsView>.Ok(new OfficeClarificationsView(commission.Id, commission.Reference, commission.Title,
            commission.State, itt.ClarificationDeadline, itt.TenderDeadline, questions,
            actor.IsInRole(Roles.ProcurementOfficer) && commission.State is CommissionState.ClarificationPeriod or CommissionState.TenderPeriod));
    }

    /// <summary>Answers a question; <paramref name="publishedQuestion"/> rewords it where the asker's words would identify them.</summary>
    public async Task<OperationResult> AnswerAsync(Guid commissionId, Guid questionId, string answer, AnswerAudience audience,
        string? publishedQuestion, string? justification)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.ProcurementOfficer))
        {
            logger.LogWarning("Refused an answer to clarification {QuestionId} to {UserId}, who is not a procurement officer", questionId, actor.UserId);
            return OperationResult.Forbidden();
        }
        return await writer.ChangeAsync(commissionId, null, actor, async work =>
        {
            if (work.Commission.State is not (CommissionState.ClarificationPeriod or CommissionState.TenderPeriod))
                throw new DomainRuleException("This tender is closed; its questions can no longer be answered here.");
            var question = await work.Db.Set<ClarificationQuestion>()
                .SingleOrDefaultAsync(q => q.Id == questionId && q.InvitationToTenderId == work.Itt.Id)
                ?? throw new DomainRuleException("That question is not part of this ITT.");
            question.AnswerWith(answer, audience, publishedQuestion, justification, actor, work.At);
            var unanswered = await work.Db.Set<ClarificationQuestion>()
                .CountAsync(q => q.InvitationToTenderId == work.Itt.Id && q.AnsweredAt == null && q.Id != questionId);
            work.Commission.RecordUnansweredClarifications(actor, unanswered, work.At);
            var link = TenderService.SupplierLink(work.Itt.Id) + "#questions";
            if (audience == AnswerAudience.AllInvitedSuppliers)
            {
                work.Tell(await TenderRecipients.InvitedSuppliersAsync(work.Db, work.Itt.Id),
                    new NotificationMessage($"Clarification answer published: {work.Commission.Title}",
                        $"Q{question.Number} on {work.Commission.Title} ({work.Commission.Reference}) has been answered. The answer is on the Q&A board for every invited supplier.",
                        link));
            }
            else
            {
                work.Tell(await TenderRecipients.InvitedSuppliersAsync(work.Db, work.Itt.Id, question.SupplierId),
                    new NotificationMessage($"Your clarification question has been answered: {work.Commission.Title}",
                        $"Your question Q{question.Number} on {work.Commission.Title} ({work.Commission.Reference}) has been answered for your organisation only.",
                        link));
            }
        });
    }
}
