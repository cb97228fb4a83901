using Microsoft.EntityFrameworkCore;
using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Evaluation;

/// <summary>The evaluation's pages, each shaped for the person reading it.</summary>
public sealed partial class EvaluationService
{
    public async Task<OperationResult<EvaluationOverview>> GetOverviewAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var (loaded, failure) = await ReadAsync(commissionId, actor, "the evaluation", cancellationToken);
        if (loaded is null) return OperationResult<EvaluationOverview>.From(failure!);
        var (commission, _, evaluation) = loaded;
        var mayManage = actor.IsInRole(Roles.ProcurementOfficer);
        var mine = actor.IsInRole(Roles.Evaluator) ? evaluation.AssignmentOf(actor.UserId) : null;
        return OperationResult<EvaluationOverview>.Ok(new EvaluationOverview(commissionId, commission.Reference, commission.Title, commission.State,
            BidStatuses(evaluation), PanelMembers(evaluation), loaded.Criteria, evaluation.ModerationOpen, evaluation.ModerationOpenedByName,
            evaluation.ModerationOpenedAt, mayManage && !evaluation.ModerationOpen ? evaluation.MissingBeforeModeration() : [], evaluation.AllModerated,
            mayManage, mine is not null, mine is not null && evaluation.HasDeclaredForEveryBidder(actor.UserId), mine?.CriteriaKeys ?? [],
            mine is null ? [] : MyBids(evaluation, actor.UserId),
            mayManage ? evaluation.Declarations.OrderBy(d => d.Sequence).ToList() : []));
    }

    public async Task<OperationResult<PanelView>> GetPanelAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "manage the evaluation panel", commissionId) is { } refused)
            return OperationResult<PanelView>.From(refused);
        var (loaded, failure) = await ReadAsync(commissionId, actor, "the evaluation panel", cancellationToken);
        if (loaded is null) return OperationResult<PanelView>.From(failure!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var evaluators = await (from user in db.Users
                                join userRole in db.UserRoles on user.Id equals userRole.UserId
                                join role in db.Roles on userRole.RoleId equals role.Id
                                where role.Name == Roles.Evaluator
                                orderby user.DisplayName
                                select new EvaluatorOption(user.Id, user.DisplayName, user.Email ?? "")).ToListAsync(cancellationToken);
        return OperationResult<PanelView>.Ok(new PanelView(commissionId, loaded.Commission.Reference, loaded.Commission.Title, loaded.Criteria,
            PanelMembers(loaded.Evaluation), evaluators, loaded.Evaluation.ModerationOpen));
    }

    public async Task<OperationResult<DeclarationsView>> GetDeclarationsAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.Evaluator, "declare conflicts of interest", commissionId) is { } refused)
            return OperationResult<DeclarationsView>.From(refused);
        var (loaded, failure) = await ReadAsync(commissionId, actor, "the declarations of interest", cancellationToken);
        if (loaded is null) return OperationResult<DeclarationsView>.From(failure!);
        var evaluation = loaded.Evaluation;
        if (evaluation.AssignmentOf(actor.UserId) is null) return OperationResult<DeclarationsView>.From(await NotOnPanelAsync(actor, commissionId));
        var bidders = evaluation.Bids.Select(b => evaluation.LatestDeclaration(actor.UserId, b.SupplierId) is { } d
            ? new BidderToDeclare(b.SupplierId, b.SupplierName, d.HasConflict, d.Details)
            : new BidderToDeclare(b.SupplierId, b.SupplierName, null, "")).ToList();
        return OperationResult<DeclarationsView>.Ok(new DeclarationsView(commissionId, loaded.Commission.Reference, loaded.Commission.Title, bidders,
            evaluation.Declarations.Where(d => d.EvaluatorId == actor.UserId).OrderBy(d => d.Sequence).ToList(),
            evaluation.HasDeclaredForEveryBidder(actor.UserId)));
    }

    public async Task<OperationResult<ComplianceView>> GetComplianceAsync(Guid commissionId, Guid responseId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "check compliance", commissionId) is { } refused)
            return OperationResult<ComplianceView>.From(refused);
        var (loaded, failure) = await ReadAsync(commissionId, actor, "the compliance check", cancellationToken);
        if (loaded is null) return OperationResult<ComplianceView>.From(failure!);
        var evaluation = loaded.Evaluation;
        if (evaluation.Bids.FirstOrDefault(b => b.ResponseId == responseId) is not { } bid)
            return OperationResult<ComplianceView>.From(OperationResult.NotFound("response"));
        var response = await RevealAsync(commissionId, loaded.Itt.Id, responseId, actor, "to check its compliance", cancellationToken);
        var itt = loaded.Itt.Content;
        var answers = response.Content.Compliance;
        var findings = evaluation.ComplianceOf(responseId);
        var questions = itt.ComplianceQuestions.Select((q, i) => new ComplianceQuestionView(i, q.Text,
            i < answers.Count ? answers[i] : new ComplianceAnswer(null, ""), findings.FirstOrDefault(f => f.QuestionIndex == i))).ToList();
        return OperationResult<ComplianceView>.Ok(new ComplianceView(commissionId, loaded.Commission.Reference, loaded.Commission.Title, responseId,
            bid.SupplierName, questions, evaluation.ModerationOpen, BidStatuses(evaluation)));
    }

    /// <summary>One bid for the signed-in evaluator to score; refused and audited unless they have declared and hold no conflict with it.</summary>
    public async Task<OperationResult<ScoringView>> GetScoringAsync(Guid commissionId, Guid responseId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.Evaluator, "score tenders", commissionId) is { } refused)
            return OperationResult<ScoringView>.From(refused);
        var (loaded, failure) = await ReadAsync(commissionId, actor, $"response {responseId} for scoring", cancellationToken);
        if (loaded is null) return OperationResult<ScoringView>.From(failure!);
        var evaluation = loaded.Evaluation;
        if (evaluation.Bids.FirstOrDefault(b => b.ResponseId == responseId) is not { } bid)
        {
            await refusals.RecordAsync(actor, $"response {responseId}, which is not one of the bids of commission {commissionId}", commissionId);
            return OperationResult<ScoringView>.From(OperationResult.NotFound("response"));
        }
        if (evaluation.WhyNotVisible(actor.UserId, bid.SupplierId) is { } hidden)
        {
            await refusals.RecordAsync(actor, $"the response of {bid.SupplierName} for scoring: {hidden}", commissionId);
            return OperationResult<ScoringView>.From(new OperationResult(OperationOutcome.Forbidden, hidden));
        }
        var assignment = evaluation.AssignmentOf(actor.UserId)!;
        var myBids = MyBids(evaluation, actor.UserId);
        if (evaluation.ExclusionReason(responseId) is { } excluded)
            return OperationResult<ScoringView>.From(OperationResult.Refused($"{bid.SupplierName} was excluded at compliance, so it is not scored. {excluded}"));
        var response = await RevealAsync(commissionId, loaded.Itt.Id, responseId, actor, "to score it", cancellationToken);
        var itt = loaded.Itt.Content;
        var myScores = evaluation.ScoresVisibleTo(actor.UserId).Where(s => s.EvaluatorId == actor.UserId && s.ResponseId == responseId).ToList();
        var criteria = CriterionView.For(itt, assignment.CriteriaKeys).Select(c =>
        {
            var criterion = Criterion.FromKey(c.Key);
            var quality = criterion.Kind == CriterionKind.Quality;
            var answer = quality ? (criterion.QuestionIndex < response.Content.Quality.Count ? response.Content.Quality[criterion.QuestionIndex] : "") : response.Content.SocialValue;
            var files = quality ? response.CurrentFiles.Where(f => f.Slot == ResponseFileSlot.QualityAnswer && f.QuestionIndex == criterion.QuestionIndex).ToList() : [];
            var mine = myScores.FirstOrDefault(s => s.CriterionKey == c.Key);
            return new ScoringCriterionView(c, answer, quality ? itt.QualityQuestions[criterion.QuestionIndex].WordLimit : ResponseRules.SocialValueWordLimit,
                files, mine?.Score, mine?.Justification ?? "", mine?.ScoredAt);
        }).ToList();
        return OperationResult<ScoringView>.Ok(new ScoringView(commissionId, loaded.Commission.Reference, loaded.Commission.Title, responseId,
            bid.SupplierName, criteria, myBids, evaluation.ModerationOpen));
    }

    /// <summary>Every evaluator's scores side by side, for the procurement officers who moderate; before it opens, what is missing.</summary>
    public async Task<OperationResult<ModerationView>> GetModerationAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "moderate scores", commissionId) is { } refused)
            return OperationResult<ModerationView>.From(refused);
        var (loaded, failure) = await ReadAsync(commissionId, actor, "the moderation", cancellationToken);
        if (loaded is null) return OperationResult<ModerationView>.From(failure!);
        var evaluation = loaded.Evaluation;
        // Before moderation opens this is empty: a moderator sees no individual score while the evaluators are still at work.
        var visible = evaluation.ModerationOpen ? evaluation.ScoresVisibleTo(actor.UserId) : [];
        var bids = evaluation.Bids.Select(b => new ModerationBidView(b.ResponseId, b.SupplierName, evaluation.ExclusionReason(b.ResponseId),
            evaluation.IsExcluded(b.ResponseId) ? [] : loaded.Criteria.Select(c => new ModerationItemView(c,
                visible.Where(s => s.ResponseId == b.ResponseId && s.CriterionKey == c.Key).OrderBy(s => s.EvaluatorName).ToList(),
                evaluation.Moderated(b.ResponseId, c.Key),
                evaluation.Moderations.Where(m => m.ResponseId == b.ResponseId && m.CriterionKey == c.Key).OrderByDescending(m => m.Version).Skip(1).ToList()))
                .ToList())).ToList();
        return OperationResult<ModerationView>.Ok(new ModerationView(commissionId, loaded.Commission.Reference, loaded.Commission.Title,
            evaluation.ModerationOpen, evaluation.ModerationOpenedByName, evaluation.ModerationOpenedAt,
            evaluation.ModerationOpen ? [] : evaluation.MissingBeforeModeration(), bids, evaluation.AllModerated));
    }

    private async Task<OperationResult> NotOnPanelAsync(Actor actor, Guid commissionId)
    {
        await refusals.RecordAsync(actor, $"the evaluation of commission {commissionId}, whose panel they are not on", commissionId);
        return new OperationResult(OperationOutcome.Forbidden, "You are not on this tender's evaluation panel.");
    }
}
