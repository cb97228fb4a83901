using Portal.Domain.Common;
using Portal.Domain.Identity;

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

    public DateTimeOffset? DeclinedAt { get; private set; }
    public string? DeclinedByName { get; private set; }
    public string? DeclineReason { get; private set; }
    public bool HasDeclined => DeclinedAt is not null;

    /// <summary>The supplier says it will not bid, and why; the office learns what keeps bidders away.</summary>
    public void Decline(string reason, DateTimeOffset? tenderDeadline, Actor actor, DateTimeOffset at)
    {
        if (!actor.IsSupplier) throw new DomainRuleException("Only the invited supplier's own users can decline to bid.");
        if (HasDeclined) throw new DomainRuleException("Your organisation has already declined to bid for this tender.");
        if (tenderDeadline <= at) throw new DomainRuleException("The tender deadline has passed; there is nothing left to decline.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Say why you are not bidding: it helps the office plan future tenders.");
        if (reason.Trim().Length > DeclineReasonMaxLength) throw new DomainRuleException($"Keep the reason to {DeclineReasonMaxLength:N0} characters.");
        DeclinedAt = at;
        DeclinedByName = actor.DisplayName;
        DeclineReason = reason.Trim();
    }

    public const int DeclineReasonMaxLength = 2_000;
}

/// <summary>A supplier invited to tender, as the ITT needs to know it when issuing.</summary>
public sealed record InvitedSupplier(Guid SupplierId, string Name);
