using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Stateless;
using static Portal.Domain.Commissions.CommissionState;
using static Portal.Domain.Commissions.CommissionTrigger;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain;

public class WorkflowGuardTests
{
    /// <summary>
    /// One way to leave a guard unmet, and what the user is then told. <see cref="Reasons"/> usually holds the one
    /// guard's reason; where no public path leaves that guard failing alone, it lists every reason the user sees.
    /// <see cref="CheckedOnlyOnFire"/> marks guards on what the user types in the move's dialog (a date), which the
    /// list of moves cannot know in advance.
    /// </summary>
    private sealed record GuardCase(
        string Name, CommissionTrigger Trigger, string Requirement, Func<CommissionBuilder> Arrange, string[] Reasons,
        bool CheckedOnlyOnFire = false);

    private static TransitionRule Rule(CommissionTrigger trigger, CommissionState? from = null) =>
        CommissionRules.All.Single(r => r.Trigger == trigger && (from is null || r.From == from));

    private static GuardCase Case(CommissionTrigger trigger, string requirement, string reason, string? variant = null,
        Func<CommissionBuilder>? arrange = null, bool checkedOnlyOnFire = false) =>
        new($"{trigger}: {requirement}{(variant is null ? "" : $" ({variant})")}", trigger, requirement,
            arrange ?? (() => CommissionBuilder.ReadyFor(Rule(trigger), requirement)), [reason], checkedOnlyOnFire);

    private static readonly GuardCase[] Cases =
    [
        Case(SubmitForDecision, GuardNames.MandatorySections, "The decision note is missing its summary, recommendation."),
        Case(SubmitForDecision, GuardNames.ValueAndRoute, "The annual value, the initial term with its start date, and the procurement route must all be set."),
        Case(Approve, GuardNames.ChiefExecutiveSigned, "The Chief Executive has not signed off version 1 of the decision note."),
        Case(Approve, GuardNames.Section151Signed, "The Section 151 Officer has not signed off version 1 of the decision note."),
        Case(Approve, GuardNames.MonitoringOfficerSigned, "The Monitoring Officer has not signed off version 1 of the decision note."),
        // An EIA that was never submitted has assessed nothing either, so both reasons show.
        Case(PassEqualityAssessment, GuardNames.EiaSubmitted, "The EIA has not been submitted for quality assurance.") with
        {
            Reasons = ["The EIA has not been submitted for quality assurance.", "The EIA has assessed 0 of the 9 protected characteristics."],
        },
        Case(PassEqualityAssessment, GuardNames.AllCharacteristics, "The EIA has assessed 8 of the 9 protected characteristics."),
        Case(PassEqualityAssessment, GuardNames.QaByAnother, "You wrote this EIA: another equality lead must quality-assure it."),
        Case(IssueItt, GuardNames.TimetableValid, "The clarification and tender deadlines have not been set.", "deadlines not set"),
        Case(IssueItt, GuardNames.TimetableValid,
            "The timetable is out of date: the clarification deadline must be in the future and before the tender deadline.",
            "clarification deadline already passed",
            () => CommissionBuilder.ReadyFor(Rule(IssueItt)).AdvanceBy(TimeSpan.FromDays(2))),
        Case(IssueItt, GuardNames.WeightsTotalHundred, "The evaluation criteria weights total 90%, not 100%."),
        Case(IssueItt, GuardNames.DocumentsAttached, "No ITT documents are attached."),
        Case(IssueItt, GuardNames.SupplierInvited, "No active supplier on the lot has been invited."),
        Case(ClarificationDeadlinePassed, GuardNames.ClarificationDeadlinePassed, "The clarification deadline has not passed yet."),
        Case(TenderDeadlinePassed, GuardNames.TenderDeadlinePassed, "The tender deadline has not passed yet."),
        Case(TenderDeadlinePassed, GuardNames.NoUnansweredClarifications,
            "2 clarification question(s) are unanswered: answer them or extend the tender deadline."),
        Case(OpenTenders, GuardNames.TendersReceived, "No tenders were received: close the commission as unsuccessful instead."),
        Case(OpenTenders, GuardNames.SecondOfficerConfirmed, "A second procurement officer must confirm the opening before you open the tenders."),
        Case(CloseAsUnsuccessful, GuardNames.NoTendersReceived, "Tenders were received: open them instead."),
        Case(IssueIntentionToAward, GuardNames.AllModerated, "Not every compliant tender has been moderated."),
        Case(IssueIntentionToAward, GuardNames.RecommendationApproved, "The award recommendation has not been approved."),
        Case(IssueIntentionToAward, GuardNames.LettersReady, "Not every bidder has an assessment summary letter ready."),
        Case(IssueIntentionToAward, GuardNames.StandstillEndSet, "The standstill end date has not been calculated."),
        // 11 Mar 2026 09:00 UTC (the tender deadline) plus ten days; GMT, so the UK wall clock reads the same.
        Case(ConfirmAward, GuardNames.StandstillEnded, "Standstill runs until 21 Mar 2026, 09:00: the award can be confirmed only after that."),
        Case(RestartStandstill, GuardNames.NewStandstillEndGiven, "Give the restarted standstill's end date, later than now.",
            checkedOnlyOnFire: true),
        Case(StartMobilisation, GuardNames.ContractSigned, "The contract has not been signed."),
        Case(CommenceService, GuardNames.DpiaCompleted, "The data protection impact assessment (DPIA) has not been completed."),
        Case(CommenceService, GuardNames.MobilisationItemsDone, "2 mandatory mobilisation item(s) are not done."),
        Case(TakeExtension, GuardNames.ExtensionOptionRemains, "All 2 extension options have been taken.", "all taken"),
        Case(TakeExtension, GuardNames.ExtensionOptionRemains, "The contract has no extension options.", "none in the contract",
            () => new CommissionBuilder().WithExtensionOptions(0).Reach(ContractManagement)),
        Case(TakeExtension, GuardNames.NewEndDateLater, "Give the extended contract's new end date, later than the current end date.",
            checkedOnlyOnFire: true),
    ];

