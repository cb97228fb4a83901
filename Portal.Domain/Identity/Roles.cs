namespace Portal.Domain.Identity;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string CommissioningOfficer = nameof(CommissioningOfficer);
    public const string ProcurementOfficer = nameof(ProcurementOfficer);
    public const string Approver = nameof(Approver);
    public const string EqualityLead = nameof(EqualityLead);
    public const string Evaluator = nameof(Evaluator);
    public const string SupplierUser = nameof(SupplierUser);

    /// <summary>Roles of the commissioner's office; a supplier user holds none of them.</summary>
    public const string Office = "Administrator,CommissioningOfficer,ProcurementOfficer,Approver,EqualityLead,Evaluator";

    public static readonly IReadOnlyList<string> All =
        [Administrator, CommissioningOfficer, ProcurementOfficer, Approver, EqualityLead, Evaluator, SupplierUser];

    public static readonly IReadOnlyList<string> OfficeRoles = All.Where(r => r != SupplierUser).ToArray();

    /// <summary>One holder of the role, with its article: "a commissioning officer", "an equality lead".</summary>
    internal static string DescribeOne(string role)
    {
        var noun = Describe(role).ToLowerInvariant();
        return ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;
    }

    public static string Describe(string role) => role switch
    {
        CommissioningOfficer => "Commissioning officer",
        ProcurementOfficer => "Procurement officer",
        EqualityLead => "Equality lead",
        SupplierUser => "Supplier user",
        _ => role,
    };
}
