using Portal.Domain.Mobilisation;

namespace Portal.Components.Mobilisation;

public sealed record EvidenceView(Guid Id, string FileName, long Size, string UploadedByName, DateTimeOffset UploadedAt);

public sealed record MobilisationItemView(Guid Id, string Title, MobilisationOwner Owner, bool Mandatory, DateOnly DueOn,
    MobilisationItemStatus Status, string Notes, bool Overdue, bool CanUpdate, bool CanChangeDueDate, IReadOnlyList<EvidenceView> Evidence);

/// <summary>A plan as one person may see it: the office sees every item; the awarded supplier only the items it owns.</summary>
public sealed record MobilisationPlanView(Guid CommissionId, string Reference, string Title, string SupplierName, string StageName,
    DateOnly CallOffEffectiveDate, Guid ConcurrencyToken, IReadOnlyList<MobilisationItemView> Items, bool ContractSigned, bool DpiaCompleted,
    bool ForSupplier)
{
    public int ItemCount => Items.Count;

    public int DoneCount => Items.Count(i => i.Status == MobilisationItemStatus.Done);

    public int OutstandingMandatory => Items.Count(i => i.Mandatory && i.Status != MobilisationItemStatus.Done);

    public int OverdueCount => Items.Count(i => i.Overdue);
}

/// <summary>A contract of the supplier's with a mobilisation plan, for its dashboard.</summary>
public sealed record SupplierMobilisationItem(Guid CommissionId, string Title, int ItemsToDo, int Overdue);
