using System.Text.Json;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Commissions;

/// <summary>
/// One purchase, from decision note to contract close. The aggregate holds the facts its workflow's
/// guards read; later features record those facts through the methods here, never by setting state.
/// </summary>
public sealed partial class Commission
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 8000;
    public const int ReasonMaxLength = 2000;
    public const int ProtectedCharacteristicCount = 9;

    private readonly List<SignOff> _signOffs = [];
    private readonly List<OpeningConfirmation> _openingConfirmations = [];
    private readonly List<CommissionChange> _changes = [];

    private Commission() { }

    public static Commission Create(int number, CommissionDetails details, Actor owner, DateTimeOffset at)
    {
        RequireRole(owner, Roles.CommissioningOfficer, "create a commission");
        details.Validate();
        var commission = new Commission
        {
            Id = Guid.NewGuid(),
            Number = number,
            OwnerId = owner.UserId,
            OwnerName = owner.DisplayName,
            State = CommissionState.DecisionNoteDraft,
            CreatedAt = at,
            DecisionNoteVersion = 1,
        };
        commission.ApplyDetails(details);
        commission.Record(owner, at, "Created", $"Commission {commission.Reference} created", after: details);
        return commission;
    }

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public string Reference => $"COM-{Number:0000}";
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Recommendation { get; private set; } = "";
    public string OwnerId { get; private set; } = "";
    public string OwnerName { get; private set; } = "";
    public CommissionState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>App-managed concurrency token: a new value on every change, checked on every save.</summary>
    public Guid ConcurrencyToken { get; private set; } = Guid.NewGuid();

    public Money? AnnualValueLow { get; private set; }
    public Money? AnnualValueHigh { get; private set; }
    public int? InitialTermMonths { get; private set; }
    public int ExtensionOptionCount { get; private set; }
    public int ExtensionOptionMonths { get; private set; }
    public ProcurementRoute? Route { get; private set; }

    public int DecisionNoteVersion { get; private set; }
    public IReadOnlyList<SignOff> SignOffs => _signOffs.AsReadOnly();
    public DateTimeOffset? DecisionApprovedAt { get; private set; }
    public string? DecisionRationale { get; private set; }

    public string? EqualityAssessmentAuthorId { get; private set; }
    public int CharacteristicsAssessed { get; private set; }
    public DateTimeOffset? EqualityAssessmentSubmittedAt { get; private set; }
    public DateTimeOffset? EqualityAssessmentPassedAt { get; private set; }

    public int CriteriaWeightTotal { get; private set; }
    public int IttDocumentCount { get; private set; }
    public int InvitedActiveSupplierCount { get; private set; }
    public DateTimeOffset? ClarificationDeadline { get; private set; }
    public DateTimeOffset? TenderDeadline { get; private set; }
    public int UnansweredClarificationCount { get; private set; }

    public int TendersReceivedCount { get; private set; }
    public IReadOnlyList<OpeningConfirmation> OpeningConfirmations => _openingConfirmations.AsReadOnly();

    public bool AllCompliantTendersModerated { get; private set; }
    public bool AwardRecommendationApproved { get; private set; }
    public bool BidderLettersReady { get; private set; }
    public DateTimeOffset? StandstillEndsAt { get; private set; }
    public bool ChallengeOpen { get; private set; }

    public bool ContractSigned { get; private set; }
    public DateOnly? ContractEndsOn { get; private set; }
    public int OutstandingMandatoryMobilisationItems { get; private set; }
    public bool DpiaCompleted { get; private set; }
    public int ExtensionsTaken { get; private set; }

    public CancellationReasonCode? CancellationCode { get; private set; }
    public string? EndReason { get; private set; }

    /// <summary>The next timed move's due instant, kept so the scheduler can find due moves with one indexed query.</summary>
    public DateTimeOffset? NextTimedMoveAt { get; private set; }

    public bool IsTerminal => State is CommissionState.Closed or CommissionState.Declined
        or CommissionState.Cancelled or CommissionState.Unsuccessful;

    /// <summary>Changes made since the commission was loaded, for the audit trail; cleared once stored.</summary>
    public IReadOnlyList<CommissionChange> PendingChanges => _changes.AsReadOnly();

    public void ClearPendingChanges() => _changes.Clear();

    public IReadOnlyList<string> MissingDecisionNoteSections()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Title)) missing.Add("title");
        if (string.IsNullOrWhiteSpace(Summary)) missing.Add("summary");
        if (string.IsNullOrWhiteSpace(Recommendation)) missing.Add("recommendation");
        return missing;
    }

    public CommissionDetails Details => new(Title, Summary, Recommendation, AnnualValueLow, AnnualValueHigh,
        InitialTermMonths, ExtensionOptionCount, ExtensionOptionMonths, Route);

    public void UpdateDetails(CommissionDetails details, Actor actor, DateTimeOffset at)
    {
        RequireRole(actor, Roles.CommissioningOfficer, "edit the decision note");
        RequireState("edit the decision note", CommissionState.DecisionNoteDraft);
        details.Validate();
        var before = Details;
        if (before == details) return;
        ApplyDetails(details);
        Record(actor, at, "DetailsUpdated", "Decision note details changed", before: before, after: details);
    }

    public void RecordSignOff(Actor actor, string comment, DateTimeOffset at)
    {
        RequireRole(actor, Roles.Approver, "sign off a decision note");
        RequireState("record a sign-off", CommissionState.AwaitingDecision);
        if (actor.Position is not (ApproverPosition.ChiefExecutive or ApproverPosition.Section151Officer or ApproverPosition.MonitoringOfficer))
            throw new DomainRuleException("Only the Chief Executive, the Section 151 Officer or the Monitoring Officer record sign-offs; the Commissioner decides.");
        RequireText(comment, "A sign-off needs a comment");
        var position = actor.Position.Value;
        _signOffs.RemoveAll(s => s.Position == position && s.NoteVersion == DecisionNoteVersion);
        _signOffs.Add(new SignOff(position, actor.UserId, actor.DisplayName, comment.Trim(), DecisionNoteVersion, at));
        Record(actor, at, "SignOffRecorded", $"{position.Describe()} signed off version {DecisionNoteVersion}", reason: comment.Trim());
    }

    public bool HasSignOff(ApproverPosition position) =>
        _signOffs.Any(s => s.Position == position && s.NoteVersion == DecisionNoteVersion);

    public void SubmitEqualityAssessment(Actor actor, int characteristicsAssessed, DateTimeOffset at)
    {
        RequireRole(actor, Roles.CommissioningOfficer, "submit the equality impact assessment");
        RequireState("submit the equality impact assessment", CommissionState.EqualityAssessment);
        if (characteristicsAssessed is < 0 or > ProtectedCharacteristicCount)
            throw new DomainRuleException($"The number of characteristics assessed must be between 0 and {ProtectedCharacteristicCount}.");
        EqualityAssessmentAuthorId = actor.UserId;
        CharacteristicsAssessed = characteristicsAssessed;
        EqualityAssessmentSubmittedAt = at;
        Record(actor, at, "EqualityAssessmentSubmitted",
            $"EIA submitted for quality assurance ({characteristicsAssessed} of {ProtectedCharacteristicCount} characteristics assessed)");
    }

    public void RecordIttReadiness(Actor actor, int criteriaWeightTotal, int documentCount, int invitedActiveSuppliers, DateTimeOffset at)
    {
        RequireRole(actor, Roles.ProcurementOfficer, "prepare the ITT");
        RequireState("prepare the ITT", CommissionState.IttPreparation);
        var before = new { CriteriaWeightTotal, IttDocumentCount, InvitedActiveSupplierCount };
        CriteriaWeightTotal = criteriaWeightTotal;
        IttDocumentCount = documentCount;
        InvitedActiveSupplierCount = invitedActiveSuppliers;
        Record(actor, at, "IttPrepared", "ITT readiness recorded", before: before,
            after: new { CriteriaWeightTotal, IttDocumentCount, InvitedActiveSupplierCount });
    }

    public void SetTenderTimetable(Actor actor, DateTimeOffset clarificationDeadline, DateTimeOffset tenderDeadline, DateTimeOffset at)
    {
        RequireRole(actor, Roles.ProcurementOfficer, "set the tender timetable");
        RequireState("set the tender timetable", CommissionState.IttPreparation);
        if (tenderDeadline <= clarificationDeadline)
            throw new DomainRuleException("The tender deadline must come after the clarification deadline.");
        var before = new { ClarificationDeadline, TenderDeadline };
        ClarificationDeadline = clarificationDeadline;
        TenderDeadline = tenderDeadline;
        Record(actor, at, "TimetableSet", "Tender timetable set", before: before, after: new { ClarificationDeadline, TenderDeadline });
    }

    public void ExtendTenderDeadline(Actor actor, DateTimeOffset newDeadline, string reason, DateTimeOffset at)
    {
        RequireRole(actor, Roles.ProcurementOfficer, "extend the tender deadline");
        RequireState("extend the tender deadline", CommissionState.ClarificationPeriod, CommissionState.TenderPeriod);
        RequireText(reason, "Say why the deadline is extended");
        if (newDeadline <= (TenderDeadline ?? at) || newDeadline <= at)
            throw new DomainRuleException("The new tender deadline must be later than the current one and in the future.");
        var before = new { TenderDeadline };
        TenderDeadline = newDeadline;
        UpdateNextTimedMove();
        Record(actor, at, "TenderDeadlineExtended", "Tender deadline extended", reason: reason.Trim(), before: before, after: new { TenderDeadline });
    }

    public void RecordUnansweredClarifications(Actor actor, int unanswered, DateTimeOffset at)
    {
        var before = new { UnansweredClarificationCount };
        UnansweredClarificationCount = Math.Max(0, unanswered);
        Record(actor, at, "ClarificationsCounted", "Unanswered clarifications recorded", before: before, after: new { UnansweredClarificationCount });
    }

    public void RecordTenderReceived(Actor actor, DateTimeOffset at)
    {
        RequireState("receive a tender", CommissionState.TenderPeriod, CommissionState.ClarificationPeriod);
        TendersReceivedCount++;
        Record(actor, at, "TenderReceived", $"Tender received ({TendersReceivedCount} in the box)");
    }

    public void ConfirmTenderOpening(Actor actor, DateTimeOffset at)
    {
        RequireRole(actor, Roles.ProcurementOfficer, "confirm the opening of tenders");
        RequireState("confirm the opening of tenders", CommissionState.Opening);
        if (_openingConfirmations.Any(c => c.UserId == actor.UserId))
            throw new DomainRuleException("You have already confirmed the opening; a second procurement officer must open the tenders.");
        _openingConfirmations.Add(new OpeningConfirmation(actor.UserId, actor.DisplayName, at));
        Record(actor, at, "OpeningConfirmed", $"{actor.DisplayName} confirmed the opening of tenders");
    }

    public void RecordEvaluationProgress(Actor actor, bool allCompliantModerated, bool recommendationApproved, bool lettersReady, DateTimeOffset at)
    {
        RequireState("record evaluation progress", CommissionState.Evaluation);
        var before = new { AllCompliantTendersModerated, AwardRecommendationApproved, BidderLettersReady };
        AllCompliantTendersModerated = allCompliantModerated;
        AwardRecommendationApproved = recommendationApproved;
        BidderLettersReady = lettersReady;
        Record(actor, at, "EvaluationProgress", "Evaluation progress recorded", before: before,
            after: new { AllCompliantTendersModerated, AwardRecommendationApproved, BidderLettersReady });
    }

    public void SetStandstillEnd(Actor actor, DateTimeOffset standstillEndsAt, string ruleApplied, DateTimeOffset at)
    {
        RequireState("set the standstill end", CommissionState.Evaluation);
        var before = new { StandstillEndsAt };
        StandstillEndsAt = standstillEndsAt;
        Record(actor, at, "StandstillEndSet", "Standstill end set", reason: ruleApplied, before: before, after: new { StandstillEndsAt });
    }

    public void RecordContractSigned(Actor actor, DateOnly contractEndsOn, DateTimeOffset at)
    {
        RequireRole(actor, Roles.ProcurementOfficer, "record the signed contract");
        RequireState("record the signed contract", CommissionState.Awarded);
        ContractSigned = true;
        ContractEndsOn = contractEndsOn;
        Record(actor, at, "ContractSigned", $"Contract signed, ending {contractEndsOn:d MMMM yyyy}");
    }

    public void RecordMobilisationProgress(Actor actor, int outstandingMandatoryItems, bool dpiaCompleted, DateTimeOffset at)
    {
        RequireState("record mobilisation progress", CommissionState.Mobilisation);
        var before = new { OutstandingMandatoryMobilisationItems, DpiaCompleted };
        OutstandingMandatoryMobilisationItems = Math.Max(0, outstandingMandatoryItems);
        DpiaCompleted = dpiaCompleted;
        Record(actor, at, "MobilisationProgress", "Mobilisation progress recorded", before: before,
            after: new { OutstandingMandatoryMobilisationItems, DpiaCompleted });
    }

    private void ApplyDetails(CommissionDetails details)
    {
        Title = details.Title.Trim();
        Summary = details.Summary.Trim();
        Recommendation = details.Recommendation.Trim();
        AnnualValueLow = details.AnnualValueLow;
        AnnualValueHigh = details.AnnualValueHigh;
        InitialTermMonths = details.InitialTermMonths;
        ExtensionOptionCount = details.ExtensionOptionCount;
        ExtensionOptionMonths = details.ExtensionOptionMonths;
        Route = details.Route;
    }

    private void UpdateNextTimedMove() => NextTimedMoveAt = State switch
    {
        CommissionState.ClarificationPeriod => ClarificationDeadline,
        CommissionState.TenderPeriod => TenderDeadline,
        _ => null,
    };

    private void Record(Actor actor, DateTimeOffset at, string action, string summary, string? reason = null,
        object? before = null, object? after = null)
    {
        Touch(at);
        _changes.Add(new CommissionChange(actor, at, action, summary, Reason: reason,
            Before: before is null ? null : JsonSerializer.Serialize(before),
            After: after is null ? null : JsonSerializer.Serialize(after)));
    }

    private void Touch(DateTimeOffset at)
    {
        ConcurrencyToken = Guid.NewGuid();
        LastChangedAt = at;
    }

    private static void RequireRole(Actor actor, string role, string doing)
    {
        if (!actor.IsInRole(role))
            throw new DomainRuleException($"Only {Roles.DescribeOne(role)} can {doing}.");
    }

    private void RequireState(string doing, params CommissionState[] states)
    {
        if (!states.Contains(State))
            throw new DomainRuleException($"You cannot {doing} now: the commission is at {CommissionStages.DescribeState(State)}.");
    }

    private static void RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException(message + ".");
        if (text.Length > ReasonMaxLength) throw new DomainRuleException($"Keep it to {ReasonMaxLength} characters.");
    }
}
