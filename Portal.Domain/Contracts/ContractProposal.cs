namespace Portal.Domain.Contracts;

public enum ProposalKind { TakeExtension, EndEarly }

public enum ProposalStatus { AwaitingApproval, Approved, Rejected, Withdrawn }

/// <summary>Why a contract is ended before its term runs out.</summary>
public enum EarlyEndReason { PoorPerformance, BreachOfContract, NeedChanged, FundingWithdrawn, SupplierRequest, MutualAgreement, Other }

public static class EarlyEndReasons
{
    public static string Describe(this EarlyEndReason reason) => reason switch
    {
        EarlyEndReason.PoorPerformance => "Performance below what the contract requires",
        EarlyEndReason.BreachOfContract => "Breach of contract",
        EarlyEndReason.NeedChanged => "The service is no longer needed",
        EarlyEndReason.FundingWithdrawn => "Funding withdrawn",
        EarlyEndReason.SupplierRequest => "At the supplier's request",
        EarlyEndReason.MutualAgreement => "By mutual agreement",
        _ => "Other",
    };
}

/// <summary>
/// The owner's proposal to take the next extension option or to end the contract early, waiting for the approver it names.
/// Nothing changes in the contract until that approver approves it.
/// </summary>
public sealed class ContractProposal
{
    private ContractProposal() { }

    internal ContractProposal(ProposalKind kind, int? optionNumber, DateOnly newEndsOn, EarlyEndReason? earlyEndReason, string reason,
        string proposedById, string proposedByName, string approverId, string approverName, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        OptionNumber = optionNumber;
        NewEndsOn = newEndsOn;
        EarlyEndReason = earlyEndReason;
        Reason = reason;
        ProposedById = proposedById;
        ProposedByName = proposedByName;
        ApproverId = approverId;
        ApproverName = approverName;
        ProposedAt = at;
        Status = ProposalStatus.AwaitingApproval;
    }

    public Guid Id { get; private set; }
    public ProposalKind Kind { get; private set; }
    public int? OptionNumber { get; private set; }

    /// <summary>The contract's last day if approved: the extended end, or the last day of service when ending early.</summary>
    public DateOnly NewEndsOn { get; private set; }

    public EarlyEndReason? EarlyEndReason { get; private set; }
    public string Reason { get; private set; } = "";
    public string ProposedById { get; private set; } = "";
    public string ProposedByName { get; private set; } = "";
    public DateTimeOffset ProposedAt { get; private set; }
    public string ApproverId { get; private set; } = "";
    public string ApproverName { get; private set; } = "";
    public ProposalStatus Status { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    public bool IsPending => Status == ProposalStatus.AwaitingApproval;

    public string Describe() => Kind == ProposalKind.TakeExtension
        ? $"take extension option {OptionNumber}"
        : $"end the contract early, on {Common.UkTime.LongDate(NewEndsOn)}";

    internal void Close(ProposalStatus status, DateTimeOffset at, string? note)
    {
        Status = status;
        DecidedAt = at;
        DecisionNote = note;
    }
}

/// <summary>One decision in the contract's history: who, when, what, and why.</summary>
public sealed class ContractHistoryEntry
{
    private ContractHistoryEntry() { }

    internal ContractHistoryEntry(string action, string actorId, string actorName, DateTimeOffset at, string what, string? reason)
    {
        Id = Guid.NewGuid();
        Action = action;
        ActorId = actorId;
        ActorName = actorName;
        At = at;
        What = what;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    /// <summary>The audit trail's name for it, e.g. "ContractExtensionApproved".</summary>
    public string Action { get; private set; } = "";
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string What { get; private set; } = "";
    public string? Reason { get; private set; }
}
