using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Notifications;
using Portal.Domain.Common;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.EvaluationResults;

/// <summary>A post-tender clarification reaches only its bidder, by the portal and by email, and is answered only before its time limit.</summary>
public sealed class PostTenderClarificationTests
{
    private const string Question = "Confirm that your price includes travel between the north and south patches.";

    [Fact]
    public async Task Only_the_bidder_it_was_sent_to_sees_and_answers_it_and_it_is_emailed_to_that_bidders_users()
    {
        var (app, sheets) = ScriptedModeratedSheets.App();
        await using var _ = app;
        var steps = new ResultsSteps(app, sheets);
        await steps.InEvaluationAsync("Clarification seen only by its bidder");
        steps.Put(steps.Moderated());
        var respondBy = UkTime.ToUk(app.Clock.GetUtcNow()).DateTime.Date.AddDays(3).AddHours(12);

        var sent = await steps.Clarifications(await steps.OfficerAsync()).SendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.Pathways], Question, respondBy);
        Assert.True(sent.Succeeded, sent.Message);
        await using (var db = await app.OpenDbAsync())
        {
            var emails = await db.Set<OutboxMessage>().Where(m => m.Subject.StartsWith("Clarification of your tender requested")).Select(m => m.To).ToListAsync();
            Assert.Equal([ResponseSteps.EmailOf[ResponseSteps.Pathways]], emails);
        }

        var pathways = await steps.Responses.SupplierAsync(ResponseSteps.Pathways);
        var mine = (await steps.Clarifications(pathways).ListForSupplierAsync()).Value!;
        var clarification = Assert.Single(mine);
        Assert.Equal(Question, clarification.Question);
        Assert.Equal(UkTime.FromUkLocal(respondBy), clarification.RespondBy);

        var other = await steps.Responses.SupplierAsync(ResponseSteps.SecondChance);
        var refusedBefore = await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, other.UserId);
        Assert.Empty((await steps.Clarifications(other).ListForSupplierAsync()).Value!);
        Assert.Equal(OperationOutcome.NotFound, (await steps.Clarifications(other).GetForSupplierAsync(clarification.Id)).Outcome);
        Assert.Equal(OperationOutcome.NotFound, (await steps.Clarifications(other).AnswerAsync(clarification.Id, "We answer for them.")).Outcome);
        Assert.Equal(refusedBefore + 2, await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, other.UserId));

        var answered = await steps.Clarifications(pathways).AnswerAsync(clarification.Id, "Yes: travel is within the staffing line of the pricing schedule.");
        Assert.True(answered.Succeeded, answered.Message);
        var results = (await steps.Results(await steps.OfficerAsync()).GetAsync(steps.CommissionId)).Value!;
        Assert.Equal("Yes: travel is within the staffing line of the pricing schedule.", Assert.Single(results.Clarifications).Answer);
    }

    [Fact]
    public async Task An_answer_after_the_time_limit_is_refused_by_the_server_clock_and_nothing_is_recorded()
    {
        var (app, sheets) = ScriptedModeratedSheets.App();
        await using var _ = app;
        var steps = new ResultsSteps(app, sheets);
        await steps.InEvaluationAsync("Late clarification answer");
        steps.Put(steps.Moderated());
        var respondBy = UkTime.ToUk(app.Clock.GetUtcNow()).DateTime.AddHours(2);
        Assert.True((await steps.Clarifications(await steps.OfficerAsync())
            .SendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.Midlands], Question, respondBy)).Succeeded);
        var midlands = await steps.Responses.SupplierAsync(ResponseSteps.Midlands);
        var id = Assert.Single((await steps.Clarifications(midlands).ListForSupplierAsync()).Value!).Id;

        app.Clock.SetUtcNow(UkTime.FromUkLocal(respondBy));
        var late = await steps.Clarifications(midlands).AnswerAsync(id, "Sorry we are late.");

        Assert.Equal(OperationOutcome.Refused, late.Outcome);
        Assert.Contains("it can no longer be answered", late.Message);
        var view = (await steps.Clarifications(midlands).GetForSupplierAsync(id)).Value!;
        Assert.Null(view.Answer);
        Assert.False(view.CanAnswer);
        Assert.True(Assert.Single((await steps.Results(await steps.OfficerAsync()).GetAsync(steps.CommissionId)).Value!.Clarifications).Overdue);
    }
}
