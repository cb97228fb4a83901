using Portal.Domain.Frameworks;

namespace Portal.Components.Frameworks;

public sealed record FrameworkListItem(Guid Id, string Name, string ContractingAuthority, DateOnly StartsOn, DateOnly EndsOn, int LotCount, int SupplierCount);

public sealed record FrameworkView(Guid Id, string Name, string ContractingAuthority, DateOnly StartsOn, DateOnly EndsOn,
    IReadOnlyList<LotView> Lots, bool CanManage);

public sealed record LotView(Guid Id, int Number, string Name, string Region, IReadOnlyList<LotSupplierView> Suppliers);

public sealed record LotSupplierView(Guid SupplierId, string Name, string ContactName, string ContactEmail, string? ContactPhone, string Town,
    SupplierStatus Status, string? StatusReason);

public sealed record NewFramework(string Name, string ContractingAuthority, DateOnly StartsOn, DateOnly EndsOn);

public sealed record NewLot(int Number, string Name, string Region);

public sealed record SupplierContact(string Name, string ContactName, string ContactEmail, string? ContactPhone, string Town);

/// <summary>What the import would do with one row of the file, and what is wrong with it if anything.</summary>
public sealed record SupplierImportRow(SupplierCsvRow Row, IReadOnlyList<string> Problems, bool ExistingOrganisation)
{
    public bool IsValid => Problems.Count == 0;

    public string Result => !IsValid ? string.Join(" ", Problems)
        : ExistingOrganisation ? "Will add (organisation already in the portal; its contact details are kept)"
        : "Will add";
}

/// <summary>The preview of a supplier CSV: a file-level problem, or a result for every row. Importable only when all is well.</summary>
public sealed record SupplierImportPreview(string? FileError, IReadOnlyList<SupplierImportRow> Rows)
{
    public int ErrorCount => Rows.Count(r => !r.IsValid);

    public bool CanImport => FileError is null && Rows.Count > 0 && ErrorCount == 0;
}
