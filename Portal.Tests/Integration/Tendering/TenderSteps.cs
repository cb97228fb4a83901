using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Equality;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Tests.Integration.DecisionNotes;

namespace Portal.Tests.Integration.Tendering;

/// <summary>Brings a fresh commission to an ITT ready to issue, or issued, through the real services; and the demo suppliers' users as actors.</summary>
public sealed class TenderSteps(PortalAppFactory app)
{
    public const string WestMidlandsLotName = "Education, Training and Employment";

    public static readonly QualityQuestion[] Questions =
    [
        new("Describe how you will find and keep placements for people on probation.", 35, 1_000, Descriptors()),
        new("Describe how you will work with the probation service and partners.", 25, 750, Descriptors()),
    ];

    public DecisionSteps Decisions { get; } = new(app);

    public static string[] Descriptors() => ["No response.", "Poor.", "Weak.", "Satisfactory.", "Good.", "Excellent."];

    public static IttFile File(string name) => new(Guid.NewGuid(), name, 2_048, new string('b', 64));

    public CommissionSteps Commissions => Decisions.Commissions;

    public IttService Itt(Actor actor) => app.ServiceFor<IttService>(actor);

    /// <summary>The document store as the builder page has it for this person, over the ITT service for the same person.</summary>
    public IttDocumentStore Store(Actor actor) =>
        ActivatorUtilities.CreateInstance<IttDocumentStore>(app.Services, new FixedActor(actor), Itt(actor), Tenders(actor));

    public async Task<IttView> ViewAsync(Guid id, Actor? actor = null)
    {
        var view = await Itt(actor ?? TestActors.ProcurementOfficer).GetAsync(id);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    public async Task<Guid> InIttPreparationAsync(string title)
    {
        var id = await Decisions.SignedOffAsync(title);
        await Decisions.Commissions.SucceedAsync(TestActors.Commissioner, id, (_, token) => Decisions.ApproveAsync(id, token));
        var eia = app.ServiceFor<EqualityAssessmentService>(TestActors.CommissioningOfficer);
        Assert.True((await eia.SaveAsync(id, null, ReferenceCommission.EqualityAssessment(new DateOnly(2027, 1, 4)))).Succeeded);
        var token = (await eia.GetAsync(id)).Value!.ConcurrencyToken;
        var submitted = await eia.SubmitAsync(id, token);
        Assert.True(submitted.Succeeded, submitted.Message);
        token = (await eia.GetAsync(id)).Value!.ConcurrencyToken;
        var passed = await app.ServiceFor<EqualityAssessmentService>(TestActors.EqualityLead).PassAsync(id, token, null);
        Assert.True(passed.Succeeded, passed.Message);
        Assert.Equal(CommissionState.IttPreparation, (await CommissionAsync(id)).State);
        return id;
    }

    /// <summary>The demo's West Midlands lot: three active suppliers and one suspended.</summary>
    public async Task<Lot> WestMidlandsLotAsync()
    {
        await using var db = await app.OpenDbAsync();
        var lots = await db.Lots.AsNoTracking().ToListAsync();
        return lots.Single(l => l.Number == 1 && l.Members.Count == 4);
    }

    public async Task<Guid> LotWithActiveSuppliersAsync() => (await WestMidlandsLotAsync()).Id;

    public IttContent Complete(Guid lotId, int priceWeight = 30, int clarificationDays = 21, int tenderDays = 35)
    {
        var today = UkTime.DateOf(app.Clock.GetUtcNow());
        return new IttContent
        {
            LotId = lotId,
            ComplianceQuestions = [new("Do you hold employer's liability insurance of at least £5 million?")],
            QualityQuestions = Questions,
            PriceWeightingPercent = priceWeight,
            Timetable =
            [
                new(TimetablePhase.IttIssue, today),
                new(TimetablePhase.ClarificationDeadline, today.AddDays(clarificationDays), new TimeOnly(12, 0)),
                new(TimetablePhase.TenderDeadline, today.AddDays(tenderDays), new TimeOnly(12, 0)),
            ],
        };
    }

    /// <summary>A commission whose complete ITT, on the West Midlands lot, is ready to issue.</summary>
    public async Task<Guid> ReadyToIssueAsync(string title, IttContent? content = null)
    {
        var id = await InIttPreparationAsync(title);
        var officer = Itt(TestActors.ProcurementOfficer);
        var saved = await officer.SaveAsync(id, null, content ?? Complete(await LotWithActiveSuppliersAsync()));
        Assert.True(saved.Succeeded, saved.Message);
        var token = (await officer.GetAsync(id)).Value!.ConcurrencyToken;
        var added = await officer.AddDocumentAsync(id, token, IttDocumentKind.Specification, "Service specification", File("specification.pdf"));
        Assert.True(added.Succeeded, added.Message);
        return id;
    }

    public async Task<Guid> IssuedAsync(string title, IttContent? content = null)
    {
        var id = await ReadyToIssueAsync(title, content);
        var issued = await Tenders(TestActors.ProcurementOfficer).IssueAsync(id, null);
        Assert.True(issued.Succeeded, issued.Message);
        return id;
    }

    public TenderService Tenders(Actor actor) => app.ServiceFor<TenderService>(actor);

    public SupplierTenderService SupplierTenders(Actor actor) => app.ServiceFor<SupplierTenderService>(actor);

    public async Task<TenderView> TenderAsync(Guid id)
    {
        var view = await Tenders(TestActors.ProcurementOfficer).GetAsync(id);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    public async Task<Commission> CommissionAsync(Guid id)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    /// <summary>The demo supplier user of the named organisation, as an actor.</summary>
    public async Task<Actor> SupplierUserAsync(string organisation)
    {
        await using var db = await app.OpenDbAsync();
        var supplierId = await db.SupplierOrganisations.Where(s => s.Name == organisation).Select(s => s.Id).SingleAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.SupplierOrganisationId == supplierId);
        return new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.SupplierUser });
    }
}
