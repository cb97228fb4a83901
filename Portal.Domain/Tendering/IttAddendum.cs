using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Tendering;

/// <summary>
/// A change to an ITT after it was issued, published to every invited supplier: what changed (each change as a line),
/// the officer's explanation, and when. Suppliers acknowledge each addendum.
/// </summary>
public sealed class IttAddendum
{
    public const int ExplanationMaxLength = 4_000;

    private readonly List<AddendumAcknowledgement> _acknowledgements = [];

    private IttAddendum() { }

    internal IttAddendum(Guid invitationToTenderId, Guid commissionId, int number, string explanation, IReadOnlyList<string> changes,
        Actor actor, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        InvitationToTenderId = invitationToTenderId;
        CommissionId = commissionId;
        Number = number;
        Explanation = explanation;
        Changes = string.Join('\n', changes);
        PublishedAt = at;
        PublishedByUserId = actor.UserId;
        PublishedByName = actor.DisplayName;
    }

    public Guid Id { get; private set; }
    public Guid InvitationToTenderId { get; private set; }
    public Guid CommissionId { get; private set; }
    public int Number { get; private set; }
    public string Explanation { get; private set; } = "";

    /// <summary>One line per change, e.g. "Tender deadline: 12 March 2027 at 12:00 → 19 March 2027 at 12:00".</summary>
    public string Changes { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedByUserId { get; private set; } = "";
    public string PublishedByName { get; private set; } = "";
    public IReadOnlyList<AddendumAcknowledgement> Acknowledgements => _acknowledgements.AsReadOnly();

    public IReadOnlyList<string> ChangeLines => Changes.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public bool IsAcknowledgedBy(Guid supplierId) => _acknowledgements.Any(a => a.SupplierId == supplierId);

    /// <summary>A supplier user acknowledges on behalf of its organisation; a second acknowledgement changes nothing.</summary>
    public AddendumAcknowledgement? Acknowledge(Guid supplierId, Actor actor, DateTimeOffset at)
    {
        if (!actor.IsSupplier) throw new DomainRuleException("Only a supplier's own users can acknowledge an addendum.");
        if (IsAcknowledgedBy(supplierId)) return null;
        var acknowledgement = new AddendumAcknowledgement(Id, supplierId, actor.UserId, actor.DisplayName, at);
        _acknowledgements.Add(acknowledgement);
        return acknowledgement;
    }
}

public sealed class AddendumAcknowledgement
{
    private AddendumAcknowledgement() { }

    internal AddendumAcknowledgement(Guid addendumId, Guid supplierId, string userId, string userName, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        AddendumId = addendumId;
        SupplierId = supplierId;
        AcknowledgedByUserId = userId;
        AcknowledgedByName = userName;
        AcknowledgedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid AddendumId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string AcknowledgedByUserId { get; private set; } = "";
    public string AcknowledgedByName { get; private set; } = "";
    public DateTimeOffset AcknowledgedAt { get; private set; }
}
