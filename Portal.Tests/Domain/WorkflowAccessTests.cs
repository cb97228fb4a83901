using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionState;
using static Portal.Domain.Commissions.CommissionTrigger;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain;

public class WorkflowAccessTests
{
    /// <summary>Who may make each move, written out from domain.md rather than read back from TriggerPolicy.</summary>
    private static readonly Dictionary<CommissionTrigger, Actor[]> WhoMay = new()
    {
        [SubmitForDecision] = [CommissioningOfficer],
        [Approve] = [Commissioner],
        [ReturnForChanges] = [Commissioner],
        [Decline] = [Commissioner],
        [PassEqualityAssessment] = [EqualityLead],
        [IssueItt] = [ProcurementOfficer, SecondProcurementOfficer],
        [ClarificationDeadlinePassed] = [Scheduler],
        [TenderDeadlinePassed] = [Scheduler],
        [OpenTenders] = [ProcurementOfficer, SecondProcurementOfficer],
        [CloseAsUnsuccessful] = [ProcurementOfficer, SecondProcurementOfficer],
        [IssueIntentionToAward] = [ProcurementOfficer, SecondProcurementOfficer],
        [ConfirmAward] = [ProcurementOfficer, SecondProcurementOfficer],
        [ReceiveChallenge] = [ProcurementOfficer, SecondProcurementOfficer],
        [RestartStandstill] = [ProcurementOfficer, SecondProcurementOfficer],
        [CancelAfterChallenge] = [ProcurementOfficer, SecondProcurementOfficer],
        [StartMobilisation] = [CommissioningOfficer],
        [CommenceService] = [CommissioningOfficer],
        [TakeExtension] = [CommissioningOfficer, ChiefExecutive, Section151Officer, MonitoringOfficer, Commissioner],
        [CloseContract] = [CommissioningOfficer, ChiefExecutive, Section151Officer, MonitoringOfficer, Commissioner],
        [Cancel] = [CommissioningOfficer, ProcurementOfficer, SecondProcurementOfficer],
    };

    public static TheoryData<CommissionState, CommissionTrigger, string> ActorsWithoutTheRole()
    {
        var data = new TheoryData<CommissionState, CommissionTrigger, string>();
        foreach (var rule in CommissionRules.All)
            foreach (var actor in Everyone.Except(WhoMay[rule.Trigger]))
                data.Add(rule.From, rule.Trigger, actor.UserId);
        return data;
    }

    [Theory]
    [MemberData(nameof(ActorsWithoutTheRole))]
    public void An_actor_without_the_role_is_refused_and_is_not_offered_the_move(CommissionState from, CommissionTrigger trigger, string userId)
    {
        var rule = CommissionRules.All.Single(r => r.From == from && r.Trigger == trigger);
        var builder = CommissionBuilder.ReadyFor(rule);
        var actor = Named(userId);
        var request = builder.RequestFor(trigger, actor);

        var refusal = Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(trigger, request));

