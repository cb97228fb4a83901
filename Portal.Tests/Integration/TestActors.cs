using Portal.Data;
using Portal.Domain.DecisionNotes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>A current user fixed by the test, in place of the one read from the sign-in cookie.</summary>
public sealed class FixedActor(Actor actor) : ICurrentActor
{
    public Task<Actor> GetAsync() => Task.FromResult(actor);
}

public static class TestActors
{
    public static readonly Actor CommissioningOfficer = Person("test-commissioning", "Cara Commissioning", Roles.CommissioningOfficer);
    public static readonly Actor OtherCommissioningOfficer = Person("test-commissioning-2", "Colin Commissioning", Roles.CommissioningOfficer);
    public static readonly Actor ProcurementOfficer = Person("test-procurement", "Pat Procurement", Roles.ProcurementOfficer);
    public static readonly Actor EqualityLead = Person("test-equality", "Eve Equality", Roles.EqualityLead);
    public static readonly Actor Supplier = Person("test-supplier", "Sam Supplier", Roles.SupplierUser);
    public static readonly Actor Commissioner = Approver(ApproverPosition.Commissioner);
    public static readonly Actor ChiefExecutive = Approver(ApproverPosition.ChiefExecutive);
    public static readonly Actor Section151Officer = Approver(ApproverPosition.Section151Officer);
    public static readonly Actor MonitoringOfficer = Approver(ApproverPosition.MonitoringOfficer);

    private static Actor Person(string id, string name, string role, ApproverPosition? position = null) =>
        new(id, name, new HashSet<string> { role }, position);

    private static Actor Approver(ApproverPosition position) =>
        Person($"test-{position}".ToLowerInvariant(), $"Test {position.Describe()}", Roles.Approver, position);

    /// <summary>An app service built for this actor, as the page's own service would be for the signed-in user.</summary>
    public static T ServiceFor<T>(this PortalAppFactory app, Actor actor) where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(app.Services, new FixedActor(actor));

    /// <summary>A note with every mandatory section complete, so it can be submitted for decision.</summary>
    public static DecisionNoteContent CompleteNote(string title) =>
        ReferenceCommission.DecisionNote(new DateOnly(2027, 5, 1), new DateOnly(2027, 2, 1), "Test officer", new DateOnly(2027, 1, 4)) with { Title = title };

    public static CommissionDetails CompleteDetails(string title) => new(
        title,
        "A test service for people leaving prison, delivered across the county.",
        "That the Commissioner approves a call-off competition.",
        Money.FromPounds(50_000), Money.FromPounds(60_000), 24, 1, 12, ProcurementRoute.FrameworkCallOff);
}
