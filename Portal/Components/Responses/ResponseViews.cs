using Portal.Components.Tendering;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.Responses;

/// <summary>A file of the response as its bidder sees it.</summary>
public sealed record ResponseFileView(Guid Id, ResponseFileSlot Slot, int? QuestionIndex, string Name, long SizeBytes, string Sha256,
    DateTimeOffset UploadedAt, string UploadedByName)
{
    public static ResponseFileView Of(ResponseFile file) =>
        new(file.Id, file.Slot, file.QuestionIndex, file.OriginalName, file.SizeBytes, file.Sha256, file.UploadedAt, file.UploadedByName);
}

/// <summary>One receipt in the response's history.</summary>
public sealed record ReceiptSummary(Guid Id, int Number, DateTimeOffset ReceivedAt, string SubmittedByName, string ResponseSha256,
    DateTimeOffset? WithdrawnAt, string? WithdrawnByName);

/// <summary>Everything the response form shows a bidder: the ITT's questions, its own answers and files, and where it stands.</summary>
public sealed record ResponseEditorView(
    Guid IttId,
    string Reference,
    string Title,
    string Organisation,
    DateTimeOffset? TenderDeadline,
    TenderStage Stage,
    ResponseShape Shape,
    ResponseStatus? Status,
    ResponseContent Content,
    IReadOnlyList<ResponseFileView> Files,
    IReadOnlyList<ReceiptSummary> Receipts,
    IReadOnlyList<string> ProblemsBeforeSubmit,
    DateTimeOffset? LastSavedAt,
    string? LastSavedByName,
    Guid? ConcurrencyToken,
    bool Declined,
    long MaxFileBytes,
    long MaxResponseBytes)
{
    public bool CanEdit => Stage != TenderStage.Closed && !Declined && Status != ResponseStatus.Submitted;
    public bool CanSubmit => CanEdit && ProblemsBeforeSubmit.Count == 0;
    public IReadOnlyList<ComplianceQuestion> ComplianceQuestions => Shape.Itt.ComplianceQuestions;
    public IReadOnlyList<QualityQuestion> QualityQuestions => Shape.Itt.QualityQuestions;
    public int PriceWeightingPercent => Shape.Itt.PriceWeightingPercent;
    public int SocialValueWeightingPercent => Shape.Itt.SocialValueWeightingPercent;
    public bool PricingScheduleIssued => Shape.PricingScheduleIssued;
    public bool PricingScheduleAttached => Files.Any(f => f.Slot == ResponseFileSlot.PricingSchedule);
    public bool CanWithdraw => Stage != TenderStage.Closed && Status == ResponseStatus.Submitted;
    public long FilesBytes => Files.Sum(f => f.SizeBytes);
}

/// <summary>A receipt as the bidder reads, downloads and is emailed it.</summary>
public sealed record ReceiptView(
    Guid Id,
    Guid IttId,
    string Reference,
    string Title,
    string Organisation,
    int Number,
    DateTimeOffset ReceivedAt,
    string SubmittedByName,
    string AnswersSha256,
    string ResponseSha256,
    IReadOnlyList<ReceiptFile> Files,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawnByName,
    string OfficeName);
