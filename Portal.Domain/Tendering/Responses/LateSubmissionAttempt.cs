using Portal.Domain.Identity;

namespace Portal.Domain.Tendering.Responses;

/// <summary>A bidder tried to submit after the tender deadline and was refused; the opening record lists every such attempt.</summary>
public sealed class LateSubmissionAttempt
{
    private LateSubmissionAttempt() { }

    public LateSubmissionAttempt(Guid invitationToTenderId, Guid supplierId, string supplierName, Actor actor, DateTimeOffset attemptedAt)
    {
        Id = Guid.NewGuid();
        InvitationToTenderId = invitationToTenderId;
        SupplierId = supplierId;
        SupplierName = supplierName;
        AttemptedByUserId = actor.UserId;
        AttemptedByName = actor.DisplayName;
        AttemptedAt = attemptedAt;
    }

    public Guid Id { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public string AttemptedByUserId { get; private set; } = "";
    public string AttemptedByName { get; private set; } = "";
    public DateTimeOffset AttemptedAt { get; private set; }
}
