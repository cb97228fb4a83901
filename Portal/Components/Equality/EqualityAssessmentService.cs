using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Equality;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Equality;

public sealed record EqualityAssessmentView(
    Guid CommissionId,
    string Reference,
    string CommissionTitle,
    CommissionState CommissionState,
    bool Exists,
    EqualityAssessmentContent Content,
    EiaStatus Status,
    Guid ConcurrencyToken,
    string? AuthorName,
    DateTimeOffset? SubmittedAt,
    string? ReviewerName,
    DateTimeOffset? ReviewedAt,
    string? ReviewComments,
    IReadOnlyList<EiaProblem> Missing,
    IReadOnlyList<string> Warnings,
    bool CanEdit,
    bool CanSubmit,
    bool CanReview);

/// <summary>
/// Writing, submitting and quality-assuring a commission's EIA. Submitting and reviewing change the EIA and the
/// commission together, in one write transaction, so the commission's guard always reads the EIA's true state.
/// </summary>
public sealed class EqualityAssessmentService(
    IDbContextFactory<PortalDbContext> contexts,
    ICurrentActor currentActor,
    TimeProvider clock,
    CommissionNotifier notifier,
    ILogger<EqualityAssessmentService> logger)
{
    public async Task<OperationResult<EqualityAssessmentView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (Refuse(actor) is { } refusal) return OperationResult<EqualityAssessmentView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        if (commission is null) return OperationResult<EqualityAssessmentView>.From(OperationResult.NotFound());
        var assessment = await db.EqualityAssessments.AsNoTracking().SingleOrDefaultAsync(e => e.CommissionId == commissionId, cancellationToken);
        return OperationResult<EqualityAssessmentView>.Ok(ToView(commission, assessment, actor));
    }

    /// <summary>Saves the EIA, starting it on first save; <paramref name="token"/> is null only when none existed.</summary>
    public Task<OperationResult> SaveAsync(Guid commissionId, Guid? token, EqualityAssessmentContent content) =>
        ChangeAsync(commissionId, token, createIfMissing: true, (assessment, commission, actor, at) =>
            assessment.Update(content, actor, at), content);

    public Task<OperationResult> SubmitAsync(Guid commissionId, Guid token) =>
        ChangeAsync(commissionId, token, createIfMissing: false, (assessment, commission, actor, at) =>
        {
            if (commission.State != CommissionState.EqualityAssessment)
                throw new DomainRuleException("The EIA can be submitted for quality assurance once the Commissioner has approved the decision note.");
            assessment.Submit(actor, at);
            commission.SubmitEqualityAssessment(actor, assessment.Content.AssessedCount, at);
        });

    public Task<OperationResult> PassAsync(Guid commissionId, Guid token, string? comments) =>
        ChangeAsync(commissionId, token, createIfMissing: false, (assessment, commission, actor, at) =>
        {
            assessment.Pass(actor, comments, at);
            commission.Fire(CommissionTrigger.PassEqualityAssessment, new TransitionRequest(actor, at, comments));
        });

    public Task<OperationResult> ReturnAsync(Guid commissionId, Guid token, string comments) =>
        ChangeAsync(commissionId, token, createIfMissing: false, (assessment, commission, actor, at) =>
        {
            assessment.Return(actor, comments, at);
            commission.ReturnEqualityAssessment(actor, at);
        });

    private async Task<OperationResult> ChangeAsync(Guid commissionId, Guid? token, bool createIfMissing,
        Action<EqualityAssessment, Commission, Actor, DateTimeOffset> change, EqualityAssessmentContent? initial = null)
    {
        var actor = await currentActor.GetAsync();
        if (Refuse(actor) is { } refusal) return refusal;
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == commissionId);
        if (commission is null) return OperationResult.NotFound();
        var assessment = await db.EqualityAssessments.SingleOrDefaultAsync(e => e.CommissionId == commissionId);
        var at = clock.GetUtcNow();
        try
        {
            if (assessment is null)
            {
                if (!createIfMissing || initial is null) return OperationResult.Refused("Write and save the EIA first.");
                if (commission.IsTerminal) return OperationResult.Refused("This commission has ended.");
                assessment = EqualityAssessment.Start(commissionId, initial, actor, at);
                db.EqualityAssessments.Add(assessment);
            }
            else
            {
                if (token != assessment.ConcurrencyToken) return Stale(actor, commission);
                db.Entry(assessment).Property(e => e.ConcurrencyToken).OriginalValue = assessment.ConcurrencyToken;
                change(assessment, commission, actor, at);
            }
        }
        catch (DomainRuleException ex)
        {
            logger.LogInformation("Refused {UserId} on the EIA of {Reference}: {Reason}", actor.UserId, commission.Reference, ex.Message);
            return OperationResult.Refused(ex.Message);
        }
        await AuditTrail.AppendAsync(db, assessment);
        await AuditTrail.AppendAsync(db, commission);
        if (!await db.TrySaveAndCommitAsync(transaction)) return Stale(actor, commission);
        await notifier.NotifyAsync(commissionId);
        return OperationResult.Ok();
    }

    private OperationResult Stale(Actor actor, Commission commission)
    {
        logger.LogInformation("{UserId} acted on a stale view of the EIA of {Reference}", actor.UserId, commission.Reference);
        return new OperationResult(OperationOutcome.Conflict,
            "This EIA was changed by someone else while you were looking at it — reload to see the latest version. Copy any text you have not saved first.");
    }

    private OperationResult? Refuse(Actor actor) => OfficeAccess.Refuse(actor, logger, "an EIA");

    private static EqualityAssessmentView ToView(Commission commission, EqualityAssessment? assessment, Actor actor)
    {
        var content = assessment?.Content ?? new EqualityAssessmentContent
        {
            TitleOfPolicy = commission.Title,
            AimsAndPurpose = commission.Summary,
        };
        var status = assessment?.Status ?? EiaStatus.Draft;
        var editable = assessment?.IsEditable ?? true;
        var isCommissioning = actor.IsInRole(Roles.CommissioningOfficer);
        return new EqualityAssessmentView(commission.Id, commission.Reference, commission.Title, commission.State, assessment is not null,
            content, status, assessment?.ConcurrencyToken ?? Guid.Empty, assessment?.AuthorName, assessment?.SubmittedAt,
            assessment?.ReviewerName, assessment?.ReviewedAt, assessment?.ReviewComments,
            EqualityAssessmentRules.Missing(content), EqualityAssessmentRules.Warnings(content),
            CanEdit: isCommissioning && editable && !commission.IsTerminal,
            CanSubmit: assessment is not null && editable && actor.UserId == assessment.AuthorId && commission.State == CommissionState.EqualityAssessment,
            CanReview: assessment is { Status: EiaStatus.SubmittedForQa } && actor.IsInRole(Roles.EqualityLead) && actor.UserId != assessment.AuthorId);
    }
}
