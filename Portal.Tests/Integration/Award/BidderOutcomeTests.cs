using Portal.Components.Audit;
using Portal.Components.Award;
using Portal.Domain.Award;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Award;

/// <summary>Each bidder reads its own assessment summary and the outcome on its dashboard; nobody else reads any bidder's letter.</summary>
public sealed class BidderOutcomeTests
{
    [Fact]
    public async Task Each_bidder_reads_only_its_own_letter_and_anyone_else_asking_is_refused_and_audited()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (_, ittId) = await steps.InStandstillAsync("Letters read by their bidders");
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        var secondChance = await steps.SupplierAsync(ResponseSteps.SecondChance);
        var midlands = await steps.SupplierAsync(ResponseSteps.Midlands);
        var bridge = await steps.SupplierAsync("Bridge Training Charity");
        var officer = await steps.OfficerAsync();
        var refusedBefore = await steps.Responses.AuditCountAsync(RefusedAccessLog.Action);

        var winner = await steps.Outcomes(pathways).GetAsync(ittId);
        var loser = await steps.Outcomes(secondChance).GetAsync(ittId);
        var noBid = await steps.Outcomes(midlands).GetAsync(ittId);
        var notInvited = await steps.Outcomes(bridge).GetAsync(ittId);
        var office = await steps.Outcomes(officer).GetAsync(ittId);

        Assert.Equal((ResponseSteps.Pathways, BidOutcome.Successful), (winner.Value!.Letter.SupplierName, winner.Value.Letter.Outcome));
        Assert.Equal(BidderOutcomeStatus.IntendedForYou, winner.Value.Status.Status);
        Assert.StartsWith("Intention to award issued — standstill until ", winner.Value.Status.Headline);
        var letter = loser.Value!.Letter;
        Assert.Equal((ResponseSteps.SecondChance, BidOutcome.Unsuccessful, ResponseSteps.Pathways), (letter.SupplierName, letter.Outcome, letter.WinnerName));
        Assert.All(letter.Criteria, c => Assert.NotNull(c.WinnerWeightedScore));
        Assert.Contains(letter.WinnerAdvantages, c => c.CriterionKey == "Q1" && c.WinnerAdvantage!.Contains(ResponseSteps.Pathways));
        Assert.Equal(("Not successful", BidderOutcomeStatus.NotSuccessfulInStandstill), (loser.Value.Status.Headline, loser.Value.Status.Status));
        Assert.Equal((OperationOutcome.NotFound, BidderOutcomeService.NoLetterMessage), (noBid.Outcome, noBid.Message));
        Assert.Equal(OperationOutcome.NotFound, notInvited.Outcome);
        Assert.Equal(OperationOutcome.NotFound, office.Outcome);
        Assert.Equal(refusedBefore + 2, await steps.Responses.AuditCountAsync(RefusedAccessLog.Action));
        Assert.Equal(1, await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, bridge.UserId));
        Assert.Equal(1, await steps.Responses.AuditCountAsync(RefusedAccessLog.Action, officer.UserId));
    }

    [Fact]
    public async Task After_the_award_the_winner_sees_it_is_awarded_and_the_others_see_who_won()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (commissionId, ittId) = await steps.InStandstillAsync("The outcome on the dashboard");
        app.Clock.SetUtcNow((await steps.StandstillEndAsync(commissionId)).AddSeconds(1));
        var confirmed = await steps.ConfirmAsync(commissionId);
        Assert.True(confirmed.Succeeded, confirmed.Message);

        var winner = await steps.Outcomes(await steps.SupplierAsync(ResponseSteps.Pathways)).ListAsync();
        var loser = await steps.Outcomes(await steps.SupplierAsync(ResponseSteps.SecondChance)).ListAsync();
        var noBid = await steps.Outcomes(await steps.SupplierAsync(ResponseSteps.Midlands)).ListAsync();

        Assert.Equal(("Awarded to you", BidderOutcomeStatus.AwardedToYou), (winner[ittId].Headline, winner[ittId].Status));
        Assert.Equal(("Not successful", $"Contract awarded to {ResponseSteps.Pathways}"), (loser[ittId].Headline, loser[ittId].Detail));
        Assert.False(noBid.ContainsKey(ittId));
    }
}
