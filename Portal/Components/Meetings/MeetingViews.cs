using Portal.Domain.Meetings;
using Portal.Domain.Performance;

namespace Portal.Components.Meetings;

public sealed record MeetingSummary(Guid Id, MeetingKind Kind, string Title, string PeriodName, DateTimeOffset StartsAt, string Place,
    bool HasTakenPlace, bool HasMinutes, bool NeedsMinutes, int CarriedForward, bool IsCancelled)
{
    public bool IsUpcoming => !IsCancelled && !HasTakenPlace;
}

/// <summary>Who called a meeting off, when, and why.</summary>
public sealed record CancellationView(DateTimeOffset At, string ByName, string Reason);

public sealed record ActionView(Guid Id, string Reference, string Description, ActionOwnerKind OwnerKind, string OwnerName, DateOnly DueOn,
    ActionStatus Status, bool Overdue, string RaisedAt, string ProgressNote, string? ProgressBy, DateTimeOffset? ProgressAt,
    string? ClosingNote, string? ClosedBy, DateTimeOffset? ClosedAt, bool CanProgress, bool CanClose);

public sealed record RiskView(Guid Id, string Reference, string Description, int Likelihood, int Impact, int Score, string Level,
    string Mitigation, string Owner, RiskStatus Status);

/// <summary>A contract's meetings as one person may see them: the supplier sees the meetings and only its own actions, not the risk log.</summary>
public sealed record ContractMeetingsView(Guid CommissionId, string Reference, string Title, string SupplierName, Guid ConcurrencyToken,
    bool ForSupplier, bool CanManage, bool CanChange, IReadOnlyList<ReportingPeriod> Quarters, IReadOnlyList<MeetingSummary> Meetings,
    IReadOnlyList<ActionView> Actions, IReadOnlyList<RiskView> Risks)
{
    public int OverdueActions => Actions.Count(a => a.Overdue);
}

public sealed record AgendaLine(string Text, string? Note);

public sealed record MinutesView(int Version, string Text, string Reason, string RecordedByName, DateTimeOffset RecordedAt);

public sealed record MeetingDetailView(ContractMeetingsView Contract, Guid Id, MeetingKind Kind, string Title, ReportingPeriod Period,
    DateTimeOffset StartsAt, string Place, string Attendees, string ScheduledByName, DateTimeOffset ScheduledAt, bool HasTakenPlace,
    IReadOnlyList<string> StandardItems, IReadOnlyList<AgendaLine> AddedItems, IReadOnlyList<ActionView> CarriedForward,
    IReadOnlyList<MinutesView> Minutes, IReadOnlyList<ActionView> RaisedHere, CancellationView? Cancellation, bool CanChangePlan, bool CanCancel,
    DataPackView? DataPack)
{
    public MinutesView? CurrentMinutes => Minutes.Count == 0 ? null : Minutes[^1];

    public bool IsCancelled => Cancellation is not null;
}

/// <summary>The returns a meeting reviews: its quarter and up to three before it, with the contract's capacity.</summary>
public sealed record DataPackView(string Reference, string Title, string SupplierName, string MeetingTitle, DateTimeOffset MeetingStartsAt,
    int Capacity, IReadOnlyList<PeriodPerformance> Periods)
{
    public const int QuartersShown = 4;
}

public sealed record OfficerOption(string UserId, string Name);
