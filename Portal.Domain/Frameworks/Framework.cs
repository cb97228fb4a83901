using Portal.Domain.Common;

namespace Portal.Domain.Frameworks;

/// <summary>A framework agreement the office can call off from, e.g. a probation rehabilitation services framework.</summary>
public sealed class Framework
{
    private readonly List<Lot> _lots = [];

    private Framework() { }

    public Framework(string name, string contractingAuthority, DateOnly startsOn, DateOnly endsOn)
    {
        Id = Guid.NewGuid();
        Name = FrameworkRules.Required(name, "framework name", FrameworkRules.MaxNameLength);
        ContractingAuthority = FrameworkRules.Required(contractingAuthority, "contracting authority", FrameworkRules.MaxNameLength);
        if (endsOn <= startsOn) throw new DomainRuleException("The framework must end after it starts.");
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string ContractingAuthority { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public IReadOnlyList<Lot> Lots => _lots.AsReadOnly();

    /// <summary>Adds a lot; its number must be positive and not already used in this framework.</summary>
    public Lot AddLot(int number, string name, string region)
    {
        if (number < 1 || number > FrameworkRules.MaxLotNumber)
            throw new DomainRuleException($"A lot number must be between 1 and {FrameworkRules.MaxLotNumber}.");
        if (_lots.Any(l => l.Number == number))
            throw new DomainRuleException($"This framework already has a lot {number}.");
        var lot = new Lot(Id, number,
            FrameworkRules.Required(name, "lot name", FrameworkRules.MaxNameLength),
            FrameworkRules.Required(region, "region", FrameworkRules.MaxRegionLength));
        _lots.Add(lot);
        return lot;
    }

    public Lot? FindLot(int number) => _lots.SingleOrDefault(l => l.Number == number);
}

public sealed class Lot
{
    private readonly List<LotMembership> _members = [];

    private Lot() { }

    internal Lot(Guid frameworkId, int number, string name, string region)
    {
        Id = Guid.NewGuid();
        FrameworkId = frameworkId;
        Number = number;
        Name = name;
        Region = region;
    }

    public Guid Id { get; private set; }
    public Guid FrameworkId { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; } = "";
    public string Region { get; private set; } = "";
    public IReadOnlyList<LotMembership> Members => _members.AsReadOnly();

    public string Describe() => $"Lot {Number}: {Name} ({Region})";

    public bool Includes(Guid supplierId) => _members.Any(m => m.SupplierId == supplierId);

    /// <summary>Puts a supplier organisation on this lot; an organisation is on a lot at most once.</summary>
    public void AddSupplier(SupplierOrganisation supplier, SupplierStatus status = SupplierStatus.Active)
    {
        if (Includes(supplier.Id)) throw new DomainRuleException($"{supplier.Name} is already on lot {Number}.");
        _members.Add(new LotMembership(Id, supplier.Id, status));
    }

    /// <summary>Suspends an active supplier on this lot, e.g. while a performance concern is looked into.</summary>
    public void SuspendSupplier(Guid supplierId, string reason) =>
        Membership(supplierId).ChangeStatus(SupplierStatus.Suspended, reason);

    /// <summary>Makes a suspended supplier on this lot active again.</summary>
    public void ReactivateSupplier(Guid supplierId, string reason) =>
        Membership(supplierId).ChangeStatus(SupplierStatus.Active, reason);

    private LotMembership Membership(Guid supplierId) =>
        _members.SingleOrDefault(m => m.SupplierId == supplierId)
        ?? throw new DomainRuleException($"That supplier is not on lot {Number}.");
}

public enum SupplierStatus { Active, Suspended }

public sealed class LotMembership
{
    private LotMembership() { }

    internal LotMembership(Guid lotId, Guid supplierId, SupplierStatus status)
    {
        LotId = lotId;
        SupplierId = supplierId;
        Status = status;
    }

    public Guid LotId { get; private set; }
    public Guid SupplierId { get; private set; }
    public SupplierStatus Status { get; private set; }

    /// <summary>Why the status last changed, as the officer who changed it wrote it.</summary>
    public string? StatusReason { get; private set; }

    internal void ChangeStatus(SupplierStatus status, string reason)
    {
        if (Status == status)
            throw new DomainRuleException(status == SupplierStatus.Suspended
                ? "This supplier is already suspended on the lot."
                : "This supplier is already active on the lot.");
        StatusReason = FrameworkRules.Required(reason, "reason", FrameworkRules.MaxReasonLength);
        Status = status;
    }
}

/// <summary>A provider organisation that bids, such as a charity or a training company.</summary>
public sealed class SupplierOrganisation
{
    private SupplierOrganisation() { }

    public SupplierOrganisation(string name, string contactName, string contactEmail, string town, string? contactPhone = null)
    {
        var problems = FrameworkRules.SupplierProblems(name, contactName, contactEmail, contactPhone, town);
        if (problems.Count > 0) throw new DomainRuleException(string.Join(" ", problems));
        Id = Guid.NewGuid();
        Name = name.Trim();
        ContactName = contactName.Trim();
        ContactEmail = contactEmail.Trim();
        ContactPhone = string.IsNullOrWhiteSpace(contactPhone) ? null : contactPhone.Trim();
        Town = town.Trim();
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public string? ContactPhone { get; private set; }
    public string Town { get; private set; } = "";
}
