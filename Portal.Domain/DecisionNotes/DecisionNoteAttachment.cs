namespace Portal.Domain.DecisionNotes;

public enum AttachmentKind { ServiceSpecification, ActionPlan, EqualityImpactAssessment, Other }

/// <summary>
/// A background or supporting paper attached to a decision note. The file lives in the data folder under a name the
/// server chose; the name it was uploaded with is kept only to show and to download it by.
/// </summary>
public sealed class DecisionNoteAttachment
{
    private DecisionNoteAttachment() { }

    public DecisionNoteAttachment(Guid commissionId, AttachmentKind kind, string originalName, string storedName, string contentType,
        long size, string sha256, bool isAppendix, string uploadedById, string uploadedByName, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        CommissionId = commissionId;
        Kind = kind;
        OriginalName = originalName;
        StoredName = storedName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        IsAppendix = isAppendix;
        UploadedById = uploadedById;
        UploadedByName = uploadedByName;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public AttachmentKind Kind { get; private set; }
    public string OriginalName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";

    /// <summary>An appendix is published with the note unless the note says appendices are redacted.</summary>
    public bool IsAppendix { get; private set; }
    public string UploadedById { get; private set; } = "";
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
}

public static class AttachmentKinds
{
    public static string Describe(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.ServiceSpecification => "Service specification",
        AttachmentKind.ActionPlan => "Action plan",
        AttachmentKind.EqualityImpactAssessment => "Equality impact assessment",
        _ => "Supporting paper",
    };
}
