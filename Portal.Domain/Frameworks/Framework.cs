namespace Portal.Domain.Frameworks;

/// <summary>A framework agreement the office can call off from, e.g. a probation rehabilitation services framework.</summary>
public sealed class Framework
{
    private readonly List<Lot> _lots = [];

    private Framework() { }

    public Framework(string name, string contractingAuthority, DateOnly startsOn, DateOnly endsOn)
    {
        Id = Guid.NewGuid();
        Name = name;
        ContractingAuthority = contractingAuthority;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string ContractingAuthority { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public IReadOnlyList<Lot> Lots => _lots.AsReadOnly();

    public Lot AddLot(int number, string name, string region)
    {
        var lot = new Lot(Id, number, name, region);
        _lots.Add(lot);
        return lot;
    }
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

    public void AddSupplier(SupplierOrganisation supplier, SupplierStatus status = SupplierStatus.Active) =>
        _members.Add(new LotMembership(Id, supplier.Id, status));
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
}

/// <summary>A provider organisation that bids, such as a charity or a training company.</summary>
public sealed class SupplierOrganisation
{
    private SupplierOrganisation() { }

    public SupplierOrganisation(string name, string contactName, string contactEmail, string town)
    {
        Id = Guid.NewGuid();
        Name = name;
        ContactName = contactName;
        ContactEmail = contactEmail;
        Town = town;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public string Town { get; private set; } = "";
}
