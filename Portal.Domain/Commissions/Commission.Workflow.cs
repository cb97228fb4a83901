using Portal.Domain.Common;
using Portal.Domain.Identity;
using Stateless;

namespace Portal.Domain.Commissions;

public sealed partial class Commission
{
    /// <summary>
    /// Builds the lifecycle machine over this commission's state. Built per operation and never shared,
    /// so no two threads ever touch one machine.
    /// </summary>
    private StateMachine<CommissionState, CommissionTrigger> BuildMachine() => BuildMachine(() => State, s => State = s, this);

    /// <summary>The same machine over a free-standing state, for drawing the graph.</summary>
    public static StateMachine<CommissionState, CommissionTrigger> BuildMachine(
        Func<CommissionState> read, Action<CommissionState> write, Commission? subject = null)
    {
        var machine = new StateMachine<CommissionState, CommissionTrigger>(read, write);
        var facts = subject ?? new Commission();
        foreach (var trigger in Enum.GetValues<CommissionTrigger>())
            machine.SetTriggerParameters<TransitionRequest>(trigger);
        foreach (var rule in CommissionRules.All)
        {
            var trigger = ParameterisedTrigger(rule.Trigger);
            var guards = rule.Guards
                .Select(g => Tuple.Create<Func<TransitionRequest, bool>, string>(r => g.IsMet(facts, r), g.Requirement))
                .ToArray();
            var state = machine.Configure(rule.From);
            if (rule.IsInternal)
                state.InternalTransitionIf(trigger, r => guards.All(g => g.Item1(r)), (_, _) => { }, string.Join(" and ", rule.Guards.Select(g => g.Requirement)));
            else
                state.PermitIf(trigger, rule.To, guards);
        }
        return machine;
    }

    private static StateMachine<CommissionState, CommissionTrigger>.TriggerWithParameters<TransitionRequest> ParameterisedTrigger(
        CommissionTrigger trigger) => new(trigger);

    /// <summary>Every move out of the current state this actor could make, with the reasons any is blocked now.</summary>
    public IReadOnlyList<MoveOption> GetMoves(Actor actor, DateTimeOffset at)
    {
        var request = new TransitionRequest(actor, at);
        // The user has not yet given the move's inputs, so guards on them are left to Fire.
        return CommissionRules.From(State)
            .Select(rule => (rule, policy: TriggerPolicy.For(rule.Trigger)))
            .Where(x => x.policy.Allows(actor))
            .Select(x => new MoveOption(x.rule.Trigger, x.policy, x.rule.To, BlockedReasons(x.rule, request, includeInputChecks: false)))
            .ToList();
    }

    public bool CanFire(CommissionTrigger trigger, TransitionRequest request)
    {
        return TriggerPolicy.For(trigger).Allows(request.Actor)
            && BuildMachine().CanFire(ParameterisedTrigger(trigger), request);
    }

    /// <summary>Moves the commission, or refuses with a reason the user can act on.</summary>
    public void Fire(CommissionTrigger trigger, TransitionRequest request)
    {
        var policy = TriggerPolicy.For(trigger);
        if (!policy.Allows(request.Actor))
            throw new DomainRuleException($"Only {policy.WhoMay} can {char.ToLowerInvariant(policy.Label[0])}{policy.Label[1..]}.");
        var rule = CommissionRules.From(State).FirstOrDefault(r => r.Trigger == trigger)
            ?? throw new DomainRuleException($"\"{policy.Label}\" is not possible now: the commission is at {CommissionStages.DescribeState(State)}.");
        ValidateInput(policy, request);
        var blocked = BlockedReasons(rule, request);
        if (blocked.Count > 0) throw new DomainRuleException(string.Join(" ", blocked));

        var from = State;
        BuildMachine().Fire(ParameterisedTrigger(trigger), request);
        ApplyEffects(trigger, request);
        UpdateNextTimedMove();
        Touch(request.At);
        _changes.Add(new CommissionChange(request.Actor, request.At, "Transition", $"{policy.Label}: {CommissionStages.DescribeState(from)} → {CommissionStages.DescribeState(State)}",
            from, State, trigger, ComposeReason(request)));
    }

