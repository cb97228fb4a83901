using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;
using Portal.Domain.Identity;

namespace Portal.Components.DecisionNotes;

public sealed record NoteVersionView(int Number, string SavedByName, DateTimeOffset SavedAt, string ContentHash, bool IsCurrent, bool IsSigned);

public sealed record NoteSignOffView(ApproverPosition Position, string SignerName, string Comment, int NoteVersion, string ContentHash,
    DateTimeOffset SignedAt, bool IsVoid);

public sealed record AttachmentView(Guid Id, AttachmentKind Kind, string OriginalName, long Size, string Sha256, bool IsAppendix,
    string UploadedByName, DateTimeOffset UploadedAt);

public sealed record ValueSummary(Money? InitialLow, Money? InitialHigh, Money? FullTermLow, Money? FullTermHigh, int FullTermMonths,
    DateOnly? InitialTermEndsOn, DateOnly? FullTermEndsOn, RouteAssessment? Route);

/// <summary>The decision note as its page shows it to one user.</summary>
public sealed record DecisionNoteView(
    Guid CommissionId,
    string Reference,
    CommissionState State,
    Guid ConcurrencyToken,
    string OwnerName,
    DecisionNoteContent Content,
    int CurrentVersion,
    IReadOnlyList<NoteVersionView> Versions,
    IReadOnlyList<NoteSignOffView> SignOffs,
    IReadOnlyList<DecisionNoteSection> MissingSections,
    ValueSummary Value,
    string? DecisionNumber,
    DateTimeOffset? DecisionRecordedAt,
    string? DecisionRationale,
    string? CommissionerName,
    EiaStatus? EqualityAssessmentStatus,
    IReadOnlyList<AttachmentView> Attachments,
    bool CanEdit)
{
    public NoteSignOffView? SignOffBy(ApproverPosition position) =>
        SignOffs.Where(s => s.Position == position && !s.IsVoid).MaxBy(s => s.SignedAt);
}

public sealed record VersionComparison(string Reference, int From, int To, IReadOnlyList<FieldChange> Changes);
