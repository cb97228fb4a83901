using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Commissions;
using Portal.Components.Contracts;
using Portal.Components.Mobilisation;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Domain.Mobilisation;
using Portal.Tests.Integration.Responses;
using Portal.Tests.Integration.Tendering;

namespace Portal.Tests.Integration.Contracts;

/// <summary>The demo's contracts, and the people who manage them as the portal knows them once signed in.</summary>
public sealed class ContractSteps(PortalAppFactory app)
{
    private readonly ResponseSteps _people = new(app);

    public Task<Actor> OwnerAsync() => _people.OfficeActorAsync(DemoUsers.CommissioningOfficer);
    public Task<Actor> CommissionerAsync() => _people.OfficeActorAsync(DemoUsers.Commissioner);
    public Task<Actor> ChiefExecutiveAsync() => _people.OfficeActorAsync(DemoUsers.ChiefExecutive);
    public Task<Actor> ProcurementOfficerAsync() => _people.OfficeActorAsync(DemoUsers.ProcurementOfficer);
    public Task<Actor> PathwaysAsync() => _people.SupplierAsync(ResponseSteps.Pathways);

    public ContractService Contracts(Actor actor) => app.ServiceFor<ContractService>(actor);

    public async Task<Guid> CommissionIdAsync(int number)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Where(c => c.Number == number).Select(c => c.Id).SingleAsync();
    }

    public async Task<ContractPageView> ViewAsync(Guid commissionId, Actor actor)
    {
        var view = await Contracts(actor).GetAsync(commissionId);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    /// <summary>COM-0006 mobilised (every item done with its evidence) and its service commenced by its owner, so its contract is managed with both options open.</summary>
    public async Task<Guid> ManagedContractAsync()
    {
        var commissionId = await CommissionIdAsync(6);
        var owner = await OwnerAsync();
        // The signed contract is the procurement officer's to record, so the office's mobiliser here is the procurement officer.
        var mobilisation = app.ServiceFor<MobilisationService>(await ProcurementOfficerAsync());
        var plan = (await mobilisation.GetAsync(commissionId)).Value!;
        foreach (var item in plan.Items)
        {
            var uploaded = await mobilisation.UploadEvidenceAsync(commissionId, item.Id,
                new TestBrowserFile($"{item.Title[..10]}.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"), "application/pdf"));
            Assert.True(uploaded.Succeeded, uploaded.Message);
            var token = (await mobilisation.GetAsync(commissionId)).Value!.ConcurrencyToken;
            var done = await mobilisation.UpdateItemAsync(commissionId, token, item.Id, MobilisationItemStatus.Done, "Done.", null);
            Assert.True(done.Succeeded, done.Message);
        }
        var commissions = app.ServiceFor<CommissionService>(owner);
        foreach (var trigger in new[] { CommissionTrigger.StartMobilisation, CommissionTrigger.CommenceService })
        {
            var token = (await commissions.GetAsync(commissionId)).Value!.ConcurrencyToken;
            var moved = await commissions.FireAsync(commissionId, token, trigger);
            Assert.True(moved.Succeeded, moved.Message);
        }
        return commissionId;
    }

    public async Task<int> AuditCountAsync(Guid commissionId, string action)
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEvents.CountAsync(e => e.CommissionId == commissionId && e.Action == action);
    }
}
