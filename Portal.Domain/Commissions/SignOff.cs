using Portal.Domain.Identity;

namespace Portal.Domain.Commissions;

/// <summary>A recommendation or comment from an approver, tied to the decision-note version it was given on.</summary>
public sealed class SignOff
{
    private SignOff() { }

    internal SignOff(ApproverPosition position, string userId, string signerName, string comment, int noteVersion, string contentHash, DateTimeOffset signedAt)
    {
        ContentHash = contentHash;
        Position = position;
        UserId = userId;
        SignerName = signerName;
        Comment = comment;
        NoteVersion = noteVersion;
        SignedAt = signedAt;
    }

    public ApproverPosition Position { get; private set; }
    public string UserId { get; private set; } = "";
    public string SignerName { get; private set; } = "";
    public string Comment { get; private set; } = "";
    public int NoteVersion { get; private set; }

    /// <summary>SHA-256 of the exact note content signed, so the record shows what each signer saw.</summary>
    public string ContentHash { get; private set; } = "";
    public DateTimeOffset SignedAt { get; private set; }
}

/// <summary>One procurement officer's confirmation that the tender box may be opened.</summary>
public sealed class OpeningConfirmation
{
    private OpeningConfirmation() { }

    internal OpeningConfirmation(string userId, string officerName, DateTimeOffset confirmedAt)
    {
        UserId = userId;
        OfficerName = officerName;
        ConfirmedAt = confirmedAt;
    }

    public string UserId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public DateTimeOffset ConfirmedAt { get; private set; }
}
