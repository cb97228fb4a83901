using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionState;
using static Portal.Domain.Commissions.CommissionTrigger;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain;

/// <summary>The requirements of the guards the builder knows how to satisfy, as CommissionRules names them.</summary>
internal static class GuardNames
{
    public const string MandatorySections = "mandatory sections complete";
    public const string ValueAndRoute = "value and route set";
    public const string ChiefExecutiveSigned = "Chief Executive signed this version";
    public const string Section151Signed = "Section 151 Officer signed this version";
    public const string MonitoringOfficerSigned = "Monitoring Officer signed this version";
    public const string EiaSubmitted = "EIA submitted for QA";
    public const string AllCharacteristics = "all protected characteristics assessed";
    public const string QaByAnother = "QA by someone other than the author";
    public const string DecisionApproved = "decision approved";
    public const string EiaPassed = "EIA passed";
    public const string TimetableValid = "timetable valid";
    public const string WeightsTotalHundred = "criteria weights total 100%";
    public const string DocumentsAttached = "ITT documents attached";
    public const string SupplierInvited = "an active supplier on the lot invited";
    public const string ClarificationDeadlinePassed = "clarification deadline passed";
    public const string TenderDeadlinePassed = "tender deadline passed";
    public const string NoUnansweredClarifications = "no clarification unanswered";
    public const string TendersReceived = "tenders received";
    public const string NoTendersReceived = "no tenders received";
    public const string SecondOfficerConfirmed = "confirmed by a second procurement officer";
    public const string AllModerated = "every compliant tender moderated";
    public const string RecommendationApproved = "award recommendation approved";
    public const string LettersReady = "a letter for every bidder";
    public const string StandstillEndSet = "standstill end set";
    public const string StandstillEnded = "server clock past standstill end";
    public const string NoChallengeOpen = "no challenge open";
    public const string NewStandstillEndGiven = "new standstill end given";
    public const string ContractSigned = "contract signed";
    public const string DpiaCompleted = "DPIA completed";
    public const string MobilisationItemsDone = "mandatory mobilisation items done";
    public const string ExtensionOptionRemains = "an extension option remains";
    public const string NewEndDateLater = "new end date after the current one";
}

