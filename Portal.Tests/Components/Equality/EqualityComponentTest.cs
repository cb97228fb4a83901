using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Components.Audit;
using Portal.Components.Equality;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Equality;
using Portal.Domain.Identity;

namespace Portal.Tests.Components.Equality;

/// <summary>The component context with the EIA service added, and commissions at their EIA stage to put EIAs on.</summary>
public abstract class EqualityComponentTest : PortalComponentTest
{
    private static int _lastNumber = 600;

    /// <summary>A commissioning officer who is also an equality lead: may write an EIA, never quality-assure their own.</summary>
    protected static readonly Actor AuthorWhoIsAlsoEqualityLead = new("cmp-both", "Bea Both",
        new HashSet<string> { Roles.CommissioningOfficer, Roles.EqualityLead });

    protected EqualityComponentTest(ComponentDatabase database) : base(database) =>
        Services.AddScoped<EqualityAssessmentService>();

    protected static EqualityAssessmentContent CompleteContent() => ReferenceCommission.EqualityAssessment(new DateOnly(2026, 5, 1));

    /// <summary>A commission whose decision is approved, so it waits at its EIA stage; with an EIA by <paramref name="author"/> if given.</summary>
    protected async Task<Guid> CommissionAtEiaStageAsync(EqualityAssessmentContent? content = null, Actor? author = null, bool submitted = false,
        bool decisionApproved = true)
    {
        var now = ComponentDatabase.Now;
        var commission = Commission.Create(Interlocked.Increment(ref _lastNumber),
            ReferenceCommission.DecisionNote(new DateOnly(2027, 5, 1), new DateOnly(2027, 2, 1), "Test officer", new DateOnly(2027, 1, 4)) with
            {
                Title = "Mentoring for women leaving custody",
            },
            People.CommissioningOfficer, now.AddDays(-30));
        Fire(commission, CommissionTrigger.SubmitForDecision, People.CommissioningOfficer, now.AddDays(-20));
        if (decisionApproved)
        {
            commission.RecordSignOff(People.ChiefExecutive, "I recommend approval.", now.AddDays(-19));
            commission.RecordSignOff(People.Section151Officer, "Affordable.", now.AddDays(-19));
            commission.RecordSignOff(People.MonitoringOfficer, "Lawful.", now.AddDays(-19));
            Fire(commission, CommissionTrigger.Approve, People.Commissioner, now.AddDays(-18), "Approved.");
        }

        EqualityAssessment? assessment = null;
        if (content is not null)
        {
            author ??= People.CommissioningOfficer;
            assessment = EqualityAssessment.Start(commission.Id, content, author, now.AddDays(-10));
            if (submitted)
            {
                assessment.Submit(author, now.AddDays(-2));
                commission.SubmitEqualityAssessment(author, content.AssessedCount, now.AddDays(-2));
            }
        }

        await using var db = Database.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Commissions.Add(commission);
        await AuditTrail.AppendAsync(db, commission);
        if (assessment is not null)
        {
            db.EqualityAssessments.Add(assessment);
            await AuditTrail.AppendAsync(db, assessment);
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return commission.Id;
    }

    protected async Task<EqualityAssessment?> StoredAssessmentAsync(Guid commissionId)
    {
        await using var db = Database.CreateDbContext();
        return await db.EqualityAssessments.AsNoTracking().SingleOrDefaultAsync(e => e.CommissionId == commissionId);
    }

    /// <summary>Someone else changes the stored EIA, as another tab or officer would.</summary>
    protected async Task ChangeElsewhereAsync(Guid commissionId, Func<EqualityAssessmentContent, EqualityAssessmentContent> change)
    {
        await using var db = Database.CreateDbContext();
        var assessment = await db.EqualityAssessments.SingleAsync(e => e.CommissionId == commissionId);
        assessment.Update(change(assessment.Content), People.CommissioningOfficer, ComponentDatabase.Now);
        await db.SaveChangesAsync();
    }

    protected async Task<CommissionState> CommissionStateAsync(Guid commissionId)
    {
        await using var db = Database.CreateDbContext();
        return (await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId)).State;
    }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<EqualityAssessmentPage> RenderPageFor(Actor actor, Guid commissionId)
    {
        SignInAs(actor);
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<EqualityAssessmentPage>(p => p.Add(x => x.Id, commissionId));
        page.WaitForElement("[data-testid='eia-actions']", TimeSpan.FromSeconds(10));
        return page;
    }

    private static void Fire(Commission c, CommissionTrigger trigger, Actor actor, DateTimeOffset at, string? reason = null) =>
        c.Fire(trigger, new TransitionRequest(actor, at, reason));
}
