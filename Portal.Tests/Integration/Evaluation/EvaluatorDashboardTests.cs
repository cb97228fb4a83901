using Portal.Components.Dashboard;
using Portal.Domain.Identity;

namespace Portal.Tests.Integration.Evaluation;

/// <summary>An evaluator's dashboard asks it to score only the tenders whose panel it sits on.</summary>
public sealed class EvaluatorDashboardTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly EvaluationSteps _steps = new(app);

    [Fact]
    public async Task Only_an_evaluator_on_the_panel_is_asked_to_score_the_tenders()
    {
        var tender = await _steps.OpenedTenderAsync("Scoring waits for the panel");
        var leon = await _steps.LeonAsync();
        var sofia = await _steps.SofiaAsync();
        await _steps.AssignAsync(tender.CommissionId, leon, "Q1", "SV");

        Assert.Contains(await WaitingAsync(leon), w => w.CommissionId == tender.CommissionId && w.What == "Score tenders");
        Assert.DoesNotContain(await WaitingAsync(sofia), w => w.CommissionId == tender.CommissionId);
    }

    private async Task<IReadOnlyList<WaitingItem>> WaitingAsync(Actor evaluator) =>
        (await app.ServiceFor<DashboardService>(evaluator).GetAsync()).Value!.Waiting;
}
