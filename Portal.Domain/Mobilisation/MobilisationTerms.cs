namespace Portal.Domain.Mobilisation;

/// <summary>Who must do a mobilisation item: the office, or the supplier the contract was awarded to.</summary>
public enum MobilisationOwner { Office, Supplier }

public enum MobilisationItemStatus { NotStarted, InProgress, Done }

/// <summary>
/// What an item stands for. The contract's signature and the DPIA are named because the commission's state machine reads them
/// (mobilisation starts once the contract is signed; the service commences only once the DPIA is complete); every other item is
/// just one more thing to do.
/// </summary>
public enum MobilisationItemKind { Other, ContractSigned, Dpia }

public static class MobilisationText
{
    public static string Describe(this MobilisationOwner owner) => owner == MobilisationOwner.Office ? "Office" : "Supplier";

    public static string Describe(this MobilisationItemStatus status) => status switch
    {
        MobilisationItemStatus.NotStarted => "Not started",
        MobilisationItemStatus.InProgress => "In progress",
        _ => "Done",
    };
}
