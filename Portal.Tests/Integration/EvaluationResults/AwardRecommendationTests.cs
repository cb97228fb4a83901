using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Audit;
using Portal.Components.Dashboard;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Identity;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.EvaluationResults;

/// <summary>
/// The award recommendation over a commission taken to evaluation for real: only the approver it names can approve it,
/// not before moderation is complete, and not once the results it was made on have changed.
/// </summary>
public sealed class AwardRecommendationTests
{
    [Fact]
    public async Task Only_the_named_approver_approves_and_the_approval_is_recorded_on_the_commission_for_the_award_stage()
    {
        var (app, sheets) = ScriptedModeratedSheets.App();
        await using var _ = app;
        var steps = new ResultsSteps(app, sheets);
        await steps.InEvaluationAsync("Recommendation approved by the named approver");
        steps.Put(steps.Moderated());
        var officer = await steps.OfficerAsync();
        var commissioner = await steps.ActorAsync(DemoUsers.Commissioner);
        var chiefExecutive = await steps.ActorAsync(DemoUsers.ChiefExecutive);

        var recommended = await steps.Recommendations(officer).RecommendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.SecondChance],
            "Highest total, strongest on both quality questions.", null, commissioner.UserId, null);
        Assert.True(recommended.Succeeded, recommended.Message);
        Assert.Contains(await WaitingAsync(app, commissioner), w => w.CommissionId == steps.CommissionId && w.What == ApprovalWaiting);
        Assert.DoesNotContain(await WaitingAsync(app, chiefExecutive), w => w.CommissionId == steps.CommissionId);
        await using (var db = await app.OpenDbAsync())
            Assert.True(await db.Set<Notification>().AnyAsync(n => n.RecipientUserId == commissioner.UserId && n.Subject.StartsWith("Award recommendation for your approval")));

        var refusedBefore = await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, chiefExecutive.UserId);
        var byAnother = await steps.Recommendations(chiefExecutive).ApproveAsync(steps.CommissionId, 1);
        Assert.Equal(OperationOutcome.Forbidden, byAnother.Outcome);
        Assert.Equal("Only James Holloway, the approver named in the recommendation, can approve or reject it.", byAnother.Message);
        Assert.Equal(refusedBefore + 1, await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, chiefExecutive.UserId));
        Assert.False((await steps.CommissionAsync()).AwardRecommendationApproved);
        Assert.False((await steps.Results(chiefExecutive).GetAsync(steps.CommissionId)).Succeeded);

        var approved = await steps.Recommendations(commissioner).ApproveAsync(steps.CommissionId, 1);
        Assert.True(approved.Succeeded, approved.Message);
        Assert.DoesNotContain(await WaitingAsync(app, commissioner), w => w.CommissionId == steps.CommissionId);
        var commission = await steps.CommissionAsync();
        Assert.True(commission.AwardRecommendationApproved);
        Assert.False(commission.AllCompliantTendersModerated);
        Assert.False(commission.BidderLettersReady);
        var outcome = await app.Services.CreateScope().ServiceProvider.GetRequiredService<IEvaluationOutcomeSource>().GetAsync(steps.CommissionId);
        Assert.Equal(ResponseSteps.SecondChance, outcome!.Recommendation!.SupplierName);
        Assert.Equal("James Holloway", outcome.Recommendation.ApprovedByName);
        Assert.Equal([ResponseSteps.SecondChance, ResponseSteps.Pathways, ResponseSteps.Midlands], outcome.Results.Ranked.Select(b => b.SupplierName));
        Assert.Equal([92.50m, 84.00m, 72.68m], outcome.Results.Ranked.Select(b => b.TotalScore));
    }

    [Fact]
    public async Task Recommending_before_moderation_is_complete_and_approving_on_results_that_have_changed_are_refused()
    {
        var (app, sheets) = ScriptedModeratedSheets.App();
        await using var _ = app;
        var steps = new ResultsSteps(app, sheets);
        await steps.InEvaluationAsync("Recommendation refused while results move");
        var officer = await steps.OfficerAsync();
        var commissioner = await steps.ActorAsync(DemoUsers.Commissioner);

        steps.Put(steps.Moderated(complete: false));
        var early = await steps.Recommendations(officer).RecommendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.SecondChance],
            "Highest total.", null, commissioner.UserId, null);
        Assert.Equal(OperationOutcome.Refused, early.Outcome);
        Assert.StartsWith("Moderation is not complete", early.Message);

        steps.Put(steps.Moderated());
        Assert.True((await steps.Recommendations(officer).RecommendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.SecondChance],
            "Highest total.", null, commissioner.UserId, null)).Succeeded);
        steps.Put(steps.Moderated(secondChanceQ1: 2));

        var stale = await steps.Recommendations(commissioner).ApproveAsync(steps.CommissionId, 1);
        Assert.Equal(OperationOutcome.Refused, stale.Outcome);
        Assert.Contains("results have changed since this recommendation was made", stale.Message);
        Assert.False((await steps.CommissionAsync()).AwardRecommendationApproved);

        var revised = await steps.Recommendations(officer).RecommendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.Pathways],
            "Highest total after re-moderation.", null, commissioner.UserId, 1);
        Assert.True(revised.Succeeded, revised.Message);
        Assert.Equal(OperationOutcome.Refused, (await steps.Recommendations(commissioner).ApproveAsync(steps.CommissionId, 1)).Outcome);
        Assert.True((await steps.Recommendations(commissioner).ApproveAsync(steps.CommissionId, 2)).Succeeded);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(RecommendationStatus.Approved, (await db.AwardRecommendations.SingleAsync(r => r.CommissionId == steps.CommissionId)).Status);
    }

    [Fact]
    public async Task Evaluators_and_unnamed_approvers_cannot_read_the_results_and_the_attempt_is_audited()
    {
        var (app, sheets) = ScriptedModeratedSheets.App();
        await using var _ = app;
        var steps = new ResultsSteps(app, sheets);
        await steps.InEvaluationAsync("Results kept from evaluators");
        steps.Put(steps.Moderated());

        foreach (var user in new[] { DemoUsers.Evaluator, DemoUsers.ChiefExecutive, DemoUsers.Administrator, DemoUsers.EqualityLead })
        {
            var actor = await steps.ActorAsync(user);
            var before = await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, actor.UserId);
            var read = await steps.Results(actor).GetAsync(steps.CommissionId);
            Assert.Equal(OperationOutcome.Forbidden, read.Outcome);
            Assert.Equal(before + 1, await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, actor.UserId));
        }
        var commissioning = await steps.Results(await steps.ActorAsync(DemoUsers.CommissioningOfficer)).GetAsync(steps.CommissionId);
        Assert.True(commissioning.Succeeded, commissioning.Message);
        Assert.False(commissioning.Value!.CanRecommend);
    }

    private const string ApprovalWaiting = "Approve or reject the award recommendation";

    private static async Task<IReadOnlyList<WaitingItem>> WaitingAsync(PortalAppFactory app, Actor approver) =>
        (await app.ServiceFor<DashboardService>(approver).GetAsync()).Value!.Waiting;
}
