using Portal.Domain.Commissions;
using Portal.Domain.Common;
using static Portal.Domain.Commissions.CommissionTrigger;

namespace Portal.Tests.Domain;

/// <summary>What a move asks of the user beyond permission: a reason, a cancellation code, a date.</summary>
public class WorkflowInputTests
{
    private static readonly CommissionTrigger[] MovesNeedingAReason =
        [Approve, ReturnForChanges, Decline, CloseAsUnsuccessful, ReceiveChallenge, RestartStandstill, CancelAfterChallenge,
         TakeExtension, CloseContract, Cancel];

    public static TheoryData<CommissionTrigger> NeedingAReason() => new(MovesNeedingAReason);

    public static TheoryData<CommissionTrigger> NotNeedingAReason() =>
        new(Enum.GetValues<CommissionTrigger>().Except(MovesNeedingAReason));

    private static (CommissionBuilder Builder, TransitionRequest Request) Ready(CommissionTrigger trigger)
    {
        var builder = CommissionBuilder.ReadyFor(CommissionRules.All.First(r => r.Trigger == trigger));
        return (builder, builder.RequestFor(trigger));
    }

    [Theory]
    [MemberData(nameof(NeedingAReason))]
    public void A_move_that_needs_a_reason_is_refused_without_one(CommissionTrigger trigger)
    {
        var (builder, request) = Ready(trigger);
        var stateBefore = builder.Commission.State;

        foreach (var missing in new[] { null, "", "   " })
        {
            var refusal = Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(trigger, request with { Reason = missing }));
            Assert.Equal($"\"{TriggerPolicy.For(trigger).Label}\" needs a reason.", refusal.Message);
        }
        Assert.Equal(stateBefore, builder.Commission.State);
    }

    [Theory]
    [MemberData(nameof(NotNeedingAReason))]
    public void A_move_that_needs_no_reason_goes_ahead_without_one(CommissionTrigger trigger)
    {
        var (builder, request) = Ready(trigger);

        builder.Commission.Fire(trigger, request with { Reason = null });

        Assert.Null(builder.Commission.PendingChanges[^1].Reason);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused()
    {
        var (builder, request) = Ready(Decline);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            builder.Commission.Fire(Decline, request with { Reason = new string('x', Commission.ReasonMaxLength + 1) }));

        Assert.Equal("Keep the reason to 2000 characters.", refusal.Message);
        builder.Commission.Fire(Decline, request with { Reason = new string('x', Commission.ReasonMaxLength) });
    }

    [Fact]
    public void Cancelling_needs_a_cancellation_code()
    {
        var (builder, request) = Ready(Cancel);

        var refusal = Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(Cancel, request with { CancellationCode = null }));

        Assert.Equal("Choose the reason for cancelling.", refusal.Message);
        Assert.Equal(CommissionState.DecisionNoteDraft, builder.Commission.State);
    }

    [Theory]
    [InlineData(RestartStandstill)]
    [InlineData(TakeExtension)]
    public void A_move_that_sets_a_date_is_refused_without_one(CommissionTrigger trigger)
    {
        var (builder, request) = Ready(trigger);
        var stateBefore = builder.Commission.State;

        var refusal = Assert.Throws<DomainRuleException>(() => builder.Commission.Fire(trigger, request with { NewDate = null }));

        Assert.Equal($"\"{TriggerPolicy.For(trigger).Label}\" needs a date.", refusal.Message);
        Assert.Equal(stateBefore, builder.Commission.State);
    }

    [Fact]
    public void Only_cancelling_asks_for_a_code_and_only_restarting_standstill_and_extending_ask_for_a_date()
    {
        var all = Enum.GetValues<CommissionTrigger>().Select(TriggerPolicy.For).ToList();

        Assert.Equal([Cancel], all.Where(p => p.NeedsCancellationCode).Select(p => p.Trigger));
        Assert.Equal([RestartStandstill, TakeExtension], all.Where(p => p.NeedsDate).Select(p => p.Trigger));
        Assert.Equal(MovesNeedingAReason.Order(), all.Where(p => p.NeedsReason).Select(p => p.Trigger).Order());
    }
}
