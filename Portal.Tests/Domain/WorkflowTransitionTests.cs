using Portal.Domain.Commissions;
using static Portal.Domain.Commissions.CommissionState;
using static Portal.Domain.Commissions.CommissionTrigger;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain;

public class WorkflowTransitionTests
{
    public static TheoryData<CommissionState, CommissionTrigger> Rules()
    {
        var data = new TheoryData<CommissionState, CommissionTrigger>();
        foreach (var rule in CommissionRules.All) data.Add(rule.From, rule.Trigger);
        return data;
    }

    private static TransitionRule Rule(CommissionState from, CommissionTrigger trigger) =>
        CommissionRules.All.Single(r => r.From == from && r.Trigger == trigger);

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_permitted_actor_with_every_guard_met_makes_the_move_and_it_is_recorded(CommissionState from, CommissionTrigger trigger)
    {
        var rule = Rule(from, trigger);
        var builder = CommissionBuilder.ReadyFor(rule);
        var commission = builder.Commission;
        var request = builder.RequestFor(trigger);

        var offered = Assert.Single(commission.GetMoves(request.Actor, request.At), m => m.Trigger == trigger);
        Assert.True(offered.IsAllowed, string.Join(" ", offered.BlockedReasons));
        Assert.Equal(rule.To, offered.To);
        Assert.True(commission.CanFire(trigger, request));

        commission.Fire(trigger, request);

        Assert.Equal(rule.To, commission.State);
        var change = commission.PendingChanges[^1];
        Assert.Equal("Transition", change.Action);
        Assert.Equal(from, change.FromState);
        Assert.Equal(rule.To, change.ToState);
        Assert.Equal(trigger, change.Trigger);
        Assert.Same(request.Actor, change.Actor);
        Assert.Equal(request.At, change.At);
        Assert.Equal(request.At, commission.LastChangedAt);
        if (request.CancellationCode is { } code)
            Assert.Equal($"{code.Describe()}: {request.Reason}", change.Reason);
        else
            Assert.Equal(request.Reason, change.Reason);
    }

    [Fact]
    public void The_main_path_runs_from_draft_to_contract_management()
    {
        var commission = CommissionBuilder.At(ContractManagement).Commission;

        var path = commission.PendingChanges.Where(c => c.Action == "Transition").Select(c => c.ToState).ToList();
        Assert.Equal(
            new CommissionState?[] { AwaitingDecision, EqualityAssessment, IttPreparation, ClarificationPeriod, TenderPeriod,
                Opening, Evaluation, Standstill, Awarded, Mobilisation, ContractManagement },
            path);
        Assert.NotNull(commission.DecisionApprovedAt);
        Assert.NotNull(commission.EqualityAssessmentPassedAt);
    }

