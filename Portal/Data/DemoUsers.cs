using Portal.Domain.Identity;

namespace Portal.Data;

/// <summary>The demo sign-ins seeded on the embedded default; the README lists the same.</summary>
public static class DemoUsers
{
    public const string Password = "Portal-demo-2026";

    public sealed record DemoUser(string Email, string DisplayName, string Role, ApproverPosition? Position = null, string? SupplierName = null);

    public static readonly DemoUser Administrator = new("admin@portal.test", "Morgan Lee", Roles.Administrator);
    public static readonly DemoUser CommissioningOfficer = new("commissioning@portal.test", "Priya Shah", Roles.CommissioningOfficer);
    public static readonly DemoUser ProcurementOfficer = new("procurement@portal.test", "Tom Fielding", Roles.ProcurementOfficer);
    public static readonly DemoUser SecondProcurementOfficer = new("procurement2@portal.test", "Grace Okafor", Roles.ProcurementOfficer);
    public static readonly DemoUser ChiefExecutive = new("chief.executive@portal.test", "Helen Ward", Roles.Approver, ApproverPosition.ChiefExecutive);
    public static readonly DemoUser Section151Officer = new("s151@portal.test", "David Marsh", Roles.Approver, ApproverPosition.Section151Officer);
    public static readonly DemoUser MonitoringOfficer = new("monitoring@portal.test", "Ruth Bennett", Roles.Approver, ApproverPosition.MonitoringOfficer);
    public static readonly DemoUser Commissioner = new("commissioner@portal.test", "James Holloway", Roles.Approver, ApproverPosition.Commissioner);
    public static readonly DemoUser EqualityLead = new("equality@portal.test", "Amira Haddad", Roles.EqualityLead);
    public static readonly DemoUser Evaluator = new("evaluator@portal.test", "Leon Price", Roles.Evaluator);
    public static readonly DemoUser SecondEvaluator = new("evaluator2@portal.test", "Sofia Marin", Roles.Evaluator);

    public static readonly DemoUser[] Office =
    [
        Administrator, CommissioningOfficer, ProcurementOfficer, SecondProcurementOfficer, ChiefExecutive,
        Section151Officer, MonitoringOfficer, Commissioner, EqualityLead, Evaluator, SecondEvaluator,
    ];

    public static readonly DemoUser[] Suppliers =
    [
        new("bids@pathwaystowork.test", "Nadia Brooks", Roles.SupplierUser, SupplierName: "Pathways to Work CIC"),
        new("tenders@secondchanceskills.test", "Owen Hughes", Roles.SupplierUser, SupplierName: "Second Chance Skills Trust"),
        new("contracts@midlandsemployment.test", "Chloe Turner", Roles.SupplierUser, SupplierName: "Midlands Employment Partnership Ltd"),
        new("hello@bridgetraining.test", "Samuel Adeyemi", Roles.SupplierUser, SupplierName: "Bridge Training Charity"),
    ];
}
