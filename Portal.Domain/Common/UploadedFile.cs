namespace Portal.Domain.Common;

/// <summary>
/// A document someone uploaded as evidence. The file lives in the data folder under a name the server chose; its SHA-256 was taken
/// on receipt, so the record can show it has not changed since.
/// </summary>
public abstract class UploadedFile
{
    protected UploadedFile() { }

    protected UploadedFile(string originalName, string storedName, string contentType, long size, string sha256,
        string uploadedById, string uploadedByName, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        OriginalName = originalName;
        StoredName = storedName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedById = uploadedById;
        UploadedByName = uploadedByName;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public string OriginalName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string UploadedById { get; private set; } = "";
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
}
