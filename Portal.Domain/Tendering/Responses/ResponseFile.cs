using Portal.Domain.Identity;

namespace Portal.Domain.Tendering.Responses;

/// <summary>Where in a response a file belongs: supporting a quality answer, the completed pricing schedule, or general.</summary>
public enum ResponseFileSlot { QualityAnswer, PricingSchedule, Supporting }

/// <summary>
/// A file a bidder attached to its response. The file itself lies sealed in the data folder under a name the server
/// chose; the name the bidder gave it is kept only to show back. Files are never changed: a removed file stays on disk
/// and in the record, because an earlier submission's receipt may list it.
/// </summary>
public sealed class ResponseFile
{
    private ResponseFile() { }

    internal ResponseFile(Guid responseId, ResponseFileSlot slot, int? questionIndex, Guid id, string storedName, string originalName,
        string contentType, long sizeBytes, string sha256, Actor actor, DateTimeOffset at)
    {
        Id = id;
        ResponseId = responseId;
        Slot = slot;
        QuestionIndex = questionIndex;
        StoredName = storedName;
        OriginalName = originalName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedAt = at;
        UploadedByUserId = actor.UserId;
        UploadedByName = actor.DisplayName;
    }

    public Guid Id { get; private set; }
    public Guid ResponseId { get; private set; }
    public ResponseFileSlot Slot { get; private set; }

    /// <summary>The quality question (from 0) a <see cref="ResponseFileSlot.QualityAnswer"/> file supports.</summary>
    public int? QuestionIndex { get; private set; }

    public string StoredName { get; private set; } = "";
    public string OriginalName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }

    /// <summary>The SHA-256 of the file as the bidder sent it (the plaintext), in lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedByUserId { get; private set; } = "";
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset? RemovedAt { get; private set; }
    public string? RemovedByName { get; private set; }

    public bool IsCurrent => RemovedAt is null;

    internal void Remove(Actor actor, DateTimeOffset at)
    {
        RemovedAt = at;
        RemovedByName = actor.DisplayName;
    }
}
