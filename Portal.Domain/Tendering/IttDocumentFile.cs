namespace Portal.Domain.Tendering;

/// <summary>
/// A stored file of an ITT document version. The file lives in the data folder under a name the server chose; the name it
/// was uploaded with is kept only to show and to download it by. The ITT refers to it by <see cref="Id"/>.
/// </summary>
public sealed class IttDocumentFile
{
    private IttDocumentFile() { }

    public IttDocumentFile(Guid commissionId, string originalName, string storedName, string contentType, long sizeBytes, string sha256,
        string uploadedByUserId, string uploadedByName, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        CommissionId = commissionId;
        OriginalName = originalName;
        StoredName = storedName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedByUserId = uploadedByUserId;
        UploadedByName = uploadedByName;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public string OriginalName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string UploadedByUserId { get; private set; } = "";
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>How the ITT's document version refers to this file.</summary>
    public IttFile ToIttFile() => new(Id, OriginalName, SizeBytes, Sha256);
}