    private IReadOnlyList<string> BlockedReasons(TransitionRule rule, TransitionRequest request, bool includeInputChecks = true) =>
        rule.Guards.Where(g => (includeInputChecks || !g.ChecksRequestInput) && !g.IsMet(this, request))
            .Select(g => g.BlockedReason(this, request)).ToList();

    private static void ValidateInput(TriggerPolicy policy, TransitionRequest request)
    {
        if (policy.NeedsReason && string.IsNullOrWhiteSpace(request.Reason))
            throw new DomainRuleException($"\"{policy.Label}\" needs a reason.");
        if (request.Reason?.Length > ReasonMaxLength)
            throw new DomainRuleException($"Keep the reason to {ReasonMaxLength} characters.");
        if (policy.NeedsCancellationCode && request.CancellationCode is null)
            throw new DomainRuleException("Choose the reason for cancelling.");
        if (policy.NeedsDate && request.NewDate is null)
            throw new DomainRuleException($"\"{policy.Label}\" needs a date.");
    }

    private static string? ComposeReason(TransitionRequest request) => request.CancellationCode is { } code
        ? $"{code.Describe()}: {request.Reason?.Trim()}"
        : request.Reason?.Trim();

    private void ApplyEffects(CommissionTrigger trigger, TransitionRequest request)
    {
        switch (trigger)
        {
            case CommissionTrigger.Approve:
                DecisionApprovedAt = request.At;
                DecisionRecordedAt = request.At;
                DecisionRationale = request.Reason?.Trim();
                break;
            case CommissionTrigger.ReturnForChanges:
                // The returned note is reworked as a new version, so the sign-offs given on the one the Commissioner saw
                // stop counting. The version is recorded now (with the content as returned) so that it has a hash to sign.
                DecisionNoteVersion++;
                _noteVersions.Add(new DecisionNotes.DecisionNoteVersion(DecisionNoteVersion, DecisionNote,
                    request.Actor.UserId, request.Actor.DisplayName, request.At));
                break;
            case CommissionTrigger.PassEqualityAssessment:
                EqualityAssessmentPassedAt = request.At;
                break;
            case CommissionTrigger.ReceiveChallenge:
                ChallengeOpen = true;
                break;
            case CommissionTrigger.RestartStandstill:
                ChallengeOpen = false;
                StandstillEndsAt = request.NewDate;
                break;
            case CommissionTrigger.CancelAfterChallenge:
                ChallengeOpen = false;
                CancellationCode = CancellationReasonCode.ChallengeUpheld;
                EndReason = request.Reason?.Trim();
                break;
            case CommissionTrigger.TakeExtension:
                ExtensionsTaken++;
                ContractEndsOn = DateOnly.FromDateTime(request.NewDate!.Value.Date);
                break;
            case CommissionTrigger.Cancel:
                ChallengeOpen = false;
                CancellationCode = request.CancellationCode;
                EndReason = request.Reason?.Trim();
                break;
            case CommissionTrigger.Decline:
                DecisionRecordedAt = request.At;
                DecisionRationale = request.Reason?.Trim();
                EndReason = request.Reason?.Trim();
                break;
            case CommissionTrigger.CloseContract or CommissionTrigger.CloseAsUnsuccessful:
                EndReason = request.Reason?.Trim();
                break;
        }
    }
}

/// <summary>A move the actor may make from the current state; blocked while any guard fails.</summary>
public sealed record MoveOption(CommissionTrigger Trigger, TriggerPolicy Policy, CommissionState To, IReadOnlyList<string> BlockedReasons)
{
    public bool IsAllowed => BlockedReasons.Count == 0;
    public string Label => Policy.Label;
}
