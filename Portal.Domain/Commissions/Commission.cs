using System.Text.Json;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
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
    private readonly List<DecisionNoteVersion> _noteVersions = [];
    private readonly List<OpeningConfirmation> _openingConfirmations = [];
    private readonly List<CommissionChange> _changes = [];

    private Commission() { }

    public static Commission Create(int number, CommissionDetails details, Actor owner, DateTimeOffset at) =>
        Create(number, new DecisionNoteContent().WithDetails(details), owner, at);

    public static Commission Create(int number, DecisionNoteContent note, Actor owner, DateTimeOffset at)
    {
        RequireRole(owner, Roles.CommissioningOfficer, "create a commission");
        ValidateNote(note);
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
        commission.ApplyNote(note);
        commission._noteVersions.Add(new DecisionNoteVersion(1, note, owner.UserId, owner.DisplayName, at));
        commission.Record(owner, at, "Created", $"Commission {commission.Reference} created", after: new { note.Title });
        return commission;
    }

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public string Reference => FormatReference(Number);

    public static string FormatReference(int number) => $"COM-{number:0000}";
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
    public IReadOnlyList<DecisionNoteVersion> NoteVersions => _noteVersions.AsReadOnly();
    public IReadOnlyList<SignOff> SignOffs => _signOffs.AsReadOnly();
    public DateTimeOffset? DecisionApprovedAt { get; private set; }
    public string? DecisionRationale { get; private set; }
    public DateTimeOffset? DecisionRecordedAt { get; private set; }
    public string? DecisionNumber { get; private set; }

    /// <summary>Copied from the note so the public register can tell in one query whether a decision may be published yet.</summary>
    public PublicationDeferral? PublicationDeferral { get; private set; }
    public DateOnly? PublicationDeferredUntil { get; private set; }

    /// <summary>The note's content as it stands now (the latest version).</summary>
    public DecisionNoteContent DecisionNote => _noteCache ??= _noteVersions.Count == 0
        ? new DecisionNoteContent() : _noteVersions.MaxBy(v => v.Number)!.Content;

    private DecisionNoteContent? _noteCache;

    public DecisionNoteVersion? CurrentNoteVersion => _noteVersions.FirstOrDefault(v => v.Number == DecisionNoteVersion);

    /// <summary>A recorded decision that still waits for its number, which the caller allocates in the same transaction.</summary>
    public bool NeedsDecisionNumber => DecisionRecordedAt is not null && DecisionNumber is null;

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

    public IReadOnlyList<string> MissingDecisionNoteSections() =>
        DecisionNoteSections.Missing(DecisionNote).Select(s => s.Label).ToList();

    public CommissionDetails Details => new(Title, Summary, Recommendation, AnnualValueLow, AnnualValueHigh,
        InitialTermMonths, ExtensionOptionCount, ExtensionOptionMonths, Route);

    public void UpdateDetails(CommissionDetails details, Actor actor, DateTimeOffset at) =>
        UpdateDecisionNote(DecisionNote.WithDetails(details), actor, at);

    /// <summary>
    /// Saves the note. While nobody has signed the current version it is amended in place; once anyone has, the edit
    /// starts a new version, and the sign-offs given on the earlier one no longer count.
    /// </summary>
    public void UpdateDecisionNote(DecisionNoteContent note, Actor actor, DateTimeOffset at)
    {
        RequireRole(actor, Roles.CommissioningOfficer, "edit the decision note");
        RequireState("edit the decision note", CommissionState.DecisionNoteDraft, CommissionState.AwaitingDecision);
        ValidateNote(note);
        var before = DecisionNote;
        if (DecisionNotes.DecisionNoteVersion.Serialize(before) == DecisionNotes.DecisionNoteVersion.Serialize(note)) return;
        var changed = DecisionNoteChanges.Between(before, note);
        var current = CurrentNoteVersion;
        var signed = _signOffs.Any(s => s.NoteVersion == DecisionNoteVersion);
        if (current is null || signed)
        {
            DecisionNoteVersion++;
            _noteVersions.Add(new DecisionNoteVersion(DecisionNoteVersion, note, actor.UserId, actor.DisplayName, at));
        }
        else
        {
            current.Amend(note, actor.UserId, actor.DisplayName, at);
        }
        ApplyNote(note);
        _noteCache = note;
        var summary = signed
            ? $"Decision note changed after sign-off: version {DecisionNoteVersion} started, earlier sign-offs void"
            : $"Decision note version {DecisionNoteVersion} changed";
        Record(actor, at, "DecisionNoteUpdated", summary, reason: string.Join(", ", changed.Keys),
            before: changed.ToDictionary(c => c.Key, c => c.Value.Before), after: changed.ToDictionary(c => c.Key, c => c.Value.After));
    }

    /// <summary>Records the number allocated to this commission's decision; numbers are never reused or changed.</summary>
    public void AssignDecisionNumber(string number, DateTimeOffset at)
    {
        if (!NeedsDecisionNumber) throw new DomainRuleException("This commission has no decision waiting for a number.");
        DecisionNumber = number;
        Record(Actor.System, at, "DecisionNumbered", $"Decision number {number} allocated");
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
        _signOffs.Add(new SignOff(position, actor.UserId, actor.DisplayName, comment.Trim(), DecisionNoteVersion,
            CurrentNoteVersion?.ContentHash ?? "", at));
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

    /// <summary>The equality lead sent the EIA back to its author: it must be submitted again before it can pass.</summary>
    public void ReturnEqualityAssessment(Actor actor, DateTimeOffset at)
    {
        RequireRole(actor, Roles.EqualityLead, "return an equality impact assessment");
        RequireState("return the equality impact assessment", CommissionState.EqualityAssessment);
        EqualityAssessmentSubmittedAt = null;
        Record(actor, at, "EqualityAssessmentReturned", "EIA returned to its author for changes");
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

    public void ExtendClarificationDeadline(Actor actor, DateTimeOffset newDeadline, string reason, DateTimeOffset at)
    {
        RequireRole(actor, Roles.ProcurementOfficer, "extend the clarification deadline");
        RequireState("extend the clarification deadline", CommissionState.ClarificationPeriod);
        RequireText(reason, "Say why the deadline is extended");
        if (newDeadline <= (ClarificationDeadline ?? at) || newDeadline <= at)
            throw new DomainRuleException("The new clarification deadline must be later than the current one and in the future.");
        if (newDeadline >= TenderDeadline)
            throw new DomainRuleException("The clarification deadline must come before the tender deadline.");
        var before = new { ClarificationDeadline };
        ClarificationDeadline = newDeadline;
        UpdateNextTimedMove();
        Record(actor, at, "ClarificationDeadlineExtended", "Clarification deadline extended", reason: reason.Trim(), before: before,
            after: new { ClarificationDeadline });
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

    /// <summary>A bidder took its response out of the box before the deadline, to change it or not to bid.</summary>
    public void RecordTenderWithdrawn(Actor actor, DateTimeOffset at)
    {
        RequireState("withdraw a tender", CommissionState.TenderPeriod, CommissionState.ClarificationPeriod);
        if (TendersReceivedCount == 0) throw new DomainRuleException("There is no tender in the box to withdraw.");
        TendersReceivedCount--;
        Record(actor, at, "TenderWithdrawn", $"Tender withdrawn ({TendersReceivedCount} in the box)");
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

    private void ApplyNote(DecisionNoteContent note)
    {
        Title = note.Title.Trim();
        Summary = note.Summary.Trim();
        Recommendation = note.Recommendation.Trim();
        AnnualValueLow = note.AnnualValueLow;
        AnnualValueHigh = note.AnnualValueHigh;
        InitialTermMonths = note.InitialTermMonths;
        ExtensionOptionCount = note.ExtensionOptionCount;
        ExtensionOptionMonths = note.ExtensionOptionMonths;
        Route = note.Route;
        PublicationDeferral = note.Deferral;
        PublicationDeferredUntil = note.DeferredUntil;
    }

    private static void ValidateNote(DecisionNoteContent note)
    {
        var problems = DecisionNoteValidation.Problems(note);
        if (problems.Count > 0) throw new DomainRuleException(string.Join(" ", problems.Select(p => p.Message).Distinct()));
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
