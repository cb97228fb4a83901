using System.Net;
using Portal.Data;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Evaluation;

/// <summary>
/// An evaluator sees nothing of any response until they have declared for every bidder, and never the response of a bidder
/// they declared a conflict with: not on the scoring page, not on the opened-response page, not as a file. Each refusal is audited.
/// </summary>
public sealed class EvaluatorAccessTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly EvaluationSteps _steps = new(app);

    [Fact]
    public async Task An_evaluator_without_a_declaration_sees_nothing_and_every_attempt_is_audited()
    {
        var tender = await _steps.OpenedTenderAsync("Evaluator before declaring");
        var leon = await _steps.LeonAsync();
        await _steps.AssignAsync(tender.CommissionId, leon, "Q1", "Q2", "SV");
        var midlands = tender.ResponseOf[ResponseSteps.Midlands];
        var refusedBefore = await _steps.RefusalsAsync(leon);

        var scoring = await _steps.As(leon).GetScoringAsync(tender.CommissionId, midlands);
        var reading = await _steps.Box(leon).ReadAsync(tender.CommissionId, midlands);
        var download = await _steps.DownloadAsync(tender, DemoUsers.Evaluator.Email);
        var scored = await _steps.As(leon).ScoreAsync(tender.CommissionId, midlands, "Q1", 4, "Strong.");

        Assert.Equal(OperationOutcome.Forbidden, scoring.Outcome);
        Assert.Equal("Declare any conflict of interest for every bidder before you see any response.", scoring.Message);
        Assert.Null(scoring.Value);
        Assert.Equal(OperationOutcome.Forbidden, reading.Outcome);
        Assert.Null(reading.Value);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(OperationOutcome.Refused, scored.Outcome);
        Assert.Equal(refusedBefore + 3, await _steps.RefusalsAsync(leon));

        await _steps.DeclareAsync(tender, leon);

        Assert.True((await _steps.As(leon).GetScoringAsync(tender.CommissionId, midlands)).Succeeded);
        Assert.True((await _steps.Box(leon).ReadAsync(tender.CommissionId, midlands)).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await _steps.DownloadAsync(tender, DemoUsers.Evaluator.Email)).StatusCode);
    }

    [Fact]
    public async Task An_evaluator_not_on_the_panel_sees_no_response()
    {
        var tender = await _steps.OpenedTenderAsync("Evaluator off the panel");
        var sofia = await _steps.SofiaAsync();
        var refusedBefore = await _steps.RefusalsAsync(sofia);

        var scoring = await _steps.As(sofia).GetScoringAsync(tender.CommissionId, tender.ResponseOf[ResponseSteps.Pathways]);
        var reading = await _steps.Box(sofia).ReadAsync(tender.CommissionId, tender.ResponseOf[ResponseSteps.Pathways]);

        Assert.Equal("You are not on this tender's evaluation panel.", scoring.Message);
        Assert.Equal("You are not on this tender's evaluation panel.", reading.Message);
        Assert.Equal(refusedBefore + 2, await _steps.RefusalsAsync(sofia));
    }

    [Fact]
    public async Task A_conflicted_evaluator_never_sees_that_bidder_but_sees_the_others()
    {
        var tender = await _steps.OpenedTenderAsync("Evaluator with a conflict");
        var leon = await _steps.LeonAsync();
        await _steps.AssignAsync(tender.CommissionId, leon, "Q1", "Q2", "SV");
        await _steps.DeclareAsync(tender, leon, conflictWith: ResponseSteps.Midlands);
        var midlands = tender.ResponseOf[ResponseSteps.Midlands];
        var refusedBefore = await _steps.RefusalsAsync(leon);

        var scoring = await _steps.As(leon).GetScoringAsync(tender.CommissionId, midlands);
        var reading = await _steps.Box(leon).ReadAsync(tender.CommissionId, midlands);
        var download = await _steps.DownloadAsync(tender, DemoUsers.Evaluator.Email);
        var scored = await _steps.As(leon).ScoreAsync(tender.CommissionId, midlands, "Q1", 4, "Strong.");

        const string kept = "You declared a conflict of interest with Midlands Employment Partnership Ltd, so its response is kept from you.";
        Assert.Equal(kept, scoring.Message);
        Assert.Equal(kept, reading.Message);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(kept, scored.Message);
        Assert.Equal(refusedBefore + 3, await _steps.RefusalsAsync(leon));
        var overview = (await _steps.As(leon).GetOverviewAsync(tender.CommissionId)).Value!;
        Assert.Equal("You declared a conflict of interest.", overview.MyBids.Single(b => b.ResponseId == midlands).KeptBecause);

        var pathways = await _steps.As(leon).GetScoringAsync(tender.CommissionId, tender.ResponseOf[ResponseSteps.Pathways]);
        Assert.Equal("The placements plan of Pathways to Work CIC.", pathways.Value!.Criteria.Single(c => c.Criterion.Key == "Q1").Answer);
    }

    [Fact]
    public async Task Procurement_officers_still_read_every_response_and_only_they_run_compliance_and_moderation()
    {
        var tender = await _steps.OpenedTenderAsync("Officers and evaluators");
        var officer = await _steps.OfficerAsync();
        var leon = await _steps.LeonAsync();
        await _steps.AssignAsync(tender.CommissionId, leon, "Q1");

        Assert.True((await _steps.Box(officer).ReadAsync(tender.CommissionId, tender.ResponseOf[ResponseSteps.Midlands])).Succeeded);
        Assert.Equal(OperationOutcome.Forbidden, (await _steps.As(leon).GetModerationAsync(tender.CommissionId)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await _steps.As(leon).OpenModerationAsync(tender.CommissionId)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await _steps.As(leon).GetComplianceAsync(tender.CommissionId, tender.ResponseOf[ResponseSteps.Midlands])).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await _steps.As(leon).AssignEvaluatorAsync(tender.CommissionId, leon.UserId, ["Q1", "Q2"])).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await _steps.As(officer).ScoreAsync(tender.CommissionId, tender.ResponseOf[ResponseSteps.Midlands], "Q1", 3, "x")).Outcome);
    }
}
