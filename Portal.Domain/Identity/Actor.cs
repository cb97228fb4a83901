namespace Portal.Domain.Identity;

/// <summary>Who is acting: a signed-in user, or the portal's own scheduler for timed moves.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<string> Roles, ApproverPosition? Position = null)
{
    public const string SystemRole = "System";

    public static Actor System { get; } = new("system", "Portal scheduler", new HashSet<string> { SystemRole });

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsSupplier => IsInRole(Identity.Roles.SupplierUser);

    public bool IsOfficeUser => Identity.Roles.OfficeRoles.Any(Roles.Contains);

    /// <summary>Runs a contract after award (its mobilisation plan, outcomes framework and meetings): a commissioning or procurement officer.</summary>
    public bool IsContractManager => IsInRole(Identity.Roles.CommissioningOfficer) || IsInRole(Identity.Roles.ProcurementOfficer);
}
