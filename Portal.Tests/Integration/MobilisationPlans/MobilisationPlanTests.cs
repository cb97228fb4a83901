using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Components.Mobilisation;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Domain.Mobilisation;
using Portal.Infrastructure;
using Portal.Tests.Integration.Award;
using Portal.Tests.Integration.Responses;
using Portal.Tests.Integration.Tendering;

namespace Portal.Tests.Integration.MobilisationPlans;

/// <summary>
/// The demo's COM-0006, awarded to Pathways to Work CIC with its plan made: the supplier sees and updates only the items it owns on its
/// own contract, any other supplier is refused and the attempt audited, and the commission's moves follow what the plan says.
/// </summary>
public sealed class MobilisationPlanTests
{
    private static TestBrowserFile Pdf(string name) => new(name, Encoding.ASCII.GetBytes($"%PDF-1.4\n% {name}\n%%EOF\n"), "application/pdf");

    private static async Task<Guid> AwardedDemoAsync(PortalAppFactory app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Where(c => c.Number == 6).Select(c => c.Id).SingleAsync();
    }

    private static async Task<MobilisationPlanView> ViewAsync(PortalAppFactory app, Actor actor, Guid commissionId)
    {
        var view = await app.ServiceFor<MobilisationService>(actor).GetAsync(commissionId);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    private static async Task CompleteAsync(PortalAppFactory app, Actor actor, Guid commissionId, string title)
    {
        var service = app.ServiceFor<MobilisationService>(actor);
        var item = (await ViewAsync(app, actor, commissionId)).Items.Single(i => i.Title == title);
        var uploaded = await service.UploadEvidenceAsync(commissionId, item.Id, Pdf($"{title}.pdf"));
        Assert.True(uploaded.Succeeded, uploaded.Message);
        var token = (await ViewAsync(app, actor, commissionId)).ConcurrencyToken;
        var done = await service.UpdateItemAsync(commissionId, token, item.Id, MobilisationItemStatus.Done, "Done.", null);
        Assert.True(done.Succeeded, done.Message);
    }

    [Fact]
    public async Task With_a_plan_the_dashboard_asks_to_chase_its_items_and_not_to_record_the_signed_contract_separately()
    {
        await using var app = new PortalAppFactory();
        var commissionId = await AwardedDemoAsync(app);

        var waiting = (await app.ServiceFor<Portal.Components.Dashboard.DashboardService>(TestActors.ProcurementOfficer).GetAsync()).Value!.Waiting
            .Where(w => w.CommissionId == commissionId).Select(w => w.What).ToList();

        Assert.Equal(["Chase overdue mobilisation items"], waiting);
    }

    [Fact]
    public async Task The_awarded_supplier_sees_and_updates_only_the_items_it_owns_on_its_own_contract()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var commissionId = await AwardedDemoAsync(app);
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        var officer = await steps.ProcurementOfficerAsync();

        var supplierView = await ViewAsync(app, pathways, commissionId);
        var officeView = await ViewAsync(app, officer, commissionId);
        Assert.Equal(8, officeView.Items.Count);
        Assert.All(supplierView.Items, i => Assert.Equal(MobilisationOwner.Supplier, i.Owner));
        Assert.Equal(officeView.Items.Count(i => i.Owner == MobilisationOwner.Supplier), supplierView.Items.Count);

        var staff = supplierView.Items.Single(i => i.Title == "Staff recruited and vetted");
        var service = app.ServiceFor<MobilisationService>(pathways);
        var refusedWithoutEvidence = await service.UpdateItemAsync(commissionId, supplierView.ConcurrencyToken, staff.Id, MobilisationItemStatus.Done, "All three posts filled", null);
        Assert.Equal(OperationOutcome.Refused, refusedWithoutEvidence.Outcome);
        Assert.Contains("Upload the evidence", refusedWithoutEvidence.Message);
        await CompleteAsync(app, pathways, commissionId, "Staff recruited and vetted");
        Assert.Equal(MobilisationItemStatus.Done, (await ViewAsync(app, officer, commissionId)).Items.Single(i => i.Id == staff.Id).Status);

        var dpia = officeView.Items.Single(i => i.Title == "DPIA completed");
        var officeItem = await service.UpdateItemAsync(commissionId, (await ViewAsync(app, pathways, commissionId)).ConcurrencyToken, dpia.Id, MobilisationItemStatus.InProgress, "", null);
        Assert.Equal(OperationOutcome.Refused, officeItem.Outcome);
        var officeEvidence = await service.UploadEvidenceAsync(commissionId, dpia.Id, Pdf("dpia.pdf"));
        Assert.Equal(OperationOutcome.Refused, officeEvidence.Outcome);

        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.CommissionId == commissionId && e.Action == "MobilisationItemUpdated" && e.ActorId == pathways.UserId));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.CommissionId == commissionId && e.Action == "MobilisationEvidenceUploaded" && e.ActorId == pathways.UserId));
    }

    [Fact]
    public async Task Another_supplier_is_refused_the_plan_its_items_and_its_evidence_and_each_attempt_is_audited()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var commissionId = await AwardedDemoAsync(app);
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        var secondChance = await steps.SupplierAsync(ResponseSteps.SecondChance);
        var staff = (await ViewAsync(app, pathways, commissionId)).Items.Single(i => i.Title == "Staff recruited and vetted");
        Assert.True((await app.ServiceFor<MobilisationService>(pathways).UploadEvidenceAsync(commissionId, staff.Id, Pdf("dbs-checks.pdf"))).Succeeded);
        var evidenceId = (await ViewAsync(app, pathways, commissionId)).Items.Single(i => i.Id == staff.Id).Evidence.Single().Id;
        var refusedBefore = await steps.AuditCountAsync(RefusedAccessLog.Action, secondChance.UserId);

        var other = app.ServiceFor<MobilisationService>(secondChance);
        var view = await other.GetAsync(commissionId);
        var update = await other.UpdateItemAsync(commissionId, Guid.Empty, staff.Id, MobilisationItemStatus.InProgress, "", null);
        var upload = await other.UploadEvidenceAsync(commissionId, staff.Id, Pdf("ours.pdf"));
        var download = await other.OpenEvidenceAsync(commissionId, evidenceId);

        Assert.All(new OperationResult[] { view, update, upload, download }, r => Assert.Equal(OperationOutcome.NotFound, r.Outcome));
        Assert.Empty(await app.ServiceFor<SupplierMobilisationService>(secondChance).ListForSupplierAsync());
        Assert.Single(await app.ServiceFor<SupplierMobilisationService>(pathways).ListForSupplierAsync());
        Assert.Equal(refusedBefore + 4, await steps.AuditCountAsync(RefusedAccessLog.Action, secondChance.UserId));
        Assert.Equal(MobilisationItemStatus.NotStarted, (await ViewAsync(app, pathways, commissionId)).Items.Single(i => i.Id == staff.Id).Status);
    }

    [Fact]
    public async Task The_commission_moves_only_as_the_plan_allows_from_the_signed_contract_to_commencement()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var commissionId = await AwardedDemoAsync(app);
        var officer = await steps.ProcurementOfficerAsync();
        var commissioning = await steps.OfficeActorAsync(DemoUsers.CommissioningOfficer);
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        var commissions = app.ServiceFor<CommissionService>(commissioning);

        Assert.Equal(CommissionService.SignOnThePlanMessage,
            (await app.ServiceFor<CommissionService>(officer).RecordContractSignedAsync(commissionId, await TokenAsync(app, commissionId), new DateOnly(2030, 1, 1))).Message);
        Assert.Equal(OperationOutcome.Refused, (await commissions.FireAsync(commissionId, await TokenAsync(app, commissionId), CommissionTrigger.StartMobilisation)).Outcome);

        await CompleteAsync(app, officer, commissionId, "Contract signed");
        var started = await commissions.FireAsync(commissionId, await TokenAsync(app, commissionId), CommissionTrigger.StartMobilisation);
        Assert.True(started.Succeeded, started.Message);
        var mobilising = await CommissionAsync(app, commissionId);
        Assert.Equal((CommissionState.Mobilisation, 7, false), (mobilising.State, mobilising.OutstandingMandatoryMobilisationItems, mobilising.DpiaCompleted));

        foreach (var item in (await ViewAsync(app, officer, commissionId)).Items.Where(i => i.Status != MobilisationItemStatus.Done && i.Title != "DPIA completed"))
            await CompleteAsync(app, item.Owner == MobilisationOwner.Supplier ? pathways : commissioning, commissionId, item.Title);
        var blocked = await commissions.FireAsync(commissionId, await TokenAsync(app, commissionId), CommissionTrigger.CommenceService);
        Assert.Equal(OperationOutcome.Refused, blocked.Outcome);
        Assert.Contains("DPIA", blocked.Message);

        await CompleteAsync(app, commissioning, commissionId, "DPIA completed");
        var commenced = await commissions.FireAsync(commissionId, await TokenAsync(app, commissionId), CommissionTrigger.CommenceService);
        Assert.True(commenced.Succeeded, commenced.Message);
        Assert.Equal(CommissionState.ContractManagement, (await CommissionAsync(app, commissionId)).State);
    }

    [Fact]
    public async Task Confirming_an_award_makes_the_plan_from_the_template_the_office_saved()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var officer = await steps.OfficerAsync();
        var templates = app.ServiceFor<MobilisationTemplateService>(officer);
        var template = (await templates.GetAsync()).Value!;
        var saved = await templates.SaveAsync([.. template.Items, new(MobilisationItemKind.Other, "Premises risk-assessed", MobilisationOwner.Supplier, false, 30)],
            template.ConcurrencyToken);
        Assert.True(saved.Succeeded, saved.Message);
        var (commissionId, _) = await steps.InStandstillAsync("Mobilisation plan at award");
        app.Clock.SetUtcNow((await steps.StandstillEndAsync(commissionId)).AddSeconds(1));

        var confirmed = await steps.ConfirmAsync(commissionId);

        Assert.True(confirmed.Succeeded, confirmed.Message);
        var plan = await ViewAsync(app, officer, commissionId);
        Assert.Equal(9, plan.ItemCount);
        Assert.Equal(ResponseSteps.Pathways, plan.SupplierName);
        Assert.Contains(plan.Items, i => i.Title == "Premises risk-assessed" && !i.Mandatory);
        await using var db = await app.OpenDbAsync();
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.CommissionId == commissionId);
        Assert.Equal(contract.CallOffEffectiveDate.AddDays(14), plan.Items.Single(i => i.Title == "DPIA completed").DueOn);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.CommissionId == commissionId && e.Action == "MobilisationPlanCreated"));
    }

    private static async Task<Commission> CommissionAsync(PortalAppFactory app, Guid commissionId)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId);
    }

    private static async Task<Guid> TokenAsync(PortalAppFactory app, Guid commissionId) => (await CommissionAsync(app, commissionId)).ConcurrencyToken;
}
