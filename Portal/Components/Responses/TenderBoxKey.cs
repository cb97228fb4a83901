namespace Portal.Components.Responses;

/// <summary>
/// An ITT's own key for its sealed box, as stored: protected by the sealed box's Data Protection key ring, which lives in
/// a folder apart from the database and the files, so neither a copy of the database nor of the files opens a response.
/// </summary>
public sealed class TenderBoxKey
{
    private TenderBoxKey() { }

    public TenderBoxKey(Guid invitationToTenderId, byte[] protectedKey, DateTimeOffset createdAt)
    {
        InvitationToTenderId = invitationToTenderId;
        ProtectedKey = protectedKey;
        CreatedAt = createdAt;
    }

    public Guid InvitationToTenderId { get; private set; }
    public byte[] ProtectedKey { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
}
