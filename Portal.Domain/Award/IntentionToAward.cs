using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Award;

/// <summary>
/// A commission's intention to award: the letters sent to every bidder and when, the standstill it started with the rule
/// applied, and any challenge received in it with how it was resolved. One per commission.
/// </summary>
public sealed class IntentionToAward
{
    public const int ChallengerMaxLength = 200;
    public const int GroundsMaxLength = 1500;
    public const int ReasonMaxLength = 1000;

    private readonly List<AwardLetter> _letters = [];
    private readonly List<StandstillChallenge> _challenges = [];

    private IntentionToAward() { }

    public static IntentionToAward Issue(Guid commissionId, Guid ittId, IReadOnlyList<AssessmentSummary> letters, StandstillEnd standstill,
        Actor actor, DateTimeOffset at)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException("Only a procurement officer can issue the intention to award.");
        if (letters.Count == 0) throw new DomainRuleException("There are no bidders to write to.");
        var winner = letters.SingleOrDefault(l => l.Outcome == BidOutcome.Successful)
            ?? throw new DomainRuleException("Exactly one bidder must be told it is successful.");
        if (standstill.EndsAt <= at) throw new DomainRuleException("The standstill period must end after the letters are sent.");
        var intention = new IntentionToAward
        {
            Id = Guid.NewGuid(),
            CommissionId = commissionId,
            InvitationToTenderId = ittId,
            WinningResponseId = winner.ResponseId,
            WinningSupplierId = winner.SupplierId,
            WinningSupplierName = winner.SupplierName,
            WinningPrice = winner.TotalPrice,
            IssuedAt = at,
            IssuedByUserId = actor.UserId,
            IssuedByName = actor.DisplayName,
            StandstillStartedAt = at,
            StandstillEndsAt = standstill.EndsAt,
            StandstillRule = standstill.Rule,
            ConcurrencyToken = Guid.NewGuid(),
        };
        intention._letters.AddRange(letters.Select(l => new AwardLetter(l, at)));
        return intention;
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public Guid WinningResponseId { get; private set; }
    public Guid WinningSupplierId { get; private set; }
    public string WinningSupplierName { get; private set; } = "";
    public Money? WinningPrice { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public string IssuedByUserId { get; private set; } = "";
    public string IssuedByName { get; private set; } = "";

    /// <summary>When the current standstill began: the letters' sending, or the restart after a challenge.</summary>
    public DateTimeOffset StandstillStartedAt { get; private set; }
    public DateTimeOffset StandstillEndsAt { get; private set; }
    public string StandstillRule { get; private set; } = "";
    public Guid ConcurrencyToken { get; private set; }

    public IReadOnlyList<AwardLetter> Letters => _letters.AsReadOnly();
    public IReadOnlyList<StandstillChallenge> Challenges => _challenges.AsReadOnly();
    public StandstillChallenge? OpenChallenge => _challenges.FirstOrDefault(c => c.IsOpen);

    /// <summary>When the last of the letters went out (they go together, in one step).</summary>
    public DateTimeOffset LettersSentAt => _letters.Max(l => l.SentAt);

    public AwardLetter? LetterFor(Guid supplierId) => _letters.FirstOrDefault(l => l.SupplierId == supplierId);

    public StandstillChallenge RecordChallenge(string challenger, DateTimeOffset receivedAt, string grounds, Actor actor, DateTimeOffset at)
    {
        RequireProcurementOfficer(actor, "record a challenge");
        if (OpenChallenge is { } open) throw new DomainRuleException($"The challenge from {open.ChallengerName} is still open: resolve it first.");
        RequireText(challenger, ChallengerMaxLength, "Say who made the challenge");
        RequireText(grounds, GroundsMaxLength, "Set out the grounds of the challenge");
        if (receivedAt > at) throw new DomainRuleException("A challenge cannot be received in the future.");
        // Receipt times are entered to the minute, so one in the minute the letters went out counts as after them.
        if (receivedAt < IssuedAt.AddTicks(-(IssuedAt.Ticks % TimeSpan.TicksPerMinute)))
            throw new DomainRuleException($"A challenge cannot be received before the letters were sent ({UkTime.Format(IssuedAt)}).");
        var challenge = new StandstillChallenge(challenger.Trim(), receivedAt, grounds.Trim(), actor.DisplayName, at);
        _challenges.Add(challenge);
        Touch();
        return challenge;
    }

    public void RestartStandstill(StandstillEnd end, string reason, Actor actor, DateTimeOffset at)
    {
        RequireProcurementOfficer(actor, "restart the standstill");
        var open = OpenChallenge ?? throw new DomainRuleException("There is no open challenge to resolve.");
        RequireText(reason, ReasonMaxLength, "Say how the challenge was resolved");
        if (end.EndsAt <= at) throw new DomainRuleException("The restarted standstill must end in the future.");
        open.Resolve(ChallengeResolution.StandstillRestarted, reason.Trim(), actor.DisplayName, at);
        StandstillStartedAt = at;
        StandstillEndsAt = end.EndsAt;
        StandstillRule = end.Rule;
        Touch();
    }

    public void CancelAfterChallenge(string reason, Actor actor, DateTimeOffset at)
    {
        RequireProcurementOfficer(actor, "cancel the procurement");
        var open = OpenChallenge ?? throw new DomainRuleException("There is no open challenge to resolve.");
        RequireText(reason, ReasonMaxLength, "Say why the procurement is cancelled");
        open.Resolve(ChallengeResolution.ProcurementCancelled, reason.Trim(), actor.DisplayName, at);
        Touch();
    }

    private void Touch() => ConcurrencyToken = Guid.NewGuid();

    private static void RequireProcurementOfficer(Actor actor, string doing)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException($"Only a procurement officer can {doing}.");
    }