    [Fact]
    public void Approving_records_when_and_why_the_decision_was_made()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);

        builder.Commission.Fire(Approve, new TransitionRequest(Commissioner, builder.Now, "  Value for money and meets the need.  "));

        Assert.Equal(builder.Now, builder.Commission.DecisionApprovedAt);
        Assert.Equal("Value for money and meets the need.", builder.Commission.DecisionRationale);
    }

    [Fact]
    public void Cancelling_keeps_the_chosen_code_and_the_reason()
    {
        var builder = CommissionBuilder.At(TenderPeriod);

        builder.Commission.Fire(Cancel, new TransitionRequest(ProcurementOfficer, builder.Now, "The budget was cut.",
            CancellationReasonCode.FundingWithdrawn));

        Assert.Equal(Cancelled, builder.Commission.State);
        Assert.True(builder.Commission.IsTerminal);
        Assert.Equal(CancellationReasonCode.FundingWithdrawn, builder.Commission.CancellationCode);
        Assert.Equal("The budget was cut.", builder.Commission.EndReason);
        Assert.Equal("Funding withdrawn: The budget was cut.", builder.Commission.PendingChanges[^1].Reason);
    }

    public static TheoryData<CommissionState> StatesBeforeAward() =>
        [DecisionNoteDraft, AwaitingDecision, EqualityAssessment, IttPreparation, ClarificationPeriod, TenderPeriod,
         Opening, Evaluation, Standstill, Suspended];

    [Theory]
    [MemberData(nameof(StatesBeforeAward))]
    public void A_commission_can_be_cancelled_from_every_state_before_award(CommissionState state)
    {
        var builder = CommissionBuilder.At(state);

        builder.Fire(Cancel);

        Assert.Equal(Cancelled, builder.Commission.State);
    }

    [Fact]
    public void Cancelling_a_suspended_commission_leaves_no_challenge_open()
    {
        var builder = CommissionBuilder.At(Suspended);
        Assert.True(builder.Commission.ChallengeOpen);

        builder.Fire(Cancel);

        Assert.False(builder.Commission.ChallengeOpen);
    }

    public static TheoryData<CommissionState> StatesFromAward() => [Awarded, Mobilisation, ContractManagement];

    [Theory]
    [MemberData(nameof(StatesFromAward))]
    public void Once_awarded_a_commission_can_no_longer_be_cancelled(CommissionState state)
    {
        var builder = CommissionBuilder.At(state);

        var refusal = Assert.Throws<Portal.Domain.Common.DomainRuleException>(() => builder.Fire(Cancel));

        Assert.Equal($"\"Cancel the commission\" is not possible now: the commission is at {CommissionStages.DescribeState(state)}.", refusal.Message);
        Assert.Equal(state, builder.Commission.State);
        Assert.DoesNotContain(builder.Commission.GetMoves(CommissioningOfficer, builder.Now), m => m.Trigger == Cancel);
    }

    [Fact]
    public void Taking_an_extension_stays_in_contract_management_and_moves_the_end_date_until_the_options_run_out()
    {
        var builder = CommissionBuilder.At(ContractManagement);
        var commission = builder.Commission;
        var firstEnd = commission.ContractEndsOn!.Value;

        builder.Fire(TakeExtension);
        Assert.Equal(ContractManagement, commission.State);
        Assert.Equal(1, commission.ExtensionsTaken);
        Assert.Equal(firstEnd.AddMonths(12), commission.ContractEndsOn);
        var change = commission.PendingChanges[^1];
        Assert.Equal((ContractManagement, ContractManagement, TakeExtension), (change.FromState, change.ToState, change.Trigger));

        builder.Fire(TakeExtension);
        Assert.Equal(firstEnd.AddMonths(24), commission.ContractEndsOn);

        var refusal = Assert.Throws<Portal.Domain.Common.DomainRuleException>(() => builder.Fire(TakeExtension));
        Assert.Equal("All 2 extension options have been taken.", refusal.Message);
        Assert.Equal(2, commission.ExtensionsTaken);
        Assert.Equal(firstEnd.AddMonths(24), commission.ContractEndsOn);
    }

    [Fact]
    public void Returning_for_changes_starts_a_new_version_so_earlier_sign_offs_no_longer_count()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var commission = builder.Commission;
        Assert.Equal(1, commission.DecisionNoteVersion);

        builder.Fire(ReturnForChanges);
        Assert.Equal(DecisionNoteDraft, commission.State);
        Assert.Equal(2, commission.DecisionNoteVersion);

        builder.Fire(SubmitForDecision);
        Assert.False(commission.HasSignOff(Portal.Domain.Identity.ApproverPosition.ChiefExecutive));
        var refusal = Assert.Throws<Portal.Domain.Common.DomainRuleException>(() => builder.Fire(Approve));
        Assert.Equal(
            "The Chief Executive has not signed off version 2 of the decision note. " +
            "The Section 151 Officer has not signed off version 2 of the decision note. " +
            "The Monitoring Officer has not signed off version 2 of the decision note.", refusal.Message);

        builder.Reach(AwaitingDecision).Fire(Approve);
        Assert.Equal(EqualityAssessment, commission.State);
        Assert.Equal(6, commission.SignOffs.Count);
    }

    [Fact]
    public void Confirming_the_award_waits_until_the_clock_is_past_the_standstill_end()
    {
        var builder = CommissionBuilder.At(Standstill, GuardNames.StandstillEnded);
        var commission = builder.Commission;
        var standstillEnd = commission.StandstillEndsAt!.Value;

        builder.AdvanceTo(standstillEnd);
        var refusal = Assert.Throws<Portal.Domain.Common.DomainRuleException>(() => builder.Fire(ConfirmAward));
        Assert.StartsWith("Standstill runs until ", refusal.Message);
        Assert.Equal(Standstill, commission.State);

        builder.AdvanceTo(standstillEnd.AddSeconds(1)).Fire(ConfirmAward);
        Assert.Equal(Awarded, commission.State);
    }

    [Fact]
    public void A_restarted_standstill_takes_the_new_end_and_closes_the_challenge()
    {
        var builder = CommissionBuilder.At(Suspended);
        var commission = builder.Commission;
        Assert.True(commission.ChallengeOpen);
        var request = builder.RequestFor(RestartStandstill);

        commission.Fire(RestartStandstill, request);

        Assert.Equal(Standstill, commission.State);
        Assert.False(commission.ChallengeOpen);
        Assert.Equal(request.NewDate, commission.StandstillEndsAt);
    }

    [Fact]
    public void Next_timed_move_follows_the_clarification_then_the_tender_deadline()
    {
        var builder = CommissionBuilder.At(IttPreparation);
        var commission = builder.Commission;
        Assert.Null(commission.NextTimedMoveAt);

        builder.Fire(IssueItt);
        Assert.Equal(commission.ClarificationDeadline, commission.NextTimedMoveAt);

        builder.Reach(TenderPeriod);
        Assert.Equal(commission.TenderDeadline, commission.NextTimedMoveAt);

        var later = commission.TenderDeadline!.Value.AddDays(3);
        commission.ExtendTenderDeadline(ProcurementOfficer, later, "A supplier asked for more time.", builder.Now);
        Assert.Equal(later, commission.NextTimedMoveAt);

        builder.Reach(Opening);
        Assert.Null(commission.NextTimedMoveAt);
    }

    [Theory]
    [InlineData(ClarificationPeriod)]
    [InlineData(TenderPeriod)]
    public void Cancelling_during_a_timed_period_clears_the_next_timed_move(CommissionState state)
    {
        var builder = CommissionBuilder.At(state);
        Assert.NotNull(builder.Commission.NextTimedMoveAt);

        builder.Fire(Cancel);

        Assert.Null(builder.Commission.NextTimedMoveAt);
    }

    public static TheoryData<CommissionState> UntimedStates() =>
        [DecisionNoteDraft, AwaitingDecision, EqualityAssessment, IttPreparation, Opening, Evaluation, Standstill,
         Suspended, Awarded, Mobilisation, ContractManagement];

    [Theory]
    [MemberData(nameof(UntimedStates))]
    public void No_timed_move_is_due_outside_the_clarification_and_tender_periods(CommissionState state)
    {
        Assert.Null(CommissionBuilder.At(state).Commission.NextTimedMoveAt);
    }
}
