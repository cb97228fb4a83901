using Portal.Components.Equality;
using Portal.Data;
using Portal.Domain.Equality;
using Portal.Infrastructure;
using Portal.Tests.Integration.DecisionNotes;

namespace Portal.Tests.Integration.Equality;

/// <summary>Two people working from the same view of an EIA: the second to act is told to reload, and the first change survives.</summary>
public sealed class EiaConcurrencyTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly DecisionSteps _steps = new(app);

    private static EqualityAssessmentContent Content() => ReferenceCommission.EqualityAssessment(new DateOnly(2027, 1, 4));

    private EqualityAssessmentService Eia => app.ServiceFor<EqualityAssessmentService>(TestActors.CommissioningOfficer);

    [Fact]
    public async Task A_save_from_a_stale_view_is_a_conflict_and_the_first_save_survives()
    {
        var id = await _steps.Commissions.CreateAsync("EIA edited twice at once");
        Assert.True((await Eia.SaveAsync(id, null, Content())).Succeeded);
        var token = (await Eia.GetAsync(id)).Value!.ConcurrencyToken;

        var first = await Eia.SaveAsync(id, token, Content() with { Decisions = "The first person's decisions." });
        var second = await app.ServiceFor<EqualityAssessmentService>(TestActors.OtherCommissioningOfficer)
            .SaveAsync(id, token, Content() with { Decisions = "The second person's decisions." });

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(OperationOutcome.Conflict, second.Outcome);
        Assert.Contains("reload", second.Message);
        Assert.Equal("The first person's decisions.", (await Eia.GetAsync(id)).Value!.Content.Decisions);
    }

    [Fact]
    public async Task Submitting_from_a_stale_view_is_a_conflict_and_nothing_is_submitted()
    {
        var id = await _steps.SignedOffAsync("EIA submitted from a stale view");
        await _steps.Commissions.SucceedAsync(TestActors.Commissioner, id, (_, token) => _steps.ApproveAsync(id, token));
        Assert.True((await Eia.SaveAsync(id, null, Content())).Succeeded);
        var stale = (await Eia.GetAsync(id)).Value!.ConcurrencyToken;
        Assert.True((await Eia.SaveAsync(id, stale, Content() with { Decisions = "Revised before submitting." })).Succeeded);

        var submitted = await Eia.SubmitAsync(id, stale);

        Assert.Equal(OperationOutcome.Conflict, submitted.Outcome);
        var view = (await Eia.GetAsync(id)).Value!;
        Assert.Equal(EiaStatus.Draft, view.Status);
        Assert.Equal("Revised before submitting.", view.Content.Decisions);
    }
}
