using Portal.Domain.Tendering.Responses;
using Portal.Domain.Calendar;
using Portal.Domain.Clarifications;
using Portal.Domain.Tendering;

namespace Portal.Components.Tendering;

/// <summary>Where a tender stands for a bidder.</summary>
public enum TenderStage { OpenForQuestions, OpenForTenders, Closed }

public sealed record SupplierInvitationItem(Guid IttId, string Reference, string Title, string Lot, DateTimeOffset InvitedAt,
    DateTimeOffset? ClarificationDeadline, DateTimeOffset? TenderDeadline, TenderStage Stage, int AddendaToAcknowledge, bool Declined = false,
    ResponseStatus? Response = null);

/// <summary>That the organisation declined to bid: when, who, and why.</summary>
public sealed record Declined(DateTimeOffset At, string ByName, string Reason);

public sealed record SupplierAddendumView(Guid Id, int Number, string Explanation, IReadOnlyList<string> Changes, DateTimeOffset PublishedAt,
    DateTimeOffset? AcknowledgedAt, string? AcknowledgedByName);

/// <summary>
/// A question on the Q&A board as a supplier sees it. Another supplier's question shows only as the office published it,
/// with no asker and no date of asking; the supplier's own questions show as asked, with who asked and whether the answer is theirs alone.
/// </summary>
public sealed record BoardQuestion(int Number, string Question, DateTimeOffset? AskedAt, string? Answer, DateTimeOffset? AnsweredAt,
    bool AskedByUs, string? AskedByName, bool AnsweredForUsOnly);

public sealed record SupplierTenderView(
    Guid IttId,
    string Reference,
    string Title,
    string Summary,
    string OfficeName,
    string Lot,
    string OrganisationName,
    TenderStage Stage,
    DateTimeOffset? ClarificationDeadline,
    DateTimeOffset? TenderDeadline,
    IReadOnlyList<TimetableEntry> Timetable,
    IReadOnlyList<IttDocument> Documents,
    IttContent Content,
    IReadOnlyList<SupplierAddendumView> Addenda,
    IReadOnlyList<BoardQuestion> Questions,
    bool CanAsk,
    Guid CommissionId,
    DateTimeOffset LastChangedAt,
    Declined? Declined = null);
