using Microsoft.EntityFrameworkCore;
using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Evaluation;

/// <summary>What the panel and the procurement officers record; the aggregate applies the rules, this checks who is asking.</summary>
public sealed partial class EvaluationService
{
    public async Task<OperationResult> AssignEvaluatorAsync(Guid commissionId, string evaluatorId, IReadOnlyCollection<string> criteriaKeys)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "assign evaluators", commissionId) is { } refused) return refused;
        string? name;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            name = await (from user in db.Users
                          join userRole in db.UserRoles on user.Id equals userRole.UserId
                          join role in db.Roles on userRole.RoleId equals role.Id
                          where role.Name == Roles.Evaluator && user.Id == evaluatorId
                          select user.DisplayName).FirstOrDefaultAsync();
        }
        if (name is null) return OperationResult.Refused("Choose an evaluator: only people with the evaluator role sit on the panel.");
        return await ChangeAsync(commissionId, actor, (evaluation, at) => evaluation.AssignEvaluator(actor, evaluatorId, name, criteriaKeys, at));
    }

    public async Task<OperationResult> RemoveEvaluatorAsync(Guid commissionId, string evaluatorId)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "remove evaluators", commissionId) is { } refused) return refused;
        return await ChangeAsync(commissionId, actor, (evaluation, at) => evaluation.RemoveEvaluator(actor, evaluatorId, at));
    }

    public async Task<OperationResult> DeclareAsync(Guid commissionId, IReadOnlyList<DeclarationInput> declarations)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.Evaluator, "declare conflicts of interest", commissionId) is { } refused) return refused;
        return await ChangeAsync(commissionId, actor, (evaluation, at) => evaluation.Declare(actor, declarations, at));
    }

    public async Task<OperationResult> RecordComplianceAsync(Guid commissionId, Guid responseId, IReadOnlyList<ComplianceInput> findings)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "record compliance", commissionId) is { } refused) return refused;
        return await ChangeAsync(commissionId, actor, (evaluation, at) => evaluation.RecordCompliance(actor, responseId, findings, at));
    }

    /// <summary>Saves the signed-in evaluator's score; the aggregate refuses a bid they may not see, as the scoring page does.</summary>
    public async Task<OperationResult> ScoreAsync(Guid commissionId, Guid responseId, string criterionKey, int score, string? justification)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.Evaluator, "score tenders", commissionId) is { } refused) return refused;
        return await ChangeAsync(commissionId, actor, (evaluation, at) => evaluation.Score(actor, responseId, criterionKey, score, justification, at));
    }

    public async Task<OperationResult> OpenModerationAsync(Guid commissionId)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "open moderation", commissionId) is { } refused) return refused;
        return await ChangeAsync(commissionId, actor, (evaluation, at) => evaluation.OpenModeration(actor, at));
    }

    /// <param name="expectedVersion">The version of the consensus the moderator's page showed, 0 when it showed none.</param>
    public async Task<OperationResult> ModerateAsync(Guid commissionId, Guid responseId, string criterionKey, int score, string? rationale, int expectedVersion)
    {
        var actor = await currentActor.GetAsync();
        if (await RequireRoleAsync(actor, Roles.ProcurementOfficer, "moderate scores", commissionId) is { } refused) return refused;
        return await ChangeAsync(commissionId, actor,
            (evaluation, at) => evaluation.Moderate(actor, responseId, criterionKey, score, rationale, expectedVersion, at));
    }
}
