using Portal.Domain.Award;
using Portal.Domain.Commissions;
using Portal.Domain.Common;

namespace Portal.Components.Award;

/// <summary>A letter as the office sees it: the summary, and when it was sent (null while it is a preview).</summary>
public sealed record LetterView(AssessmentSummary Summary, DateTimeOffset? SentAt);

/// <summary>The intention to award page: the letters to review before issuing, or as they were sent.</summary>
public sealed record IntentionToAwardView(
    Guid CommissionId,
    string Reference,
    string Title,
    CommissionState State,
    Guid ConcurrencyToken,
    bool Issued,
    bool CanIssue,
    IReadOnlyList<string> Problems,
    string? WinnerName,
    string? RecommendationRationale,
    string? RecommendationApprovedBy,
    DateTimeOffset? StandstillEndsAt,
    string? StandstillRule,
    IReadOnlyList<LetterView> Letters);

public sealed record ChallengeView(string ChallengerName, DateTimeOffset ReceivedAt, string Grounds, string RecordedByName, DateTimeOffset RecordedAt,
    ChallengeResolution? Resolution, string? ResolutionReason, string? ResolvedByName, DateTimeOffset? ResolvedAt);

public sealed record SentLetterView(string SupplierName, BidOutcome Outcome, DateTimeOffset SentAt, int EmailsQueued);

/// <summary>The standstill page: when it ends and by what rule, the letters sent, and any challenge.</summary>
public sealed record StandstillView(
    Guid CommissionId,
    string Reference,
    string Title,
    CommissionState State,
    Guid ConcurrencyToken,
    string WinnerName,
    DateTimeOffset IssuedAt,
    string IssuedByName,
    DateTimeOffset StandstillStartedAt,
    DateTimeOffset StandstillEndsAt,
    string StandstillRule,
    IReadOnlyList<SentLetterView> Letters,
    IReadOnlyList<ChallengeView> Challenges,
    IReadOnlyList<string> Bidders,
    bool CanAct,
    string? AwardBlockedReason);

/// <summary>The award confirmation form's starting point, or the contract once it is made.</summary>
public sealed record ConfirmAwardView(
    Guid CommissionId,
    string Reference,
    string Title,
    CommissionState State,
    Guid ConcurrencyToken,
    string WinnerName,
    Money? WinningPrice,
    DateTimeOffset StandstillEndsAt,
    ProposedAwardTerms Proposed,
    bool CanConfirm,
    string? BlockedReason,
    Domain.Contracts.Contract? Contract);

/// <summary>What the officer confirms: the contract's dates, value, term and extension options.</summary>
public sealed record AwardTermsInput(DateOnly CallOffEffectiveDate, DateOnly CommencementDate, Money Value, Money AnnualValue,
    int InitialTermMonths, int ExtensionOptionCount, int ExtensionOptionMonths);

public sealed record ChallengeInput(string ChallengerName, DateTimeOffset ReceivedAt, string Grounds);

/// <summary>How a challenge is resolved by restarting: counted afresh by the rule from <see cref="RestartOn"/>, or to a chosen <see cref="EndOn"/>.</summary>
public sealed record RestartInput(string Reason, DateOnly? RestartOn, DateOnly? EndOn);