        Assert.StartsWith("Only ", refusal.Message);
        Assert.Equal(from, builder.Commission.State);
        Assert.False(builder.Commission.CanFire(trigger, request));
        Assert.DoesNotContain(builder.Commission.GetMoves(actor, builder.Now), m => m.Trigger == trigger);
    }

    public static TheoryData<CommissionTrigger> Triggers() => new(Enum.GetValues<CommissionTrigger>());

    [Theory]
    [MemberData(nameof(Triggers))]
    public void The_policy_admits_exactly_the_people_who_may_make_the_move(CommissionTrigger trigger)
    {
        var admitted = Everyone.Where(TriggerPolicy.For(trigger).Allows).Select(a => a.UserId);

        Assert.Equal(WhoMay[trigger].Select(a => a.UserId).Order(), admitted.Order());
    }

    [Fact]
    public void An_approver_in_the_wrong_position_cannot_make_the_commissioners_decision()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var request = builder.RequestFor(Approve, ChiefExecutive);

        var refusal = Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(Approve, request));

        Assert.Equal("Only the Commissioner can approve.", refusal.Message);
        Assert.Equal(AwaitingDecision, builder.Commission.State);
        Assert.Empty(builder.Commission.GetMoves(ChiefExecutive, builder.Now));
        Assert.Equal([Approve, ReturnForChanges, Decline], builder.Commission.GetMoves(Commissioner, builder.Now).Select(m => m.Trigger));
    }

    [Fact]
    public void A_role_refusal_names_who_may_make_the_move()
    {
        var builder = CommissionBuilder.At(TenderPeriod);

        var refusal = Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(Cancel, builder.RequestFor(Cancel, Evaluator)));

        Assert.Equal("Only a commissioning officer or a procurement officer can cancel the commission.", refusal.Message);
    }

    [Fact]
    public void A_role_refusal_reads_as_plain_english_before_a_vowel()
    {
        var builder = CommissionBuilder.At(EqualityAssessment);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            builder.Commission.Fire(PassEqualityAssessment, builder.RequestFor(PassEqualityAssessment, CommissioningOfficer)));

        Assert.Equal("Only an equality lead can pass EIA quality assurance.", refusal.Message);
    }

    [Fact]
    public void Only_the_scheduler_closes_the_clarification_period()
    {
        var builder = CommissionBuilder.At(ClarificationPeriod);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            builder.Commission.Fire(ClarificationDeadlinePassed, builder.RequestFor(ClarificationDeadlinePassed, ProcurementOfficer)));

        Assert.Equal("Only the portal's scheduler can close clarifications.", refusal.Message);
    }

    public static TheoryData<CommissionState, CommissionTrigger> MovesNotFromTheState()
    {
        var data = new TheoryData<CommissionState, CommissionTrigger>();
        foreach (var state in Enum.GetValues<CommissionState>().Where(s => s is not (Closed or Declined or Cancelled or Unsuccessful)))
            foreach (var trigger in Enum.GetValues<CommissionTrigger>().Where(t => CommissionRules.From(state).All(r => r.Trigger != t)))
                data.Add(state, trigger);
        return data;
    }

    [Theory]
    [MemberData(nameof(MovesNotFromTheState))]
    public void A_move_that_does_not_leave_the_current_state_is_refused(CommissionState state, CommissionTrigger trigger)
    {
        var builder = CommissionBuilder.At(state);
        var actor = WhoMay[trigger][0];
        var request = builder.RequestFor(trigger, actor);

        var refusal = Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(trigger, request));

        Assert.Equal($"\"{TriggerPolicy.For(trigger).Label}\" is not possible now: the commission is at {CommissionStages.DescribeState(state)}.",
            refusal.Message);
        Assert.Equal(state, builder.Commission.State);
        Assert.False(builder.Commission.CanFire(trigger, request));
        Assert.DoesNotContain(builder.Commission.GetMoves(actor, builder.Now), m => m.Trigger == trigger);
    }

    [Theory]
    [InlineData(Declined, Decline)]
    [InlineData(Unsuccessful, CloseAsUnsuccessful)]
    [InlineData(Closed, CloseContract)]
    [InlineData(Cancelled, Cancel)]
    public void A_finished_commission_offers_no_moves_and_refuses_all(CommissionState end, CommissionTrigger finishingMove)
    {
        var rule = CommissionRules.All.First(r => r.Trigger == finishingMove);
        var builder = CommissionBuilder.ReadyFor(rule).Fire(finishingMove);
        Assert.Equal(end, builder.Commission.State);
        Assert.True(builder.Commission.IsTerminal);

        foreach (var trigger in Enum.GetValues<CommissionTrigger>())
        {
            var actor = WhoMay[trigger][0];
            Assert.Empty(builder.Commission.GetMoves(actor, builder.Now));
            Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(trigger, builder.RequestFor(trigger, actor)));
        }
        Assert.Equal(end, builder.Commission.State);
    }

    [Fact]
    public void Only_the_three_advising_officers_record_sign_offs()
    {
        var builder = CommissionBuilder.At(AwaitingDecision, GuardNames.ChiefExecutiveSigned);

        var commissioner = Assert.Throws<DomainRuleException>(() => builder.Commission.RecordSignOff(Commissioner, "Agreed.", builder.Now));
        var officer = Assert.Throws<DomainRuleException>(() => builder.Commission.RecordSignOff(CommissioningOfficer, "Agreed.", builder.Now));

        Assert.StartsWith("Only the Chief Executive, the Section 151 Officer or the Monitoring Officer", commissioner.Message);
        Assert.Equal("Only an approver can sign off a decision note.", officer.Message);
        Assert.False(builder.Commission.HasSignOff(ApproverPosition.ChiefExecutive));
    }
}
