using Portal.Domain.DecisionNotes;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionState;

namespace Portal.Benchmark.Generation;

/// <summary>
/// Takes one commission through the real aggregate to a target state, so every field combination and audit
/// event is one the app itself could produce. Every time is relative to the origin: run with any origin, the
/// history lasts the same, which lets the generator pick the origin that makes the history end now.
/// </summary>
/// <param name="random">Drives every choice; the same seed gives the same history whatever the busy slots hand out.</param>
/// <param name="routine">Varies the routine events only, so that adding them never shifts the choices above.</param>
public sealed partial class CommissionLifecycle(Staff staff, Random random, Random routine, BusySlots slots)
{
    private const double DaysPerMonth = 30.4375;
    private static readonly TimeSpan SchedulerDelay = TimeSpan.FromMinutes(1);

    private Commission _c = null!;
    private Actor _owner = null!;
    private Actor _procurement = null!;
    private Actor _secondProcurement = null!;

    /// <summary>When the history ends: the last event, or the quiet spell after it.</summary>
    public DateTimeOffset At { get; private set; }

    public Commission Build(int number, CommissionState target, DateTimeOffset origin)
    {
        At = origin;
        _owner = staff.PickOwner(random);
        (_procurement, _secondProcurement) = staff.PickProcurementPair(random);
        switch (target)
        {
            case Declined:
                RunTo(number, AwaitingDecision, withTenders: true);
                Fire(CommissionTrigger.Decline, staff.Commissioner, "The need is better met through the existing contract.");
                break;
            case Unsuccessful:
                RunTo(number, Opening, withTenders: false);
                Fire(CommissionTrigger.CloseAsUnsuccessful, _procurement, "No tenders were received by the deadline.");
                break;
            case Closed:
                RunTo(number, ContractManagement, withTenders: true, closing: true);
                break;
            case Cancelled:
                Cancel(number, StateMix.PickCancelledFrom(random));
                break;
            default:
                RunTo(number, target, withTenders: true);
                return _c;
        }
        Wait(0, 900);
        return _c;
    }

    private void Cancel(int number, CommissionState from)
    {
        RunTo(number, from, withTenders: true);
        if (from == Suspended && random.Next(2) == 0)
            Fire(CommissionTrigger.CancelAfterChallenge, _procurement, "The challenge was upheld on the scoring of quality.");
        else
            Fire(CommissionTrigger.Cancel, random.Next(2) == 0 ? _owner : _procurement, "The requirement will be met by a regional contract.",
                (CancellationReasonCode)random.Next(3));
    }

    /// <summary>Moves the commission stage by stage until it reaches the stop, spending the stop's time there.</summary>
    private void RunTo(int number, CommissionState stop, bool withTenders, bool closing = false)
    {
        Draft(number, stop);
        if (stop == DecisionNoteDraft) return;
        Decide(stop);
        if (stop == AwaitingDecision) return;
        AssessEquality(stop);
        if (stop == EqualityAssessment) return;
        PrepareItt(stop);
        if (stop == IttPreparation) return;
        HoldClarifications(stop);
        if (stop == ClarificationPeriod) return;
        HoldTenderPeriod(stop, withTenders);
        if (stop == TenderPeriod) return;
        Open(stop, withTenders);
        if (stop == Opening) return;
        Evaluate(stop);
        if (stop == Evaluation) return;
        HoldStandstill(stop);
        if (stop is Standstill or Suspended) return;
        Award(stop);
        if (stop == Awarded) return;
        Mobilise(stop);
        if (stop == Mobilisation) return;
        ManageContract(closing);
    }

    private void Draft(int number, CommissionState stop)
    {
        var complete = stop != DecisionNoteDraft || random.Next(3) > 0;
        var details = CommissionTexts.Details(random, complete);
        var note = complete
            ? ReferenceCommission.DecisionNote(DateOnly.FromDateTime(At.AddMonths(4).Date), DateOnly.FromDateTime(At.AddDays(21).Date),
                _owner.DisplayName, DateOnly.FromDateTime(At.Date)).WithDetails(details)
            : new DecisionNoteContent().WithDetails(details);
        _c = Commission.Create(number, note, _owner, At);
        var first = _c.Details;
        Spread(slots.Take(BusyStage.Drafting), Days(1, 30), (i, _, at) =>
            _c.UpdateDetails(first with { Summary = $"{first.Summary} Revised after comments on draft {i + 1}." }, _owner, at));
        if (stop != DecisionNoteDraft) Fire(CommissionTrigger.SubmitForDecision, _owner);
    }

    private void Decide(CommissionState stop)
    {
        if (stop == AwaitingDecision)
        {
            var signers = staff.Signers.Where(_ => random.Next(2) == 0).ToList();
            Spread(signers.Count, Days(1, 20), (i, _, at) => _c.RecordSignOff(signers[i], "Content with the recommendation.", at));
            return;
        }
        if (random.NextDouble() < 0.15) ReturnForChanges();
        foreach (var signer in staff.Signers)
        {
            Wait(1, 6);
            _c.RecordSignOff(signer, "I support the recommendation.", At);
        }
        Wait(1, 5);
        Fire(CommissionTrigger.Approve, staff.Commissioner, "Meets a need identified in the police and crime plan and is affordable.");
    }

    private void ReturnForChanges()
    {
        Wait(1, 6);
        _c.RecordSignOff(staff.Signers.First(), "The exit arrangements need more detail.", At);
        Wait(1, 5);
        Fire(CommissionTrigger.ReturnForChanges, staff.Commissioner, "Set out the exit arrangements before I decide.");
        Wait(2, 10);
        _c.UpdateDetails(_c.Details with { Recommendation = _c.Details.Recommendation + " Exit arrangements are set out in the annex." }, _owner, At);
        Wait(0.5, 3);
        Fire(CommissionTrigger.SubmitForDecision, _owner);
    }

    private void AssessEquality(CommissionState stop)
    {
        Wait(1, 5);
        if (stop == EqualityAssessment && random.Next(2) == 0)
        {
            Wait(1, 20);
            return;
        }
        Spread(slots.Take(BusyStage.EqualityAssessment), Days(3, 15), (i, _, at) =>
            _c.SubmitEqualityAssessment(_owner, 1 + i % (Commission.ProtectedCharacteristicCount - 1), at));
        _c.SubmitEqualityAssessment(_owner, Commission.ProtectedCharacteristicCount, At);
        if (stop == EqualityAssessment)
        {
            Wait(0.5, 10);
            return;
        }
        Wait(1, 5);
        Fire(CommissionTrigger.PassEqualityAssessment, staff.PickEqualityLead(random));
    }

    private void Fire(CommissionTrigger trigger, Actor actor, string? reason = null, CancellationReasonCode? code = null, DateTimeOffset? date = null) =>
        _c.Fire(trigger, new TransitionRequest(actor, At, reason, code, date));

    private TimeSpan Days(double from, double to) => TimeSpan.FromDays(from + random.NextDouble() * (to - from));

    private void Wait(double fromDays, double toDays) => At += Days(fromDays, toDays);

    /// <summary>Records events evenly over a spell, then moves on to its end.</summary>
    private void Spread(int count, TimeSpan spell, Action<int, int, DateTimeOffset> record)
    {
        for (var i = 0; i < count; i++) record(i, count, At + spell * (i + 1) / (count + 1));
        At += spell;
    }
}
