using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Equality;

namespace Portal.Components.Commissions;

public sealed record CommissionListItem(Guid Id, string Reference, string Title, CommissionState State, string OwnerName,
    DateTimeOffset? NextDeadline, DateTimeOffset LastChangedAt);

public enum CommissionSort { Reference, Title, State, Owner, LastChanged }

public sealed record CommissionQuery(
    int Page = 0,
    int PageSize = 25,
    CommissionSort SortBy = CommissionSort.LastChanged,
    bool Descending = true,
    CommissionState? State = null,
    string? OwnerId = null,
    string? Text = null);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);

public sealed record OwnerOption(string Id, string Name);

public sealed record SignOffView(ApproverPosition Position, string SignerName, string Comment, int NoteVersion, string ContentHash,
    DateTimeOffset SignedAt, bool IsCurrent);

public sealed record HistoryEntry(DateTimeOffset OccurredAt, string ActorName, string Summary, string? Reason, string? Before, string? After);

/// <summary>Everything the commission page shows, for one user at one moment.</summary>
public sealed record CommissionView(
    Guid Id,
    string Reference,
    string Title,
    string Summary,
    string Recommendation,
    string OwnerName,
    CommissionState State,
    Guid ConcurrencyToken,
    CommissionDetails Details,
    Money? InitialTermLow,
    Money? InitialTermHigh,
    Money? FullTermLow,
    Money? FullTermHigh,
    int DecisionNoteVersion,
    IReadOnlyList<SignOffView> SignOffs,
    DateTimeOffset? ClarificationDeadline,
    DateTimeOffset? TenderDeadline,
    DateTimeOffset? StandstillEndsAt,
    DateOnly? ContractEndsOn,
    IReadOnlyList<string> OpeningConfirmedBy,
    string? EndReason,
    IReadOnlyList<MoveOption> Moves,
    IReadOnlyList<CommissionAction> Actions,
    IReadOnlyList<HistoryEntry> History,
    string? DecisionNumber,
    int MissingNoteSections,
    EiaStatus? EqualityAssessmentStatus,
    IttStatus? IttStatus,
    bool HasContract);

/// <summary>Where a commission's invitation to tender stands; none before ITT preparation.</summary>
public enum IttStatus { NotStarted, Draft, Issued }

/// <summary>Record-keeping actions, beside the workflow moves, that this user may take at this stage.</summary>
public enum CommissionAction { EditDetails, RecordSignOff, BuildItt, AnswerClarifications, ManageTender, ConfirmOpening, RecordContractSigned }
