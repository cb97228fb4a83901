namespace Portal.Domain.Tendering;

/// <summary>
/// A supplier organisation's invitation to an issued ITT. Made once, at issue, for every supplier then active on the lot;
/// it is what lets the supplier's users see the ITT, its addenda and its clarifications.
/// </summary>
public sealed class IttInvitation
{
    private IttInvitation() { }

    internal IttInvitation(Guid invitationToTenderId, Guid commissionId, Guid supplierId, string supplierName, DateTimeOffset invitedAt)
    {
        Id = Guid.NewGuid();
        InvitationToTenderId = invitationToTenderId;
        CommissionId = commissionId;
        SupplierId = supplierId;
        SupplierName = supplierName;
        InvitedAt = invitedAt;
    }

    public Guid Id { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid SupplierId { get; private set; }

    /// <summary>The organisation's name when it was invited, kept as the record of who was invited.</summary>
    public string SupplierName { get; private set; } = "";

    public DateTimeOffset InvitedAt { get; private set; }
}

/// <summary>A supplier invited to tender, as the ITT needs to know it when issuing.</summary>
public sealed record InvitedSupplier(Guid SupplierId, string Name);