    /// <summary>
    /// Guards no sequence of public calls can leave failing: the lifecycle itself rules them out (an ITT can only be
    /// prepared after approval and a passed EIA; a challenge always moves the commission out of standstill).
    /// They stay as a second line of defence, so they are checked against the machine directly.
    /// </summary>
    private static readonly string[] GuardsTheLifecycleAlwaysMeets =
        [GuardNames.DecisionApproved, GuardNames.EiaPassed, GuardNames.NoChallengeOpen];

    public static TheoryData<string> CaseNames() => new(Cases.Select(c => c.Name));

    [Fact]
    public void Every_guard_in_the_rules_has_a_failing_case()
    {
        var covered = Cases.Select(c => (c.Trigger, c.Requirement)).Concat(
            GuardsTheLifecycleAlwaysMeets.SelectMany(name => CommissionRules.All
                .Where(r => r.Guards.Any(g => g.Requirement == name)).Select(r => (r.Trigger, name))));

        var uncovered = CommissionRules.All
            .SelectMany(r => r.Guards.Select(g => (r.Trigger, g.Requirement)))
            .Except(covered)
            .ToList();

        Assert.Empty(uncovered);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_move_with_an_unmet_guard_is_refused_with_that_guards_reason(string name)
    {
        var @case = Cases.Single(c => c.Name == name);
        var builder = @case.Arrange();
        var commission = builder.Commission;
        var stateBefore = commission.State;
        var changesBefore = commission.PendingChanges.Count;
        var request = builder.RequestFor(@case.Trigger);

        var refusal = Assert.Throws<DomainRuleException>(() => commission.Fire(@case.Trigger, request));

        Assert.Equal(string.Join(" ", @case.Reasons), refusal.Message);
        Assert.Equal(stateBefore, commission.State);
        Assert.Equal(changesBefore, commission.PendingChanges.Count);
        Assert.False(commission.CanFire(@case.Trigger, request));
        var move = Assert.Single(commission.GetMoves(request.Actor, request.At), m => m.Trigger == @case.Trigger);
        if (@case.CheckedOnlyOnFire)
            Assert.True(move.IsAllowed, "The move stays on offer: its dialog asks for the date that the guard checks.");
        else
            Assert.Equal(@case.Reasons, move.BlockedReasons);
    }

    [Fact]
    public void Issuing_the_itt_is_refused_by_the_machine_until_the_decision_is_approved()
    {
        var subject = CommissionBuilder.At(AwaitingDecision).Commission;

        var unmet = UnmetOnMachine(subject, IttPreparation, IssueItt);

        Assert.Contains(GuardNames.DecisionApproved, unmet);
        Assert.Equal("The decision to go to market has not been approved.", ReasonOf(IssueItt, GuardNames.DecisionApproved, subject));
    }

    [Fact]
    public void Issuing_the_itt_is_refused_by_the_machine_until_the_eia_has_passed()
    {
        var subject = CommissionBuilder.At(EqualityAssessment).Commission;

        var unmet = UnmetOnMachine(subject, IttPreparation, IssueItt);

        Assert.Contains(GuardNames.EiaPassed, unmet);
        Assert.DoesNotContain(GuardNames.DecisionApproved, unmet);
        Assert.Equal("The EIA has not passed quality assurance.", ReasonOf(IssueItt, GuardNames.EiaPassed, subject));
    }

    [Fact]
    public void Confirming_the_award_is_refused_by_the_machine_while_a_challenge_is_open()
    {
        var builder = CommissionBuilder.At(Suspended);

        var unmet = UnmetOnMachine(builder.Commission, Standstill, ConfirmAward, builder.Now);

        Assert.Equal([GuardNames.NoChallengeOpen], unmet);
        Assert.Equal("A challenge is open.", ReasonOf(ConfirmAward, GuardNames.NoChallengeOpen, builder.Commission));
    }

    [Fact]
    public void Quality_assurance_of_an_eia_by_its_own_author_is_refused_and_another_lead_may_pass_it()
    {
        var builder = CommissionBuilder.At(EqualityAssessment, GuardNames.QaByAnother);
        var commission = builder.Commission;
        Assert.Equal(EqualityLeadWhoAlsoCommissions.UserId, commission.EqualityAssessmentAuthorId);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            commission.Fire(PassEqualityAssessment, new TransitionRequest(EqualityLeadWhoAlsoCommissions, builder.Now)));
        Assert.Equal("You wrote this EIA: another equality lead must quality-assure it.", refusal.Message);

        commission.Fire(PassEqualityAssessment, new TransitionRequest(EqualityLead, builder.Now));
        Assert.Equal(IttPreparation, commission.State);
    }

