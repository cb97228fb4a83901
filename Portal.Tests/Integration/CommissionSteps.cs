using Portal.Components.Commissions;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Moves a fresh commission along through the services, each step as the person whose step it is.</summary>
public sealed class CommissionSteps(PortalAppFactory app)
{
    public CommissionService As(Actor actor) => app.ServiceFor<CommissionService>(actor);

    public async Task<Guid> CreateAsync(string title)
    {
        var created = await As(TestActors.CommissioningOfficer).CreateAsync(TestActors.CompleteNote(title));
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    public async Task<Guid> CreateAwaitingDecisionAsync(string title)
    {
        var id = await CreateAsync(title);
        await SucceedAsync(TestActors.CommissioningOfficer, id, (s, token) => s.FireAsync(id, token, CommissionTrigger.SubmitForDecision));
        return id;
    }

    public async Task<CommissionView> ViewAsync(Guid id, Actor? actor = null)
    {
        var result = await As(actor ?? TestActors.CommissioningOfficer).GetAsync(id);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    public async Task<OperationResult> TryAsync(Actor actor, Guid id, Func<CommissionService, Guid, Task<OperationResult>> step)
    {
        var token = (await ViewAsync(id)).ConcurrencyToken;
        return await step(As(actor), token);
    }

    public async Task SucceedAsync(Actor actor, Guid id, Func<CommissionService, Guid, Task<OperationResult>> step)
    {
        var result = await TryAsync(actor, id, step);
        Assert.True(result.Succeeded, result.Message);
    }
}
