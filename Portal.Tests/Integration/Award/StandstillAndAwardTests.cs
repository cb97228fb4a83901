using Microsoft.EntityFrameworkCore;
using Portal.Components.Award;
using Portal.Domain.Award;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Tendering;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Award;

/// <summary>The server, not the page, holds the award back until standstill has ended with no challenge open, and allows one award only.</summary>
public sealed class StandstillAndAwardTests
{
    [Fact]
    public async Task The_award_is_refused_one_second_before_the_standstill_ends_and_allowed_one_second_after_creating_the_contract()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (commissionId, _) = await steps.InStandstillAsync("Award at the end of standstill");
        var end = await steps.StandstillEndAsync(commissionId);

        app.Clock.SetUtcNow(end.AddSeconds(-1));
        var early = await steps.ConfirmAsync(commissionId);
        var stateWhileEarly = (await steps.CommissionAsync(commissionId)).State;
        var contractsWhileEarly = await steps.ContractCountAsync(commissionId);
        app.Clock.SetUtcNow(end.AddSeconds(1));
        var terms = await steps.ProposedTermsAsync(commissionId);
        var onTime = await steps.ConfirmAsync(commissionId);

        Assert.Equal(OperationOutcome.Refused, early.Outcome);
        Assert.Equal($"Standstill runs until {UkTime.Format(end)}: the award can be confirmed only after that.", early.Message);
        Assert.Equal((CommissionState.Standstill, 0), (stateWhileEarly, contractsWhileEarly));
        Assert.True(onTime.Succeeded, onTime.Message);
        Assert.Equal(CommissionState.Awarded, (await steps.CommissionAsync(commissionId)).State);
        await using var db = await app.OpenDbAsync();
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.CommissionId == commissionId);
        var intention = await db.IntentionsToAward.AsNoTracking().SingleAsync(i => i.CommissionId == commissionId);
        Assert.Equal(ResponseSteps.Pathways, contract.SupplierName);
        Assert.Equal(intention.WinningPrice, contract.Value);
        Assert.Equal(AwardTermDefaults.AnnualValueOf(contract.Value, contract.InitialTermMonths), contract.AnnualValue);
        Assert.Equal(AwardSteps.Pounds(AwardSteps.PathwaysYearlyPrice), contract.AnnualValue);
        Assert.Equal((terms.CallOffEffectiveDate, terms.CommencementDate), (contract.CallOffEffectiveDate, contract.CommencementDate));
        Assert.True(contract.CallOffEffectiveDate > UkTime.DateOf(end));
        var commission = await steps.CommissionAsync(commissionId);
        Assert.Equal((commission.InitialTermMonths, commission.ExtensionOptionCount, commission.ExtensionOptionMonths),
            (contract.InitialTermMonths, contract.ExtensionOptionCount, contract.ExtensionOptionMonths));
        Assert.Equal((intention.LettersSentAt, end, intention.StandstillRule),
            (contract.AssessmentSummariesSentAt, contract.StandstillEndedAt, contract.StandstillRule));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CommissionId == commissionId && e.Action == "ContractCreated"));
    }

    [Fact]
    public async Task A_challenge_suspends_the_commission_and_holds_the_award_until_it_is_resolved_by_a_standstill_counted_afresh()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (commissionId, ittId) = await steps.InStandstillAsync("Challenged in standstill");
        var officer = await steps.OfficerAsync();
        var firstEnd = await steps.StandstillEndAsync(commissionId);
        app.Clock.Advance(TimeSpan.FromDays(2));

        var challenged = await steps.Award(officer).RecordChallengeAsync(commissionId, await steps.TokenAsync(commissionId),
            new ChallengeInput(ResponseSteps.SecondChance, app.Clock.GetUtcNow().AddHours(-2), "The price scores misread our pricing schedule."));
        app.Clock.SetUtcNow(firstEnd.AddDays(1));
        var duringChallenge = await steps.ConfirmAsync(commissionId);
        var restartDay = UkTime.DateOf(app.Clock.GetUtcNow());
        var restarted = await steps.Award(officer).RestartStandstillAsync(commissionId, await steps.TokenAsync(commissionId),
            new RestartInput("The price scores were checked against the pricing schedule and confirmed.", restartDay, null));

        Assert.True(challenged.Succeeded, challenged.Message);
        Assert.Equal(OperationOutcome.Refused, duringChallenge.Outcome);
        Assert.Equal($"The challenge from {ResponseSteps.SecondChance} is open: the award cannot be confirmed until it is resolved.", duringChallenge.Message);
        Assert.Equal(0, await steps.ContractCountAsync(commissionId));
        Assert.True(restarted.Succeeded, restarted.Message);
        await using var db = await app.OpenDbAsync();
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.Id == ittId);
        var newEnd = AwardStandstill.Restarted(itt.Content, restartDay);
        var commission = await steps.CommissionAsync(commissionId);
        Assert.Equal((CommissionState.Standstill, newEnd.EndsAt), (commission.State, commission.StandstillEndsAt));
        var standstill = (await steps.Award(officer).GetStandstillAsync(commissionId)).Value!;
        Assert.Equal(newEnd.Rule, standstill.StandstillRule);
        Assert.Equal(ChallengeResolution.StandstillRestarted, standstill.Challenges.Single().Resolution);
        Assert.Equal(OperationOutcome.Refused, (await steps.ConfirmAsync(commissionId)).Outcome);
        app.Clock.SetUtcNow(newEnd.EndsAt.AddSeconds(1));
        var afterRestart = await steps.ConfirmAsync(commissionId);
        Assert.True(afterRestart.Succeeded, afterRestart.Message);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CommissionId == commissionId && e.Trigger == nameof(CommissionTrigger.ReceiveChallenge)));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CommissionId == commissionId && e.Action == "StandstillRestarted"));
    }

    [Fact]
    public async Task A_second_award_is_refused_by_the_commissions_state_and_a_racing_one_by_the_unique_index_and_a_stale_page_by_its_token()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (commissionId, _) = await steps.InStandstillAsync("Awarded once only");
        var officer = await steps.OfficerAsync();
        app.Clock.SetUtcNow((await steps.StandstillEndAsync(commissionId)).AddMinutes(5));
        var staleToken = await steps.TokenAsync(commissionId);
        var terms = await steps.ProposedTermsAsync(commissionId);
        var rogue = await AddContractBehindTheCommissionsBackAsync(app, commissionId, officer);

        var racing = await steps.ConfirmAsync(commissionId);
        var stateAfterRace = (await steps.CommissionAsync(commissionId)).State;
        await using (var db = await app.OpenDbAsync())
        {
            db.Contracts.Remove(await db.Contracts.SingleAsync(c => c.Id == rogue));
            await db.SaveChangesAsync();
        }
        // Recording a challenge and restarting would change the token; any change does: here, the confirmation itself.
        var first = await steps.ConfirmAsync(commissionId);
        var stale = await steps.Award(officer).ConfirmAwardAsync(commissionId, staleToken, terms);
        var second = await steps.ConfirmAsync(commissionId);

        Assert.Equal((OperationOutcome.Refused, AwardWriter.AlreadyAwardedMessage), (racing.Outcome, racing.Message));
        Assert.Equal(CommissionState.Standstill, stateAfterRace);
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(OperationOutcome.Conflict, stale.Outcome);
        Assert.Equal((OperationOutcome.Refused, AwardWriter.AlreadyAwardedMessage), (second.Outcome, second.Message));
        Assert.Equal(1, await steps.ContractCountAsync(commissionId));
    }

    [Fact]
    public async Task Cancelling_after_a_challenge_ends_the_procurement_with_no_contract_and_tells_the_bidders()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (commissionId, ittId) = await steps.InStandstillAsync("Cancelled after a challenge");
        var officer = await steps.OfficerAsync();

        await steps.Award(officer).RecordChallengeAsync(commissionId, await steps.TokenAsync(commissionId),
            new ChallengeInput(ResponseSteps.SecondChance, app.Clock.GetUtcNow(), "The evaluation did not follow the published weightings."));
        var noReason = await steps.Award(officer).CancelAfterChallengeAsync(commissionId, await steps.TokenAsync(commissionId), " ");
        var cancelled = await steps.Award(officer).CancelAfterChallengeAsync(commissionId, await steps.TokenAsync(commissionId),
            "The challenge was upheld: the weightings were misapplied.");

        Assert.Equal(OperationOutcome.Refused, noReason.Outcome);
        Assert.True(cancelled.Succeeded, cancelled.Message);
        Assert.Equal(CommissionState.Cancelled, (await steps.CommissionAsync(commissionId)).State);
        Assert.Equal(0, await steps.ContractCountAsync(commissionId));
        var outcome = await steps.Outcomes(await steps.SupplierAsync(ResponseSteps.Pathways)).GetAsync(ittId);
        Assert.Equal(BidderOutcomeStatus.Cancelled, outcome.Value!.Status.Status);
    }

    private static async Task<Guid> AddContractBehindTheCommissionsBackAsync(PortalAppFactory app, Guid commissionId, Portal.Domain.Identity.Actor officer)
    {
        await using var db = await app.OpenDbAsync();
        var intention = await db.IntentionsToAward.AsNoTracking().SingleAsync(i => i.CommissionId == commissionId);
        var contract = Contract.Award(new ContractTerms(commissionId, intention.WinningResponseId, intention.WinningSupplierId, intention.WinningSupplierName,
            "A racing confirmation", Money.FromPounds(1_000), Money.FromPounds(500), new DateOnly(2030, 1, 1), new DateOnly(2030, 2, 1), 24, 0, 0,
            intention.IssuedAt, intention.StandstillStartedAt, intention.StandstillEndsAt, intention.StandstillRule), officer, app.Clock.GetUtcNow());
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract.Id;
    }
}
