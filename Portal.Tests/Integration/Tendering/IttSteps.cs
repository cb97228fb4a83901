using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Equality;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Tests.Integration.DecisionNotes;

namespace Portal.Tests.Integration.Tendering;

/// <summary>Brings fresh commissions to ITT preparation through the services, and gives the ITT services for a person.</summary>
public sealed class IttSteps(PortalAppFactory app)
{
    private readonly DecisionSteps _decisions = new(app);

    public CommissionSteps Commissions => _decisions.Commissions;

    public IttService Itt(Actor actor) => app.ServiceFor<IttService>(actor);

    /// <summary>The document store as the builder page has it for this person, over the ITT service for the same person.</summary>
    public IttDocumentStore Store(Actor actor) =>
        ActivatorUtilities.CreateInstance<IttDocumentStore>(app.Services, new FixedActor(actor), Itt(actor));

    /// <summary>Decision approved and EIA passed: the commission waits in ITT preparation.</summary>
    public async Task<Guid> InIttPreparationAsync(string title)
    {
        var id = await _decisions.SignedOffAsync(title);
        await Commissions.SucceedAsync(TestActors.Commissioner, id, (_, token) => _decisions.ApproveAsync(id, token));
        var eia = app.ServiceFor<EqualityAssessmentService>(TestActors.CommissioningOfficer);
        Assert.True((await eia.SaveAsync(id, null, ReferenceCommission.EqualityAssessment(new DateOnly(2027, 1, 4)))).Succeeded);
        var submitted = await eia.SubmitAsync(id, (await eia.GetAsync(id)).Value!.ConcurrencyToken);
        Assert.True(submitted.Succeeded, submitted.Message);
        var passed = await app.ServiceFor<EqualityAssessmentService>(TestActors.EqualityLead).PassAsync(id, (await eia.GetAsync(id)).Value!.ConcurrencyToken, null);
        Assert.True(passed.Succeeded, passed.Message);
        Assert.Equal(CommissionState.IttPreparation, (await Commissions.ViewAsync(id)).State);
        return id;
    }

    public async Task<Guid> LotWithActiveSuppliersAsync()
    {
        await using var db = await app.OpenDbAsync();
        var lots = await db.Lots.AsNoTracking().ToListAsync();
        return lots.First(l => l.Members.Any(m => m.Status == SupplierStatus.Active)).Id;
    }

    public async Task<IttView> ViewAsync(Guid id, Actor? actor = null)
    {
        var view = await Itt(actor ?? TestActors.ProcurementOfficer).GetAsync(id);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }
}

/// <summary>A file as the browser hands it to the builder: read through a stream with a size limit.</summary>
public sealed class TestBrowserFile(string name, byte[] content, string contentType = "application/octet-stream") : IBrowserFile
{
    public string Name => name;
    public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
    public long Size => content.LongLength;
    public string ContentType => contentType;

    public Stream OpenReadStream(long maxAllowedSize = 512_000, CancellationToken cancellationToken = default) =>
        Size > maxAllowedSize ? throw new IOException($"Supplied file with size {Size} bytes exceeds the maximum of {maxAllowedSize} bytes.") : new MemoryStream(content);
}