    [Fact]
    public void Opening_tenders_needs_a_second_procurement_officers_confirmation()
    {
        var builder = CommissionBuilder.At(Opening, GuardNames.SecondOfficerConfirmed);
        var commission = builder.Commission;

        commission.ConfirmTenderOpening(ProcurementOfficer, builder.Now);
        Assert.Throws<DomainRuleException>(() => commission.Fire(OpenTenders, new TransitionRequest(ProcurementOfficer, builder.Now)));
        var again = Assert.Throws<DomainRuleException>(() => commission.ConfirmTenderOpening(ProcurementOfficer, builder.Now));
        Assert.Equal("You have already confirmed the opening; a second procurement officer must open the tenders.", again.Message);

        commission.ConfirmTenderOpening(SecondProcurementOfficer, builder.Now);
        commission.Fire(OpenTenders, new TransitionRequest(ProcurementOfficer, builder.Now));

        Assert.Equal(Evaluation, commission.State);
        Assert.Equal(2, commission.OpeningConfirmations.Count);
    }

    private static IReadOnlyList<string> UnmetOnMachine(Commission subject, CommissionState state, CommissionTrigger trigger,
        DateTimeOffset? at = null)
    {
        var machine = Commission.BuildMachine(() => state, s => state = s, subject);
        var request = new TransitionRequest(TestActorFor(trigger), at ?? CommissionBuilder.Start);
        var canFire = machine.CanFire(new StateMachine<CommissionState, CommissionTrigger>.TriggerWithParameters<TransitionRequest>(trigger),
            request, out var unmetGuards);
        Assert.False(canFire);
        return unmetGuards.ToList();
    }

    private static Portal.Domain.Identity.Actor TestActorFor(CommissionTrigger trigger) =>
        trigger == IssueItt || trigger == ConfirmAward ? ProcurementOfficer : CommissioningOfficer;

    private static string ReasonOf(CommissionTrigger trigger, string requirement, Commission subject) =>
        Rule(trigger).Guards.Single(g => g.Requirement == requirement)
            .BlockedReason(subject, new TransitionRequest(ProcurementOfficer, CommissionBuilder.Start));
}
