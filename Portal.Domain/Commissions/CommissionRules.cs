using Portal.Domain.Common;
using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionState;
using static Portal.Domain.Commissions.CommissionTrigger;

namespace Portal.Domain.Commissions;

/// <summary>A condition a move needs: its requirement (as drawn on the workflow graph) and what a user is told when it fails.</summary>
public sealed record Guard(string Requirement, Func<Commission, TransitionRequest, bool> IsMet, Func<Commission, TransitionRequest, string> BlockedReason)
{
    public Guard(string requirement, Func<Commission, TransitionRequest, bool> isMet, string blockedReason)
        : this(requirement, isMet, (_, _) => blockedReason) { }

    /// <summary>True when the guard checks what the user gives with the move (a date), which is only known when it is fired.</summary>
    public bool ChecksRequestInput { get; init; }
}

public sealed record TransitionRule(CommissionState From, CommissionTrigger Trigger, CommissionState To, IReadOnlyList<Guard> Guards)
{
    public bool IsInternal => From == To;
}

/// <summary>The lifecycle of domain.md as data: every move, where it leads, and the guards it needs.</summary>
public static class CommissionRules
{
    private static readonly Guard MandatorySectionsComplete = new("mandatory sections complete",
        (c, _) => c.MissingDecisionNoteSections().Count == 0,
        (c, _) => $"The decision note is missing its {string.Join(", ", c.MissingDecisionNoteSections())}.");

    private static readonly Guard ValueAndRouteSet = new("value and route set",
        (c, _) => c.Details.ValueAndRouteSet && c.DecisionNote.InitialTermStartsOn is not null,
        "The annual value, the initial term with its start date, and the procurement route must all be set.");

    private static Guard SignedOffBy(ApproverPosition position) => new($"{position.Describe()} signed this version",
        (c, _) => c.HasSignOff(position),
        (c, _) => $"The {position.Describe()} has not signed off version {c.DecisionNoteVersion} of the decision note.");

    private static readonly Guard AllCharacteristicsAssessed = new("all protected characteristics assessed",
        (c, _) => c.CharacteristicsAssessed == Commission.ProtectedCharacteristicCount,
        (c, _) => $"The EIA has assessed {c.CharacteristicsAssessed} of the {Commission.ProtectedCharacteristicCount} protected characteristics.");

    private static readonly Guard EqualityAssessmentSubmitted = new("EIA submitted for QA",
        (c, _) => c.EqualityAssessmentSubmittedAt is not null,
        "The EIA has not been submitted for quality assurance.");

    private static readonly Guard QualityAssuredByAnother = new("QA by someone other than the author",
        (c, r) => c.EqualityAssessmentAuthorId != r.Actor.UserId,
        "You wrote this EIA: another equality lead must quality-assure it.");

    private static readonly Guard DecisionApproved = new("decision approved",
        (c, _) => c.DecisionApprovedAt is not null, "The decision to go to market has not been approved.");

    private static readonly Guard EqualityAssessmentPassed = new("EIA passed",
        (c, _) => c.EqualityAssessmentPassedAt is not null, "The EIA has not passed quality assurance.");

    private static readonly Guard TimetableValid = new("timetable valid",
        (c, r) => c.ClarificationDeadline > r.At && c.TenderDeadline > c.ClarificationDeadline,
        (c, r) => c.ClarificationDeadline is null || c.TenderDeadline is null
            ? "The clarification and tender deadlines have not been set."
            : "The timetable is out of date: the clarification deadline must be in the future and before the tender deadline.");

    private static readonly Guard WeightsTotalHundred = new("criteria weights total 100%",
        (c, _) => c.CriteriaWeightTotal == 100,
        (c, _) => $"The evaluation criteria weights total {c.CriteriaWeightTotal}%, not 100%.");

    private static readonly Guard DocumentsAttached = new("ITT documents attached",
        (c, _) => c.IttDocumentCount > 0, "No ITT documents are attached.");

    private static readonly Guard SupplierInvited = new("an active supplier on the lot invited",
        (c, _) => c.InvitedActiveSupplierCount > 0, "No active supplier on the lot has been invited.");

    private static readonly Guard ClarificationDeadlineReached = new("clarification deadline passed",
        (c, r) => c.ClarificationDeadline <= r.At, "The clarification deadline has not passed yet.");

    private static readonly Guard TenderDeadlineReached = new("tender deadline passed",
        (c, r) => c.TenderDeadline <= r.At, "The tender deadline has not passed yet.");

    private static readonly Guard NoUnansweredClarifications = new("no clarification unanswered",
        (c, _) => c.UnansweredClarificationCount == 0,
        (c, _) => $"{c.UnansweredClarificationCount} clarification question(s) are unanswered: answer them or extend the tender deadline.");

    private static readonly Guard TendersReceived = new("tenders received",
        (c, _) => c.TendersReceivedCount > 0, "No tenders were received: close the commission as unsuccessful instead.");

    private static readonly Guard NoTendersReceived = new("no tenders received",
        (c, _) => c.TendersReceivedCount == 0, "Tenders were received: open them instead.");

    private static readonly Guard SecondOfficerConfirmed = new("confirmed by a second procurement officer",
        (c, r) => c.OpeningConfirmations.Any(o => o.UserId != r.Actor.UserId),
        "A second procurement officer must confirm the opening before you open the tenders.");

