using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Evaluation;

/// <summary>
/// Scores stay blind between evaluators until moderation opens; the moderator then sees them side by side; a stale
/// moderation is refused and nothing recorded is lost; the moderated sheet the results read is right.
/// </summary>
public sealed class ScoringAndModerationTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly EvaluationSteps _steps = new(app);

    [Fact]
    public async Task Scores_stay_blind_until_moderation_opens_and_then_the_moderator_sees_them_side_by_side()
    {
        var tender = await _steps.OpenedTenderAsync("Blind scores");
        var (leon, sofia, officer) = (await _steps.LeonAsync(), await _steps.SofiaAsync(), await _steps.OfficerAsync());
        await _steps.AssignAsync(tender.CommissionId, leon, "Q1", "Q2", "SV");
        await _steps.AssignAsync(tender.CommissionId, sofia, "Q2", "SV");
        await _steps.DeclareAsync(tender, leon);
        await _steps.DeclareAsync(tender, sofia);
        await _steps.ScoreAsync(tender, leon, ResponseSteps.Pathways, "Q2", 5);
        await _steps.ScoreAsync(tender, sofia, ResponseSteps.Pathways, "Q2", 1);
        var pathways = tender.ResponseOf[ResponseSteps.Pathways];

        var asSofia = (await _steps.As(sofia).GetScoringAsync(tender.CommissionId, pathways)).Value!;
        var asLeon = (await _steps.As(leon).GetScoringAsync(tender.CommissionId, pathways)).Value!;
        var moderationBefore = (await _steps.As(officer).GetModerationAsync(tender.CommissionId)).Value!;

        Assert.Equal(1, asSofia.Criteria.Single(c => c.Criterion.Key == "Q2").Score);
        Assert.Equal("Sofia Marin: 1 for Q2.", asSofia.Criteria.Single(c => c.Criterion.Key == "Q2").Justification);
        Assert.Equal(5, asLeon.Criteria.Single(c => c.Criterion.Key == "Q2").Score);
        Assert.Null(asLeon.Criteria.Single(c => c.Criterion.Key == "Q1").Score);
        Assert.False(moderationBefore.Open);
        Assert.All(moderationBefore.Bids.SelectMany(b => b.Items), item => Assert.Empty(item.Scores));

        foreach (var bidder in EvaluationSteps.Bidders)
        {
            foreach (var key in new[] { "Q1", "Q2", "SV" }) await _steps.ScoreAsync(tender, leon, bidder, key, 4);
            foreach (var key in new[] { "Q2", "SV" }) await _steps.ScoreAsync(tender, sofia, bidder, key, 2);
        }
        await _steps.PassAllAsync(tender);
        Assert.True((await _steps.As(officer).OpenModerationAsync(tender.CommissionId)).Succeeded);
        var moderation = (await _steps.As(officer).GetModerationAsync(tender.CommissionId)).Value!;

        var q2 = moderation.Bids.Single(b => b.ResponseId == pathways).Items.Single(i => i.Criterion.Key == "Q2");
        Assert.Equal([("Leon Price", 4), ("Sofia Marin", 2)], q2.Scores.Select(s => (s.EvaluatorName, s.Score)));
        var late = await _steps.As(leon).ScoreAsync(tender.CommissionId, pathways, "Q1", 1, "Too late.");
        Assert.Equal(OperationOutcome.Refused, late.Outcome);
        Assert.Contains("Moderation opened", late.Message);
    }

    [Fact]
    public async Task Moderation_will_not_open_while_an_evaluator_has_work_left_and_says_what()
    {
        var tender = await _steps.OpenedTenderAsync("Moderation too soon");
        var leon = await _steps.LeonAsync();
        await _steps.AssignAsync(tender.CommissionId, leon, "Q1", "Q2", "SV");
        await _steps.DeclareAsync(tender, leon);
        await _steps.PassAllAsync(tender);

        var refused = await _steps.As(await _steps.OfficerAsync()).OpenModerationAsync(tender.CommissionId);

        Assert.Equal(OperationOutcome.Refused, refused.Outcome);
        Assert.Contains("Leon Price has not scored Q1, Q2, SV for Pathways to Work CIC.", refused.Message);
    }

    [Fact]
    public async Task A_second_moderation_from_a_stale_page_is_refused_and_the_first_is_kept()
    {
        var tender = await _steps.OpenedTenderAsync("Stale moderation");
        await _steps.ScoredAndOpenAsync(tender);
        var (first, second) = (await _steps.OfficerAsync(), await _steps.SecondOfficerAsync());
        var pathways = tender.ResponseOf[ResponseSteps.Pathways];
        var pageOfSecond = (await _steps.As(second).GetModerationAsync(tender.CommissionId)).Value!;
        var shownVersion = pageOfSecond.Bids.Single(b => b.ResponseId == pathways).Items.Single(i => i.Criterion.Key == "Q2").Consensus?.Version ?? 0;

        var saved = await _steps.As(first).ModerateAsync(tender.CommissionId, pathways, "Q2", 3, "Between the two views: placements are named but few.", 0);
        var stale = await _steps.As(second).ModerateAsync(tender.CommissionId, pathways, "Q2", 4, "Leon's view.", shownVersion);
        var noRationale = await _steps.As(first).ModerateAsync(tender.CommissionId, pathways, "Q1", 3, " ", 0);
        var outOfRange = await _steps.As(first).ModerateAsync(tender.CommissionId, pathways, "Q1", 6, "Too high.", 0);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(OperationOutcome.Conflict, stale.Outcome);
        Assert.Contains("Tom Fielding recorded a consensus of 3 for Q2 of Pathways to Work CIC", stale.Message);
        Assert.Equal("Give the rationale for the consensus score.", noRationale.Message);
        Assert.Contains("from 0 to 5", outOfRange.Message);
        var evaluation = await _steps.EvaluationAsync(tender.CommissionId);
        var entry = Assert.Single(evaluation.Moderations);
        Assert.Equal((3, "Tom Fielding"), (entry.Score, entry.ModeratorName));

        var revised = await _steps.As(second).ModerateAsync(tender.CommissionId, pathways, "Q2", 4, "On a second reading the employer pledges are convincing.", 1);

        Assert.True(revised.Succeeded, revised.Message);
        evaluation = await _steps.EvaluationAsync(tender.CommissionId);
        Assert.Equal([(1, 3), (2, 4)], evaluation.Moderations.OrderBy(m => m.Version).Select(m => (m.Version, m.Score)));
        Assert.Equal(5, evaluation.Scores.Count(s => s.ResponseId == pathways));
    }

    [Fact]
    public async Task The_moderated_sheet_lists_every_opened_bid_with_its_price_exclusion_and_moderated_scores_and_tells_the_commission()
    {
        var tender = await _steps.OpenedTenderAsync("Moderated sheet");
        await _steps.ScoredAndOpenAsync(tender, failing: ResponseSteps.SecondChance);
        var officer = _steps.As(await _steps.OfficerAsync());
        var sheets = app.Services.GetRequiredService<IModeratedSheetSource>();

        var before = (await sheets.GetAsync(tender.CommissionId))!;
        Assert.False(before.Complete);
        foreach (var bidder in new[] { ResponseSteps.Pathways, ResponseSteps.Midlands })
        foreach (var key in new[] { "Q1", "Q2", "SV" })
            Assert.True((await officer.ModerateAsync(tender.CommissionId, tender.ResponseOf[bidder], key, bidder == ResponseSteps.Pathways ? 4 : 3,
                $"Agreed at moderation: {bidder} on {key}.", 0)).Succeeded);

        var sheet = (await sheets.GetAsync(tender.CommissionId))!;
        Assert.True(sheet.Complete);
        Assert.Equal(EvaluationSteps.Bidders.Order(), sheet.Bids.Select(b => b.SupplierName).Order());
        Assert.All(sheet.Bids, b => Assert.Equal(Money.FromPounds(50_000), b.TotalPrice));
        var excluded = sheet.Bids.Single(b => b.SupplierName == ResponseSteps.SecondChance);
        Assert.Equal("Failed compliance: question 1: No employer's liability certificate was provided.", excluded.ExclusionReason);
        Assert.Empty(excluded.Scores);
        var pathways = sheet.Bids.Single(b => b.SupplierName == ResponseSteps.Pathways);
        Assert.Equal([("Q1", 4), ("Q2", 4), ("SV", 4)], pathways.Scores.Select(s => (s.CriterionKey, s.Score)));
        Assert.Equal("Agreed at moderation: Pathways to Work CIC on Q1.", pathways.Scores[0].Rationale);
        await using var db = await app.OpenDbAsync();
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == tender.CommissionId);
        Assert.True(commission.AllCompliantTendersModerated);
        Assert.False(commission.AwardRecommendationApproved);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.CommissionId == tender.CommissionId && e.Action == "EvaluationProgress"));
    }
}
