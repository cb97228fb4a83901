using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Tests.Components;

/// <summary>
/// A migrated SQLite file of its own for one test class's components to read, and the commissions they show,
/// built through the aggregate's own methods (so their state is one the workflow can really reach).
/// </summary>
public sealed class ComponentDatabase : IAsyncLifetime, IDbContextFactory<PortalDbContext>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-component-tests", Guid.NewGuid().ToString("N"));
    private DbContextOptions<PortalDbContext> _options = default!;
    private int _lastNumber;

    public static readonly DateTimeOffset Now = new(2026, 5, 11, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The temporary folder holding the database, removed with it; components that store files keep them here too.</summary>
    public string Folder => _folder;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(ConnectionString).Options;
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
        return Task.CompletedTask;
    }

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "portal.db") }.ToString();

    public PortalDbContext CreateDbContext() => new(_options);

    public async Task<Guid> DraftAsync() => await SaveAsync(NewCommission());

    public async Task<Guid> AwaitingDecisionAsync(bool signedOff)
    {
        var c = NewCommission();
        Move(c, CommissionTrigger.SubmitForDecision, People.CommissioningOfficer, Now.AddDays(-20));
        if (signedOff) SignOff(c);
        return await SaveAsync(c);
    }

    /// <summary>At opening with tenders in the box, one procurement officer having confirmed the opening.</summary>
    public async Task<Guid> OpeningConfirmedByAsync(Actor procurementOfficer)
    {
        var c = NewCommission();
        ToIttPreparation(c);
        c.RecordIttReadiness(People.ProcurementOfficer, 100, 3, 2, Now.AddDays(-32));
        c.SetTenderTimetable(People.ProcurementOfficer, Now.AddDays(-25), Now.AddDays(-2), Now.AddDays(-32));
        Move(c, CommissionTrigger.IssueItt, People.ProcurementOfficer, Now.AddDays(-31));
        Move(c, CommissionTrigger.ClarificationDeadlinePassed, Actor.System, Now.AddDays(-25).AddMinutes(1), "The deadline passed");
        c.RecordTenderReceived(People.ProcurementOfficer, Now.AddDays(-3));
        Move(c, CommissionTrigger.TenderDeadlinePassed, Actor.System, Now.AddDays(-2).AddMinutes(1), "The deadline passed");
        c.ConfirmTenderOpening(procurementOfficer, Now.AddHours(-1));
        return await SaveAsync(c);
    }

    public async Task<int> CommissionCountAsync()
    {
        await using var db = CreateDbContext();
        return await db.Commissions.CountAsync();
    }

    /// <summary>A new draft commission with the next number, not yet saved.</summary>
    public Commission NewCommission(string title = "Housing advice for people leaving custody") => Commission.Create(Interlocked.Increment(ref _lastNumber),
        ReferenceCommission.DecisionNote(new DateOnly(2027, 5, 1), new DateOnly(2027, 2, 1), "Test officer", new DateOnly(2027, 1, 4)) with
        {
            Title = title,
        },
        People.CommissioningOfficer, Now.AddDays(-60));

    /// <summary>Moves a draft through its decision and equality assessment to ITT preparation.</summary>
    public static void ToIttPreparation(Commission c)
    {
        Move(c, CommissionTrigger.SubmitForDecision, People.CommissioningOfficer, Now.AddDays(-40));
        SignOff(c);
        Move(c, CommissionTrigger.Approve, People.Commissioner, Now.AddDays(-35), "Approved.");
        c.SubmitEqualityAssessment(People.CommissioningOfficer, Commission.ProtectedCharacteristicCount, Now.AddDays(-34));
        Move(c, CommissionTrigger.PassEqualityAssessment, People.EqualityLead, Now.AddDays(-33));
    }

    private static void SignOff(Commission c)
    {
        c.RecordSignOff(People.ChiefExecutive, "I recommend approval.", Now.AddDays(-19));
        c.RecordSignOff(People.Section151Officer, "Affordable.", Now.AddDays(-19));
        c.RecordSignOff(People.MonitoringOfficer, "Lawful.", Now.AddDays(-19));
    }

    public static void Move(Commission c, CommissionTrigger trigger, Actor actor, DateTimeOffset at, string? reason = null) =>
        c.Fire(trigger, new TransitionRequest(actor, at, reason));

    private async Task<Guid> SaveAsync(Commission commission)
    {
        await using var db = CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Commissions.Add(commission);
        await AuditTrail.AppendAsync(db, commission);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return commission.Id;
    }
}

public static class People
{
    public static readonly Actor CommissioningOfficer = Person("cmp-commissioning", "Cara Commissioning", Roles.CommissioningOfficer);
    public static readonly Actor ProcurementOfficer = Person("cmp-procurement", "Pat Procurement", Roles.ProcurementOfficer);
    public static readonly Actor SecondProcurementOfficer = Person("cmp-procurement-2", "Pia Procurement", Roles.ProcurementOfficer);
    public static readonly Actor EqualityLead = Person("cmp-equality", "Eve Equality", Roles.EqualityLead);
    public static readonly Actor Commissioner = Person("cmp-commissioner", "Cole Commissioner", Roles.Approver, ApproverPosition.Commissioner);
    public static readonly Actor ChiefExecutive = Person("cmp-chief", "Chris Chief", Roles.Approver, ApproverPosition.ChiefExecutive);
    public static readonly Actor Section151Officer = Person("cmp-s151", "Sue Finance", Roles.Approver, ApproverPosition.Section151Officer);
    public static readonly Actor MonitoringOfficer = Person("cmp-monitoring", "Mo Legal", Roles.Approver, ApproverPosition.MonitoringOfficer);

    private static Actor Person(string id, string name, string role, ApproverPosition? position = null) =>
        new(id, name, new HashSet<string> { role }, position);
}
