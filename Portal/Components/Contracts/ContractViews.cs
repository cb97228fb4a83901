using Portal.Components.EvaluationResults;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;

namespace Portal.Components.Contracts;

public sealed record ProposalView(Guid Id, ProposalKind Kind, string What, int? OptionNumber, DateOnly NewEndsOn, EarlyEndReason? EarlyEndReason,
    string Reason, string ProposedByName, DateTimeOffset ProposedAt, string ApproverName, ProposalStatus Status, DateTimeOffset? DecidedAt,
    string? DecisionNote);

public sealed record HistoryView(DateTimeOffset At, string ActorName, string What, string? Reason);

public sealed record PartnerView(Guid Id, string Name, string? Contact);

/// <summary>What the owner and the named approver may do on the contract page now.</summary>
public sealed record ContractPermissions(bool IsOwner, bool CanPropose, bool CanEndEarly, bool CanClose, bool CanDecidePending, bool CanWithdrawPending);

public sealed record ContractPageView(
    Guid CommissionId, string Reference, string Title, CommissionState State, string OwnerName, Guid ConcurrencyToken,
    string OfficeName, string SupplierName,
    Money Value, Money AnnualValue, Money MaximumValue,
    DateOnly CallOffEffectiveDate, DateOnly CommencementDate, int InitialTermMonths, DateOnly InitialTermEndsOn,
    int ExtensionOptionCount, int ExtensionOptionMonths,
    int CurrentTermIndex, string CurrentTermName, DateOnly CurrentTermStarts, DateOnly CurrentEndsOn,
    IReadOnlyList<ExtensionOption> Options, ExtensionOption? NextOption, int NoticeMonths, int ReminderLeadMonths, bool ReminderLeadIsDefault,
    ProposalView? Pending, IReadOnlyList<ProposalView> PastProposals,
    DateOnly? EndedEarlyOn, EarlyEndReason? EarlyEndReason, DateTimeOffset? ClosedAt,
    IReadOnlyList<HistoryView> History, IReadOnlyList<FundingPeriod> Funding, IReadOnlyList<PartnerView> Partners,
    IReadOnlyList<ApproverChoice> Approvers, ContractPermissions Can, bool HasMobilisationPlan, DateOnly Today)
{
    public bool TermHasEnded => Today > CurrentEndsOn;

    /// <summary>"2 years + 12 months + 12 months", as the contract's shape is spoken of.</summary>
    public string Shape => ContractShape.Describe(InitialTermMonths, ExtensionOptionCount, ExtensionOptionMonths);
}

public static class ContractShape
{
    public static string Describe(int initialMonths, int optionCount, int optionMonths) =>
        string.Join(" + ", new[] { Length(initialMonths) }.Concat(Enumerable.Repeat(Length(optionMonths), optionCount)));

    public static string Length(int months) => months % 12 == 0
        ? (months == 12 ? "1 year" : $"{months / 12} years")
        : (months == 1 ? "1 month" : $"{months} months");
}
