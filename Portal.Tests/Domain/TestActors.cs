using Portal.Domain.Identity;

namespace Portal.Tests.Domain;

/// <summary>The people the domain tests act as, one role each unless the name says otherwise.</summary>
internal static class TestActors
{
    public static readonly Actor CommissioningOfficer = Make("co-1", "Cara Commissioning", Roles.CommissioningOfficer);
    public static readonly Actor ProcurementOfficer = Make("po-1", "Priya Procurement", Roles.ProcurementOfficer);
    public static readonly Actor SecondProcurementOfficer = Make("po-2", "Paul Procurement", Roles.ProcurementOfficer);
    public static readonly Actor ChiefExecutive = Make("ce-1", "Chris Executive", Roles.Approver, ApproverPosition.ChiefExecutive);
    public static readonly Actor Section151Officer = Make("s151-1", "Sam Finance", Roles.Approver, ApproverPosition.Section151Officer);
    public static readonly Actor MonitoringOfficer = Make("mo-1", "Morgan Governance", Roles.Approver, ApproverPosition.MonitoringOfficer);
    public static readonly Actor Commissioner = Make("pcc-1", "Pat Commissioner", Roles.Approver, ApproverPosition.Commissioner);
    public static readonly Actor EqualityLead = Make("eq-1", "Eden Equality", Roles.EqualityLead);
    public static readonly Actor Evaluator = Make("ev-1", "Evan Evaluator", Roles.Evaluator);
    public static readonly Actor Administrator = Make("admin-1", "Ada Admin", Roles.Administrator);
    public static readonly Actor Supplier = Make("sup-1", "Sid Supplier", Roles.SupplierUser);
    public static readonly Actor Scheduler = Actor.System;

    /// <summary>Writes EIAs and also quality-assures them, so can be tempted to pass their own.</summary>
    public static readonly Actor EqualityLeadWhoAlsoCommissions =
        new("dual-1", "Dana Dual", new HashSet<string> { Roles.CommissioningOfficer, Roles.EqualityLead });

    public static IReadOnlyList<Actor> Everyone { get; } =
    [
        CommissioningOfficer, ProcurementOfficer, SecondProcurementOfficer, ChiefExecutive, Section151Officer,
        MonitoringOfficer, Commissioner, EqualityLead, Evaluator, Administrator, Supplier, Scheduler,
    ];

    public static Actor Named(string userId) => Everyone.Single(a => a.UserId == userId);

    public static Actor Make(string id, string name, string role, ApproverPosition? position = null) =>
        new(id, name, new HashSet<string> { role }, position);
}
