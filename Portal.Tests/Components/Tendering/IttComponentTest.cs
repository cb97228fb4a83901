using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using MudBlazor;
using Portal.Components.Audit;
using Portal.Components.Documents;
using Portal.Components.Tendering;
using Portal.Components.Uploads;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;

namespace Portal.Tests.Components.Tendering;

/// <summary>The component context with the ITT services added, a framework lot to choose, and commissions waiting in ITT preparation.</summary>
public abstract class IttComponentTest : PortalComponentTest
{
    private static int _lastNumber = 800;

    protected IttComponentTest(ComponentDatabase database) : base(database)
    {
        var folder = Path.Combine(database.Folder, "data-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DataFolder"] = folder }).Build();
        Services.AddSingleton(new PortalStorage(configuration, new HostingEnvironment { ContentRootPath = folder }));
        Services.AddScoped<IttService>();
        Services.AddSingleton<IVirusScanner, NoVirusScanner>();
        Services.AddSingleton<ScannedFileStore>();
        Services.AddScoped<IttDocumentStore>();
    }

    /// <summary>Long enough for a page to re-render after a change on a busy two-core machine.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>A commission with its decision approved and its EIA passed, with an ITT already saved when content is given.</summary>
    protected async Task<Guid> CommissionInIttPreparationAsync(IttContent? content = null)
    {
        var now = ComponentDatabase.Now;
        var commission = Commission.Create(Interlocked.Increment(ref _lastNumber),
            ReferenceCommission.DecisionNote(new DateOnly(2027, 5, 1), new DateOnly(2027, 2, 1), "Test officer", new DateOnly(2027, 1, 4)) with
            {
                Title = "Employment mentoring for prison leavers",
            },
            People.CommissioningOfficer, now.AddDays(-30));
        Fire(commission, CommissionTrigger.SubmitForDecision, People.CommissioningOfficer, now.AddDays(-20));
        commission.RecordSignOff(People.ChiefExecutive, "I recommend approval.", now.AddDays(-19));
        commission.RecordSignOff(People.Section151Officer, "Affordable.", now.AddDays(-19));
        commission.RecordSignOff(People.MonitoringOfficer, "Lawful.", now.AddDays(-19));
        Fire(commission, CommissionTrigger.Approve, People.Commissioner, now.AddDays(-18), "Approved.");
        commission.SubmitEqualityAssessment(People.CommissioningOfficer, Commission.ProtectedCharacteristicCount, now.AddDays(-15));
        Fire(commission, CommissionTrigger.PassEqualityAssessment, People.EqualityLead, now.AddDays(-12));

        await using var db = Database.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Commissions.Add(commission);
        await AuditTrail.AppendAsync(db, commission);
        if (content is not null)
        {
            var itt = InvitationToTender.Start(commission.Id, content, People.ProcurementOfficer, now.AddDays(-1));
            db.Set<InvitationToTender>().Add(itt);
            await AuditTrail.AppendAsync(db, commission.Id, itt.PendingChanges);
            itt.ClearPendingChanges();
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return commission.Id;
    }

    /// <summary>A lot with active suppliers on it, so an ITT has someone to invite.</summary>
    protected async Task<Guid> LotAsync()
    {
        await using var db = Database.CreateDbContext();
        if (await db.Lots.AsNoTracking().FirstOrDefaultAsync() is { } existing) return existing.Id;
        var framework = new Framework("Probation Rehabilitation Services (test)", "Ministry of Justice", new DateOnly(2021, 6, 1), new DateOnly(2028, 5, 31));
        var lot = framework.AddLot(1, "Education, Training and Employment", "West Midlands");
        var supplier = new SupplierOrganisation("Pathways to Work CIC", "Nadia Brooks", "bids@pathways.test", "Stoke-on-Trent");
        db.SupplierOrganisations.Add(supplier);
        lot.AddSupplier(supplier);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync();
        return lot.Id;
    }

    protected async Task<InvitationToTender?> StoredIttAsync(Guid commissionId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId);
    }

    /// <summary>Someone else saves the ITT, as another tab or officer would.</summary>
    protected async Task ChangeElsewhereAsync(Guid commissionId, Func<IttContent, IttContent> change)
    {
        await using var db = Database.CreateDbContext();
        var itt = await db.Set<InvitationToTender>().SingleAsync(i => i.CommissionId == commissionId);
        itt.Update(change(itt.Content), People.SecondProcurementOfficer, ComponentDatabase.Now);
        itt.ClearPendingChanges();
        await db.SaveChangesAsync();
    }

    protected IRenderedComponent<IttBuilderPage> RenderPageFor(Actor actor, Guid commissionId)
    {
        SignInAs(actor);
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<IttBuilderPage>(p => p.Add(x => x.Id, commissionId));
        page.WaitForElement("[data-testid='itt-actions']", Patience);
        return page;
    }

    /// <summary>Types into a text box and leaves it, as a user would.</summary>
    protected static void Type(IRenderedComponent<IttBuilderPage> page, string selector, string text)
    {
        page.Find(selector).Input(text);
        page.Find(selector).Blur();
    }

    protected static async Task ClickAsync(IRenderedComponent<IttBuilderPage> page, string selector) =>
        await page.InvokeAsync(() => page.Find(selector).Click());

    private static void Fire(Commission c, CommissionTrigger trigger, Actor actor, DateTimeOffset at, string? reason = null) =>
        c.Fire(trigger, new TransitionRequest(actor, at, reason));
}