/// <summary>
/// Drives a commission along the main path through its public methods only, meeting every guard on the way
/// unless the test names that guard as one to leave unmet. Time is a fixed clock the builder moves forward.
/// </summary>
internal sealed class CommissionBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public const string Title = "Commissioning of Employment Support Service for Offenders";

    private static readonly HashSet<string> KnownGuards = typeof(GuardNames)
        .GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

    private static int _lastNumber;
    private readonly HashSet<string> _unmet = [];
    private int _extensionOptions = 2;

    public CommissionBuilder()
    {
        Commission = Commission.Create(Interlocked.Increment(ref _lastNumber),
            new CommissionDetails(Title, "", "", null, null, null, 0, 0, null), CommissioningOfficer, Now);
    }

    public Commission Commission { get; }
    public DateTimeOffset Now { get; private set; } = Start;

    /// <summary>A commission standing in the rule's From state with every guard of the rule met but those named.</summary>
    public static CommissionBuilder ReadyFor(TransitionRule rule, params string[] unmet)
    {
        var builder = new CommissionBuilder().LeavingUnmet(unmet);
        // Closing as unsuccessful is the path where the tender box stays empty.
        if (rule.Trigger == CloseAsUnsuccessful && !unmet.Contains(GuardNames.NoTendersReceived))
            builder.LeavingUnmet(GuardNames.TendersReceived);
        return builder.Reach(rule.From);
    }

    public static CommissionBuilder At(CommissionState state, params string[] unmet) =>
        new CommissionBuilder().LeavingUnmet(unmet).Reach(state);

    public CommissionBuilder LeavingUnmet(params string[] requirements)
    {
        foreach (var requirement in requirements)
        {
            if (!KnownGuards.Contains(requirement))
                throw new ArgumentException($"The builder does not know the guard \"{requirement}\".", nameof(requirements));
            _unmet.Add(requirement);
        }
        return this;
    }

    public CommissionBuilder WithExtensionOptions(int count)
    {
        _extensionOptions = count;
        return this;
    }

    public CommissionBuilder Reach(CommissionState target)
    {
        while (Commission.State != target)
        {
            Prepare();
            Commission.Fire(MainExit(target), RequestFor(MainExit(target)));
        }
        Prepare();
        return this;
    }

    public CommissionBuilder Fire(CommissionTrigger trigger)
    {
        Commission.Fire(trigger, RequestFor(trigger));
        return this;
    }

    public CommissionBuilder AdvanceTo(DateTimeOffset instant)
    {
        Now = instant;
        return this;
    }

    public CommissionBuilder AdvanceBy(TimeSpan span) => AdvanceTo(Now + span);

    /// <summary>A request a permitted actor would send now, carrying whatever the trigger asks for.</summary>
    public TransitionRequest RequestFor(CommissionTrigger trigger) => RequestFor(trigger, ActorFor(trigger));

    public TransitionRequest RequestFor(CommissionTrigger trigger, Actor actor)
    {
        var policy = TriggerPolicy.For(trigger);
        return new TransitionRequest(actor, Now,
            Reason: policy.NeedsReason ? $"Reason given for {policy.Label.ToLowerInvariant()}" : null,
            CancellationCode: policy.NeedsCancellationCode ? CancellationReasonCode.FundingWithdrawn : null,
            NewDate: policy.NeedsDate ? NewDateFor(trigger) : null);
    }

    public Actor ActorFor(CommissionTrigger trigger) => trigger switch
    {
        SubmitForDecision or StartMobilisation or CommenceService or TakeExtension or CloseContract or Cancel => CommissioningOfficer,
        Approve or ReturnForChanges or Decline => Commissioner,
        PassEqualityAssessment => Unmet(GuardNames.QaByAnother) ? EqualityLeadWhoAlsoCommissions : EqualityLead,
        CommissionTrigger.ClarificationDeadlinePassed or CommissionTrigger.TenderDeadlinePassed => Scheduler,
        _ => ProcurementOfficer,
    };

    private bool Unmet(string requirement) => _unmet.Contains(requirement);

    private DateTimeOffset NewDateFor(CommissionTrigger trigger)
    {
        if (trigger == RestartStandstill)
            return Unmet(GuardNames.NewStandstillEndGiven) ? Now : Now.AddDays(10);
        var currentEnd = Commission.ContractEndsOn ?? DateOnly.FromDateTime(Now.UtcDateTime);
        var newEnd = Unmet(GuardNames.NewEndDateLater) ? currentEnd : currentEnd.AddMonths(12);
        return new DateTimeOffset(newEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private CommissionTrigger MainExit(CommissionState target) => Commission.State switch
    {
        DecisionNoteDraft => SubmitForDecision,
        AwaitingDecision => Approve,
        EqualityAssessment => PassEqualityAssessment,
        IttPreparation => IssueItt,
        ClarificationPeriod => CommissionTrigger.ClarificationDeadlinePassed,
        TenderPeriod => CommissionTrigger.TenderDeadlinePassed,
        Opening => OpenTenders,
        Evaluation => IssueIntentionToAward,
        Standstill => target == Suspended ? ReceiveChallenge : ConfirmAward,
        Awarded => StartMobilisation,
        Mobilisation => CommenceService,
        _ => throw new InvalidOperationException($"The main path does not lead from {Commission.State} to {target}."),
    };

    /// <summary>Records the facts the current state's moves need, so the main exit (or the move under test) is allowed.</summary>
    private void Prepare()
    {
        var c = Commission;
        switch (c.State)
        {
            case DecisionNoteDraft:
                var note = ReferenceCommission.DecisionNote(new DateOnly(2026, 6, 1), new DateOnly(2026, 3, 20), "Priya Shah", new DateOnly(2026, 3, 2)) with
                {
                    Title = Title,
                    ExtensionOptionCount = _extensionOptions,
                    ExtensionOptionMonths = _extensionOptions > 0 ? 12 : 0,
                    Route = Unmet(GuardNames.ValueAndRoute) ? null : ProcurementRoute.FrameworkCallOff,
                };
                if (Unmet(GuardNames.MandatorySections)) note = note with { Summary = "", Recommendation = "" };
                c.UpdateDecisionNote(note, CommissioningOfficer, Now);
                break;
            case AwaitingDecision:
                if (!Unmet(GuardNames.ChiefExecutiveSigned)) c.RecordSignOff(ChiefExecutive, "Recommended.", Now);
                if (!Unmet(GuardNames.Section151Signed)) c.RecordSignOff(Section151Officer, "Funded from the reducing reoffending budget.", Now);
                if (!Unmet(GuardNames.MonitoringOfficerSigned)) c.RecordSignOff(MonitoringOfficer, "The call-off route is lawful.", Now);
                break;
            case EqualityAssessment:
                if (!Unmet(GuardNames.EiaSubmitted))
                    c.SubmitEqualityAssessment(Unmet(GuardNames.QaByAnother) ? EqualityLeadWhoAlsoCommissions : CommissioningOfficer,
                        Unmet(GuardNames.AllCharacteristics) ? 8 : 9, Now);
                break;
            case IttPreparation:
                c.RecordIttReadiness(ProcurementOfficer, Unmet(GuardNames.WeightsTotalHundred) ? 90 : 100,
                    Unmet(GuardNames.DocumentsAttached) ? 0 : 3, Unmet(GuardNames.SupplierInvited) ? 0 : 4, Now);
                if (!Unmet(GuardNames.TimetableValid))
                    c.SetTenderTimetable(ProcurementOfficer, Now.AddDays(2), Now.AddDays(9), Now);
                break;
            case ClarificationPeriod:
                if (!Unmet(GuardNames.ClarificationDeadlinePassed)) Now = c.ClarificationDeadline!.Value;
                break;
            case TenderPeriod:
                if (!Unmet(GuardNames.TendersReceived)) c.RecordTenderReceived(Supplier, Now);
                if (Unmet(GuardNames.NoUnansweredClarifications)) c.RecordUnansweredClarifications(ProcurementOfficer, 2, Now);
                if (!Unmet(GuardNames.TenderDeadlinePassed)) Now = c.TenderDeadline!.Value;
                break;
            case Opening:
                if (!Unmet(GuardNames.SecondOfficerConfirmed)) c.ConfirmTenderOpening(SecondProcurementOfficer, Now);
                break;
            case Evaluation:
                c.RecordEvaluationProgress(ProcurementOfficer, !Unmet(GuardNames.AllModerated),
                    !Unmet(GuardNames.RecommendationApproved), !Unmet(GuardNames.LettersReady), Now);
                if (!Unmet(GuardNames.StandstillEndSet))
                    c.SetStandstillEnd(ProcurementOfficer, Now.AddDays(10), "Voluntary standstill of 10 days", Now);
                break;
            case Standstill:
                if (!Unmet(GuardNames.StandstillEnded)) Now = c.StandstillEndsAt!.Value.AddMinutes(1);
                break;
            case Awarded:
                if (!Unmet(GuardNames.ContractSigned))
                    c.RecordContractSigned(ProcurementOfficer, DateOnly.FromDateTime(Now.UtcDateTime).AddMonths(24), Now);
                break;
            case Mobilisation:
                c.RecordMobilisationProgress(CommissioningOfficer, Unmet(GuardNames.MobilisationItemsDone) ? 2 : 0,
                    !Unmet(GuardNames.DpiaCompleted), Now);
                break;
            case ContractManagement:
                if (Unmet(GuardNames.ExtensionOptionRemains))
                    for (var taken = c.ExtensionsTaken; taken < c.ExtensionOptionCount; taken++)
                        c.Fire(TakeExtension, RequestFor(TakeExtension) with
                        {
                            NewDate = new DateTimeOffset(c.ContractEndsOn!.Value.AddMonths(12).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                        });
                break;
        }
    }
}