    private static readonly Guard AllModerated = new("every compliant tender moderated",
        (c, _) => c.AllCompliantTendersModerated, "Not every compliant tender has been moderated.");

    private static readonly Guard RecommendationApproved = new("award recommendation approved",
        (c, _) => c.AwardRecommendationApproved, "The award recommendation has not been approved.");

    private static readonly Guard LettersReady = new("a letter for every bidder",
        (c, _) => c.BidderLettersReady, "Not every bidder has an assessment summary letter ready.");

    private static readonly Guard StandstillEndSet = new("standstill end set",
        (c, _) => c.StandstillEndsAt is not null, "The standstill end date has not been calculated.");

    private static readonly Guard StandstillEnded = new("server clock past standstill end",
        (c, r) => c.StandstillEndsAt < r.At,
        (c, _) => $"Standstill runs until {UkTime.Format(c.StandstillEndsAt)}: the award can be confirmed only after that.");

    private static readonly Guard NoChallengeOpen = new("no challenge open",
        (c, _) => !c.ChallengeOpen, "A challenge is open.");

    private static readonly Guard NewStandstillEndGiven = new("new standstill end given",
        (_, r) => r.NewDate > r.At, "Give the restarted standstill's end date, later than now.") { ChecksRequestInput = true };

    private static readonly Guard ContractSigned = new("contract signed",
        (c, _) => c.ContractSigned, "The contract has not been signed.");

    private static readonly Guard DpiaCompleted = new("DPIA completed",
        (c, _) => c.DpiaCompleted, "The data protection impact assessment (DPIA) has not been completed.");

    private static readonly Guard MobilisationItemsDone = new("mandatory mobilisation items done",
        (c, _) => c.OutstandingMandatoryMobilisationItems == 0,
        (c, _) => $"{c.OutstandingMandatoryMobilisationItems} mandatory mobilisation item(s) are not done.");

    private static readonly Guard ExtensionOptionRemains = new("an extension option remains",
        (c, _) => c.ExtensionsTaken < c.ExtensionOptionCount,
        (c, _) => c.ExtensionOptionCount == 0
            ? "The contract has no extension options."
            : $"All {c.ExtensionOptionCount} extension options have been taken.");

    private static readonly Guard NewEndDateLater = new("new end date after the current one",
        (c, r) => r.NewDate is { } date && (c.ContractEndsOn is null || DateOnly.FromDateTime(date.Date) > c.ContractEndsOn),
        "Give the extended contract's new end date, later than the current end date.") { ChecksRequestInput = true };

    private static readonly CommissionState[] CancellableStates =
        [DecisionNoteDraft, AwaitingDecision, EqualityAssessment, IttPreparation, ClarificationPeriod,
         TenderPeriod, Opening, Evaluation, Standstill, Suspended];

    public static IReadOnlyList<TransitionRule> All { get; } =
    [
        new(DecisionNoteDraft, SubmitForDecision, AwaitingDecision, [MandatorySectionsComplete, ValueAndRouteSet]),
        new(AwaitingDecision, Approve, EqualityAssessment,
            [SignedOffBy(ApproverPosition.ChiefExecutive), SignedOffBy(ApproverPosition.Section151Officer), SignedOffBy(ApproverPosition.MonitoringOfficer)]),
        new(AwaitingDecision, ReturnForChanges, DecisionNoteDraft, []),
        new(AwaitingDecision, Decline, Declined, []),
        new(EqualityAssessment, PassEqualityAssessment, IttPreparation,
            [EqualityAssessmentSubmitted, AllCharacteristicsAssessed, QualityAssuredByAnother]),
        new(IttPreparation, IssueItt, ClarificationPeriod,
            [DecisionApproved, EqualityAssessmentPassed, TimetableValid, WeightsTotalHundred, DocumentsAttached, SupplierInvited]),
        new(ClarificationPeriod, ClarificationDeadlinePassed, TenderPeriod, [ClarificationDeadlineReached]),
        new(TenderPeriod, TenderDeadlinePassed, Opening, [TenderDeadlineReached, NoUnansweredClarifications]),
        new(Opening, OpenTenders, Evaluation, [TendersReceived, SecondOfficerConfirmed]),
        new(Opening, CloseAsUnsuccessful, Unsuccessful, [NoTendersReceived]),
        new(Evaluation, IssueIntentionToAward, Standstill, [AllModerated, RecommendationApproved, LettersReady, StandstillEndSet]),
        new(Standstill, ConfirmAward, Awarded, [StandstillEnded, NoChallengeOpen]),
        new(Standstill, ReceiveChallenge, Suspended, []),
        new(Suspended, RestartStandstill, Standstill, [NewStandstillEndGiven]),
        new(Suspended, CancelAfterChallenge, Cancelled, []),
        new(Awarded, StartMobilisation, CommissionState.Mobilisation, [ContractSigned]),
        new(CommissionState.Mobilisation, CommenceService, ContractManagement, [DpiaCompleted, MobilisationItemsDone]),
        new(ContractManagement, TakeExtension, ContractManagement, [ExtensionOptionRemains, NewEndDateLater]),
        new(ContractManagement, CloseContract, Closed, []),
        .. CancellableStates.Select(s => new TransitionRule(s, Cancel, Cancelled, [])),
    ];

    public static IEnumerable<TransitionRule> From(CommissionState state) => All.Where(r => r.From == state);
}
