using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Components.Meetings;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Infrastructure;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Meetings;

/// <summary>The demo's historical reference contract (COM-0001) and the people who meet about it.</summary>
public sealed class MeetingSteps(PortalAppFactory app)
{
    public static PortalAppFactory AppWithReturns() => PortalAppFactory.WithServices(services =>
    {
        services.RemoveAll<IContractPerformanceSource>();
        services.AddSingleton<IContractPerformanceSource, ScriptedPerformance>();
    });

    private readonly ResponseSteps _steps = new(app);

    public async Task<Guid> ReferenceCommissionAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.Where(c => c.Number == 1).Select(c => c.Id).SingleAsync();
    }

    public Task<Actor> OfficerAsync() => _steps.OfficeActorAsync(DemoUsers.CommissioningOfficer);

    public Task<Actor> SupplierAsync(string organisation = ResponseSteps.Pathways) => _steps.SupplierAsync(organisation);

    public MeetingService As(Actor actor) => app.ServiceFor<MeetingService>(actor);

    public async Task<ContractMeetingsView> ViewAsync(Actor actor, Guid commissionId)
    {
        var view = await As(actor).GetAsync(commissionId);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }
}
