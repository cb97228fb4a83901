using System.Text.Json;

namespace Portal.Domain.Tendering.Responses;

/// <summary>A file as the opening found it: decrypted, hashed again and compared with the hash on the bidder's receipt.</summary>
public sealed record OpenedFile(string Name, long SizeBytes, string Sha256, bool MatchesReceipt);

/// <summary>One response in the box at the deadline, as the opening record lists it.</summary>
public sealed record OpenedResponse(Guid ResponseId, string SupplierName, int SubmissionNumber, DateTimeOffset ReceivedAt, string ResponseSha256,
    string AnswersSha256, bool AnswersMatchReceipt, IReadOnlyList<OpenedFile> Files)
{
    public bool Intact => AnswersMatchReceipt && Files.All(f => f.MatchesReceipt);
}

/// <summary>A submission refused because it came after the deadline.</summary>
public sealed record LateAttempt(string SupplierName, string AttemptedByName, DateTimeOffset AttemptedAt);

/// <summary>
/// The record made when two procurement officers open the sealed box: who confirmed and when, every response with its
/// receipt time and hashes (checked again against the decrypted files), responses withdrawn before the deadline, and
/// every late attempt. Made once and never changed.
/// </summary>
public sealed class TenderOpeningRecord
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private TenderOpeningRecord() { }

    public TenderOpeningRecord(Guid commissionId, Guid invitationToTenderId, DateTimeOffset tenderDeadline, DateTimeOffset openedAt,
        IReadOnlyList<string> confirmedBy, IReadOnlyList<OpenedResponse> responses, int withdrawnCount, IReadOnlyList<LateAttempt> lateAttempts)
    {
        Id = Guid.NewGuid();
        CommissionId = commissionId;
        InvitationToTenderId = invitationToTenderId;
        TenderDeadline = tenderDeadline;
        OpenedAt = openedAt;
        ConfirmedBy = string.Join(", ", confirmedBy);
        ResponsesJson = JsonSerializer.Serialize(responses, JsonOptions);
        WithdrawnCount = withdrawnCount;
        LateAttemptsJson = JsonSerializer.Serialize(lateAttempts, JsonOptions);
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public DateTimeOffset TenderDeadline { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string ConfirmedBy { get; private set; } = "";
    public string ResponsesJson { get; private set; } = "[]";
    public int WithdrawnCount { get; private set; }
    public string LateAttemptsJson { get; private set; } = "[]";

    public IReadOnlyList<OpenedResponse> Responses => JsonSerializer.Deserialize<List<OpenedResponse>>(ResponsesJson, JsonOptions) ?? [];
    public IReadOnlyList<LateAttempt> LateAttempts => JsonSerializer.Deserialize<List<LateAttempt>>(LateAttemptsJson, JsonOptions) ?? [];
}
