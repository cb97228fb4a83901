using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;

namespace Portal.Domain.Mobilisation;

/// <summary>
/// What must be in place between award and the service's start, made from the template when the award is confirmed: each item
/// with its owner, due date, status, evidence and notes. The plan gives the commission the facts its state machine guards read:
/// whether the contract is signed and the DPIA complete, and how many mandatory items are not yet done.
/// </summary>
public sealed class MobilisationPlan
{
    public const string EvidenceNeededMessage = "Upload the evidence before marking \"{0}\" done: it is mandatory, and a mandatory item is done only with its evidence.";

    private readonly List<MobilisationItem> _items = [];

    private MobilisationPlan() { }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public DateOnly CallOffEffectiveDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid ConcurrencyToken { get; private set; }
    public IReadOnlyList<MobilisationItem> Items => _items;

    public static MobilisationPlan FromTemplate(IReadOnlyList<MobilisationTemplateItem> template, Contract contract, DateTimeOffset at)
    {
        var plan = new MobilisationPlan
        {
            Id = Guid.NewGuid(),
            CommissionId = contract.CommissionId,
            ContractId = contract.Id,
            SupplierId = contract.SupplierId,
            SupplierName = contract.SupplierName,
            CallOffEffectiveDate = contract.CallOffEffectiveDate,
            CreatedAt = at,
            ConcurrencyToken = Guid.NewGuid(),
        };
        var position = 0;
        foreach (var line in template)
            plan._items.Add(new MobilisationItem(++position, line.Kind, line.Title, line.Owner, line.Mandatory,
                contract.CallOffEffectiveDate.AddDays(line.DueDaysAfterEffectiveDate)));
        return plan;
    }

    public int OutstandingMandatoryItems => _items.Count(i => i.Mandatory && i.Status != MobilisationItemStatus.Done);
    public int DoneCount => _items.Count(i => i.Status == MobilisationItemStatus.Done);
    public bool ContractSigned => IsDone(MobilisationItemKind.ContractSigned);
    public bool DpiaCompleted => IsDone(MobilisationItemKind.Dpia);

    public IEnumerable<MobilisationItem> OverdueItems(DateOnly today) => _items.Where(i => i.IsOverdue(today));

    public MobilisationItem Item(Guid itemId) =>
        _items.SingleOrDefault(i => i.Id == itemId) ?? throw new DomainRuleException("That item is not on this mobilisation plan.");

    /// <summary>Whether the actor may change this item: the office any item, the awarded supplier's users only the items it owns.</summary>
    public bool MayUpdate(Actor actor, Guid? actorSupplierId, MobilisationItem item) =>
        actor.IsContractManager || (actorSupplierId == SupplierId && item.Owner == MobilisationOwner.Supplier);

    /// <returns>What changed, in words for the audit trail; empty when nothing did.</returns>
    public string Update(Guid itemId, MobilisationItemStatus status, string notes, DateOnly? dueOn, Actor actor, Guid? actorSupplierId)
    {
        var item = Item(itemId);
        RequireMayUpdate(actor, actorSupplierId, item);
        notes = notes.Trim();
        if (notes.Length > MobilisationItem.NotesMaxLength) throw new DomainRuleException($"Keep the notes to {MobilisationItem.NotesMaxLength} characters.");
        if (!Enum.IsDefined(status)) throw new DomainRuleException("Choose a status: not started, in progress or done.");
        if (dueOn is { } due && due != item.DueOn)
        {
            if (!actor.IsContractManager) throw new DomainRuleException("Only the office can change when an item is due.");
            if (due < CallOffEffectiveDate.AddDays(-90)) throw new DomainRuleException("The due date is too far before the call-off's effective date.");
        }
        if (status == MobilisationItemStatus.Done && item.Mandatory && item.Evidence.Count == 0)
            throw new DomainRuleException(string.Format(EvidenceNeededMessage, item.Title));
        if (item.Status == MobilisationItemStatus.Done && status != MobilisationItemStatus.Done && item.Kind == MobilisationItemKind.ContractSigned)
            throw new DomainRuleException("The contract's signature has been recorded and cannot be undone.");
        var changes = item.Apply(status, notes, dueOn ?? item.DueOn);
        if (changes.Length > 0) Touch();
        return changes;
    }

    public void AddEvidence(Guid itemId, MobilisationEvidence evidence, Actor actor, Guid? actorSupplierId)
    {
        var item = Item(itemId);
        RequireMayUpdate(actor, actorSupplierId, item);
        if (item.Evidence.Count >= MobilisationItem.MaxEvidence) throw new DomainRuleException($"An item can hold up to {MobilisationItem.MaxEvidence} documents.");
        item.AddEvidence(evidence);
        Touch();
    }

    private void RequireMayUpdate(Actor actor, Guid? actorSupplierId, MobilisationItem item)
    {
        if (MayUpdate(actor, actorSupplierId, item)) return;
        throw new DomainRuleException(actorSupplierId == SupplierId
            ? $"\"{item.Title}\" is the office's to do: only the office can update it."
            : "Only the office and the supplier awarded this contract can update its mobilisation plan.");
    }

    private bool IsDone(MobilisationItemKind kind) => _items.Any(i => i.Kind == kind && i.Status == MobilisationItemStatus.Done);

    private void Touch() => ConcurrencyToken = Guid.NewGuid();
}

public sealed class MobilisationItem
{
    public const int NotesMaxLength = 2000;
    public const int MaxEvidence = 20;

    private readonly List<MobilisationEvidence> _evidence = [];

    private MobilisationItem() { }

    internal MobilisationItem(int position, MobilisationItemKind kind, string title, MobilisationOwner owner, bool mandatory, DateOnly dueOn)
    {
        Id = Guid.NewGuid();
        Position = position;
        Kind = kind;
        Title = title;
        Owner = owner;
        Mandatory = mandatory;
        DueOn = dueOn;
        Status = MobilisationItemStatus.NotStarted;
    }

    public Guid Id { get; private set; }
    public int Position { get; private set; }
    public MobilisationItemKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public MobilisationOwner Owner { get; private set; }
    public bool Mandatory { get; private set; }
    public DateOnly DueOn { get; private set; }
    public MobilisationItemStatus Status { get; private set; }
    public string Notes { get; private set; } = "";
    public IReadOnlyList<MobilisationEvidence> Evidence => _evidence;

    /// <summary>Past its due date and not done: on the due date itself it is still in time.</summary>
    public bool IsOverdue(DateOnly today) => Status != MobilisationItemStatus.Done && DueOn < today;

    internal string Apply(MobilisationItemStatus status, string notes, DateOnly dueOn)
    {
        var changes = new List<string>();
        if (status != Status) changes.Add($"{Status.Describe().ToLowerInvariant()} → {status.Describe().ToLowerInvariant()}");
        if (dueOn != DueOn) changes.Add($"due {DueOn:d MMM yyyy} → {dueOn:d MMM yyyy}");
        if (notes != Notes) changes.Add("notes changed");
        Status = status;
        Notes = notes;
        DueOn = dueOn;
        return string.Join("; ", changes);
    }

    internal void AddEvidence(MobilisationEvidence evidence) => _evidence.Add(evidence);
}

/// <summary>A document uploaded to show an item is done.</summary>
public sealed class MobilisationEvidence : UploadedFile
{
    private MobilisationEvidence() { }

    public MobilisationEvidence(string originalName, string storedName, string contentType, long size, string sha256,
        string uploadedById, string uploadedByName, DateTimeOffset uploadedAt)
        : base(originalName, storedName, contentType, size, sha256, uploadedById, uploadedByName, uploadedAt) { }
}
