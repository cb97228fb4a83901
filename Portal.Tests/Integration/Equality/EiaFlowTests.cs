using Microsoft.EntityFrameworkCore;
using Portal.Components.Equality;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Equality;
using Portal.Domain.Identity;
using Portal.Infrastructure;
using Portal.Tests.Integration.DecisionNotes;

namespace Portal.Tests.Integration.Equality;

/// <summary>
/// An EIA through its service: written and submitted by its author once the decision is approved, returned with comments,
/// resubmitted and passed by an equality lead, which moves the commission on to ITT preparation.
/// </summary>
public sealed class EiaFlowTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private static readonly Actor AuthorWhoIsAlsoEqualityLead =
        new("test-dual", "Dana Dual", new HashSet<string> { Roles.CommissioningOfficer, Roles.EqualityLead });

    private readonly DecisionSteps _steps = new(app);

    private EqualityAssessmentService Eia(Actor actor) => app.ServiceFor<EqualityAssessmentService>(actor);

    private static EqualityAssessmentContent Content() => ReferenceCommission.EqualityAssessment(new DateOnly(2027, 1, 4));

    private async Task<EqualityAssessmentView> ViewAsync(Guid id, Actor? actor = null)
    {
        var view = await Eia(actor ?? TestActors.CommissioningOfficer).GetAsync(id);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    private async Task<OperationResult> ActAsync(Actor actor, Guid id, Func<EqualityAssessmentService, Guid, Task<OperationResult>> act) =>
        await act(Eia(actor), (await ViewAsync(id)).ConcurrencyToken);

    private async Task<Commission> CommissionAsync(Guid id)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private async Task ApproveAsync(Guid id) =>
        await _steps.Commissions.SucceedAsync(TestActors.Commissioner, id, (_, token) => _steps.ApproveAsync(id, token));

    [Fact]
    public async Task Submitted_returned_resubmitted_and_passed_the_commission_reaches_ITT_preparation()
    {
        var id = await _steps.SignedOffAsync("EIA through quality assurance");
        var author = TestActors.CommissioningOfficer;
        Assert.True((await Eia(author).SaveAsync(id, null, Content())).Succeeded);

        var early = await ActAsync(author, id, (s, token) => s.SubmitAsync(id, token));
        Assert.Equal(OperationOutcome.Refused, early.Outcome);
        Assert.Equal("The EIA can be submitted for quality assurance once the Commissioner has approved the decision note.", early.Message);
        Assert.Equal(EiaStatus.Draft, (await ViewAsync(id)).Status);

        await ApproveAsync(id);
        Assert.True((await ActAsync(author, id, (s, token) => s.SubmitAsync(id, token))).Succeeded);
        Assert.Equal(EiaStatus.SubmittedForQa, (await ViewAsync(id)).Status);
        Assert.NotNull((await CommissionAsync(id)).EqualityAssessmentSubmittedAt);

        var blank = await ActAsync(TestActors.EqualityLead, id, (s, token) => s.ReturnAsync(id, token, " "));
        Assert.Equal(OperationOutcome.Refused, blank.Outcome);
        var returned = await ActAsync(TestActors.EqualityLead, id, (s, token) => s.ReturnAsync(id, token, "Give the local data for women."));
        Assert.True(returned.Succeeded, returned.Message);
        var afterReturn = await ViewAsync(id);
        Assert.Equal(EiaStatus.Returned, afterReturn.Status);
        Assert.Equal("Give the local data for women.", afterReturn.ReviewComments);
        Assert.True(afterReturn.CanEdit && afterReturn.CanSubmit);
        var commission = await CommissionAsync(id);
        Assert.Null(commission.EqualityAssessmentSubmittedAt);
        Assert.Equal(CommissionState.EqualityAssessment, commission.State);

        var revised = Content() with { DataSummary = Content().DataSummary + " Local figures for women are attached." };
        Assert.True((await ActAsync(author, id, (s, token) => s.SaveAsync(id, token, revised))).Succeeded);
        Assert.True((await ActAsync(author, id, (s, token) => s.SubmitAsync(id, token))).Succeeded);
        var passed = await ActAsync(TestActors.EqualityLead, id, (s, token) => s.PassAsync(id, token, "Each group is assessed on its own evidence."));

        Assert.True(passed.Succeeded, passed.Message);
        var final = await ViewAsync(id);
        Assert.Equal(EiaStatus.Passed, final.Status);
        Assert.Equal(TestActors.EqualityLead.DisplayName, final.ReviewerName);
        Assert.Equal(revised.DataSummary, final.Content.DataSummary);
        commission = await CommissionAsync(id);
        Assert.Equal(CommissionState.IttPreparation, commission.State);
        Assert.NotNull(commission.EqualityAssessmentPassedAt);
        await using var db = await app.OpenDbAsync();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.CommissionId == id).OrderBy(e => e.Id).ToListAsync();
        Assert.Contains(events, e => e.Action == "EiaReturned" && e.ActorId == TestActors.EqualityLead.UserId && e.Reason == "Give the local data for women.");
        Assert.Contains(events, e => e.Action == "EqualityAssessmentReturned");
        Assert.Equal(2, events.Count(e => e.Action == "EiaSubmitted"));
        Assert.Contains(events, e => e.Action == "EiaPassed" && e.ActorId == TestActors.EqualityLead.UserId);
        Assert.Contains(events, e => e.Trigger == nameof(CommissionTrigger.PassEqualityAssessment)
            && e.FromState == nameof(CommissionState.EqualityAssessment) && e.ToState == nameof(CommissionState.IttPreparation));
    }

    [Fact]
    public async Task An_author_who_is_also_an_equality_lead_cannot_pass_their_own_EIA()
    {
        var id = await _steps.SignedOffAsync("EIA marked by its own author");
        await ApproveAsync(id);
        Assert.True((await Eia(AuthorWhoIsAlsoEqualityLead).SaveAsync(id, null, Content())).Succeeded);
        Assert.True((await ActAsync(AuthorWhoIsAlsoEqualityLead, id, (s, token) => s.SubmitAsync(id, token))).Succeeded);

        var view = await ViewAsync(id, AuthorWhoIsAlsoEqualityLead);
        var result = await Eia(AuthorWhoIsAlsoEqualityLead).PassAsync(id, view.ConcurrencyToken, "Fine.");

        Assert.False(view.CanReview);
        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal("You wrote this EIA: another equality lead must quality-assure it.", result.Message);
        Assert.Equal(EiaStatus.SubmittedForQa, (await ViewAsync(id)).Status);
        Assert.Equal(CommissionState.EqualityAssessment, (await CommissionAsync(id)).State);
    }

    [Fact]
    public async Task Only_the_author_submits_it()
    {
        var id = await _steps.SignedOffAsync("EIA submitted by a colleague");
        await ApproveAsync(id);
        Assert.True((await Eia(TestActors.CommissioningOfficer).SaveAsync(id, null, Content())).Succeeded);

        var result = await ActAsync(TestActors.OtherCommissioningOfficer, id, (s, token) => s.SubmitAsync(id, token));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains("Only the EIA's author", result.Message);
        Assert.Null((await CommissionAsync(id)).EqualityAssessmentSubmittedAt);
    }

    [Fact]
    public async Task A_passed_EIA_is_not_changed_by_a_later_save()
    {
        var id = await _steps.SignedOffAsync("EIA edited after passing");
        await ApproveAsync(id);
        Assert.True((await Eia(TestActors.CommissioningOfficer).SaveAsync(id, null, Content())).Succeeded);
        Assert.True((await ActAsync(TestActors.CommissioningOfficer, id, (s, token) => s.SubmitAsync(id, token))).Succeeded);
        Assert.True((await ActAsync(TestActors.EqualityLead, id, (s, token) => s.PassAsync(id, token, null))).Succeeded);

        var result = await ActAsync(TestActors.CommissioningOfficer, id, (s, token) => s.SaveAsync(id, token, Content() with { Decisions = "Changed after QA." }));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal("This EIA has passed quality assurance and can no longer be changed.", result.Message);
        var view = await ViewAsync(id);
        Assert.Equal(Content().Decisions, view.Content.Decisions);
        Assert.False(view.CanEdit);
    }
}