    private static void RequireText(string? text, int maxLength, string missing)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException(missing + ".");
        if (text.Trim().Length > maxLength) throw new DomainRuleException($"{missing} in no more than {maxLength} characters.");
    }
}

/// <summary>One bidder's assessment summary as sent, and when.</summary>
public sealed class AwardLetter
{
    private AssessmentSummary? _summary;

    private AwardLetter() { }

    internal AwardLetter(AssessmentSummary summary, DateTimeOffset sentAt)
    {
        Id = Guid.NewGuid();
        ResponseId = summary.ResponseId;
        SupplierId = summary.SupplierId;
        SupplierName = summary.SupplierName;
        Outcome = summary.Outcome;
        SummaryJson = summary.ToJson();
        SentAt = sentAt;
        _summary = summary;
    }

    public Guid Id { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public BidOutcome Outcome { get; private set; }
    public string SummaryJson { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }

    public AssessmentSummary Summary => _summary ??= AssessmentSummary.FromJson(SummaryJson);
}

public enum ChallengeResolution { StandstillRestarted, ProcurementCancelled }

/// <summary>A challenge received during standstill: who made it, when it arrived, its grounds, and how it was resolved.</summary>
public sealed class StandstillChallenge
{
    private StandstillChallenge() { }

    internal StandstillChallenge(string challengerName, DateTimeOffset receivedAt, string grounds, string recordedByName, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        ChallengerName = challengerName;
        ReceivedAt = receivedAt;
        Grounds = grounds;
        RecordedByName = recordedByName;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string ChallengerName { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public string Grounds { get; private set; } = "";
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public ChallengeResolution? Resolution { get; private set; }
    public string? ResolutionReason { get; private set; }
    public string? ResolvedByName { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public bool IsOpen => Resolution is null;

    internal void Resolve(ChallengeResolution resolution, string reason, string resolvedByName, DateTimeOffset at)
    {
        Resolution = resolution;
        ResolutionReason = reason;
        ResolvedByName = resolvedByName;
        ResolvedAt = at;
    }
}
