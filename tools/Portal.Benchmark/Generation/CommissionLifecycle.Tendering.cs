using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionState;

namespace Portal.Benchmark.Generation;

public sealed partial class CommissionLifecycle
{
    private TimeSpan _clarificationSpell;
    private TimeSpan _tenderSpell;

    private void PrepareItt(CommissionState stop)
    {
        Spread(slots.Take(BusyStage.IttPreparation), Days(5, 30), (i, _, at) =>
            _c.RecordIttReadiness(_procurement, Math.Min(95, 20 + 5 * i), 1 + i % 12, i % 4, at));
        if (stop == IttPreparation)
        {
            Wait(0.5, 10);
            return;
        }
        _c.RecordIttReadiness(_procurement, 100, random.Next(3, 9), random.Next(2, 6), At);
        var issueAt = At + Days(1, 5);
        var (clarificationDeadline, tenderDeadline) = PlanTimetable(stop, issueAt);
        _c.SetTenderTimetable(_procurement, clarificationDeadline, tenderDeadline, At);
        At = issueAt;
        Fire(CommissionTrigger.IssueItt, _procurement);
    }

    /// <summary>
    /// Deadlines that fall where the commission's story needs them. A commission that stops in its clarification or
    /// tender period is live, so its history ends now and its deadline lies ahead, within the dashboard's fortnight
    /// or beyond it; one that moves on closes each period a minute after the deadline, as the scheduler would.
    /// </summary>
    private (DateTimeOffset Clarification, DateTimeOffset Tender) PlanTimetable(CommissionState stop, DateTimeOffset issueAt)
    {
        DateTimeOffset clarification;
        if (stop == ClarificationPeriod)
        {
            _clarificationSpell = Days(0.5, 10);
            clarification = issueAt + _clarificationSpell + Days(0.3, 25);
            return (clarification, clarification + Days(7, 21));
        }
        clarification = issueAt + Days(5, 14);
        _clarificationSpell = clarification + SchedulerDelay - issueAt;
        var clarificationClosed = clarification + SchedulerDelay;
        if (stop == TenderPeriod)
        {
            _tenderSpell = Days(0.5, 10);
            return (clarification, clarificationClosed + _tenderSpell + Days(0.3, 25));
        }
        var tender = clarification + Days(7, 21);
        _tenderSpell = tender + SchedulerDelay - clarificationClosed;
        return (clarification, tender);
    }

    private void HoldClarifications(CommissionState stop)
    {
        Spread(slots.Take(BusyStage.Clarifications), _clarificationSpell, CountClarifications);
        if (stop != ClarificationPeriod) Fire(CommissionTrigger.ClarificationDeadlinePassed, Actor.System, "The deadline passed");
    }

    private void HoldTenderPeriod(CommissionState stop, bool withTenders)
    {
        var questions = slots.Take(BusyStage.Tendering);
        var tenders = withTenders ? random.Next(1, 7) : 0;
        // Some live tender periods have questions still unanswered, which keeps the tender box from closing.
        var unanswered = stop == TenderPeriod && random.Next(3) == 0 ? random.Next(1, 6) : 0;
        // Tenders arrive near the deadline, after the questions.
        Spread(questions + tenders + Math.Sign(unanswered), _tenderSpell, (i, _, at) =>
        {
            if (i < questions) CountClarifications(i, questions, at);
            else if (i < questions + tenders) _c.RecordTenderReceived(_procurement, at);
            else _c.RecordUnansweredClarifications(_procurement, unanswered, at);
        });
        if (stop == TenderPeriod) return;
        Fire(CommissionTrigger.TenderDeadlinePassed, Actor.System, "The deadline passed");
    }

    /// <summary>Questions come in and are answered; the last count is nought, so the tender box can close.</summary>
    private void CountClarifications(int index, int count, DateTimeOffset at) =>
        _c.RecordUnansweredClarifications(_procurement, index == count - 1 ? 0 : 1 + routine.Next(6), at);

    private void Open(CommissionState stop, bool withTenders)
    {
        if (stop == Opening)
        {
            if (withTenders && random.Next(2) == 0)
            {
                Wait(0.05, 1);
                _c.ConfirmTenderOpening(_secondProcurement, At);
            }
            Wait(0.1, 3);
            return;
        }
        Wait(0.1, 2);
        _c.ConfirmTenderOpening(_secondProcurement, At);
        At += TimeSpan.FromMinutes(10);
        Fire(CommissionTrigger.OpenTenders, _procurement);
    }

    private void Evaluate(CommissionState stop)
    {
        Spread(slots.Take(BusyStage.Evaluation), stop == Evaluation ? Days(1, 30) : Days(10, 40), (i, count, at) =>
            _c.RecordEvaluationProgress(_procurement, i >= count / 2, i >= 3 * count / 4, false, at));
        if (stop == Evaluation) return;
        Wait(0.5, 3);
        _c.RecordEvaluationProgress(_procurement, true, true, true, At);
        Wait(0.1, 0.9);
        var intentionAt = At + Days(0.5, 2);
        _c.SetStandstillEnd(_procurement, intentionAt.AddDays(10), "Voluntary standstill: 10 calendar days from the intention to award", At);
        At = intentionAt;
        Fire(CommissionTrigger.IssueIntentionToAward, _procurement);
    }

    /// <summary>Most standstills run their ten days; a few are challenged, suspended and restarted.</summary>
    private void HoldStandstill(CommissionState stop)
    {
        if (stop == Suspended || random.NextDouble() < 0.1)
        {
            Wait(1, 8);
            Fire(CommissionTrigger.ReceiveChallenge, _procurement, "A bidder challenged the evaluation of price.");
            if (stop == Suspended)
            {
                Wait(1, 20);
                return;
            }
            Wait(5, 30);
            Fire(CommissionTrigger.RestartStandstill, _procurement, "The evaluation was reviewed and stands.", date: At.AddDays(10));
        }
        if (stop == Standstill)
        {
            // Some live standstills have ended and wait for the award to be confirmed.
            Wait(0.2, 14);
            return;
        }
        At = _c.StandstillEndsAt!.Value + Days(0.05, 3);
        Fire(CommissionTrigger.ConfirmAward, _procurement);
    }
}
