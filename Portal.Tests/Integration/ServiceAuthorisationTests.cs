using Microsoft.EntityFrameworkCore;
using Portal.Components.Commissions;
using Portal.Components.Dashboard;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The services check the actor themselves, so a page that forgot to would still not leak or allow anything.</summary>
public sealed class ServiceAuthorisationTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly CommissionSteps _steps = new(app);

    [Fact]
    public async Task Supplier_gets_no_commission_data_and_can_change_nothing()
    {
        var commissions = app.ServiceFor<CommissionService>(TestActors.Supplier);
        var seeded = await SeededCommissionAsync();
        var countBefore = await CommissionCountAsync();

        var list = await commissions.ListAsync(new CommissionQuery());
        var one = await commissions.GetAsync(seeded.Id);
        var created = await commissions.CreateAsync(TestActors.CompleteDetails("Supplier's own commission"));
        var fired = await commissions.FireAsync(seeded.Id, seeded.ConcurrencyToken, CommissionTrigger.Cancel, "No", CancellationReasonCode.NeedNoLongerExists);

        Assert.Equal(OperationOutcome.Forbidden, list.Outcome);
        Assert.Null(list.Value);
        Assert.Equal(OperationOutcome.Forbidden, one.Outcome);
        Assert.Null(one.Value);
        Assert.Equal(OperationOutcome.Forbidden, created.Outcome);
        Assert.Equal(OperationOutcome.Forbidden, fired.Outcome);
        Assert.Empty(await commissions.OwnersAsync());
        Assert.Equal(countBefore, await CommissionCountAsync());
        Assert.Equal(seeded.State, (await SeededCommissionAsync()).State);
    }

    [Fact]
    public async Task Supplier_gets_no_dashboard_while_an_office_user_does()
    {
        var refused = await app.ServiceFor<DashboardService>(TestActors.Supplier).GetAsync();
        var shown = await app.ServiceFor<DashboardService>(TestActors.CommissioningOfficer).GetAsync();

        Assert.Equal(OperationOutcome.Forbidden, refused.Outcome);
        Assert.Null(refused.Value);
        Assert.True(shown.Succeeded);
        Assert.NotEmpty(shown.Value!.ByStage);
    }

    [Fact]
    public async Task Commissioning_officer_cannot_approve_a_decision()
    {
        var id = await _steps.CreateAwaitingDecisionAsync("Approval by the wrong person");

        var result = await _steps.TryAsync(TestActors.CommissioningOfficer, id,
            (s, token) => s.FireAsync(id, token, CommissionTrigger.Approve, "I approve my own paper"));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal("Only the Commissioner can approve.", result.Message);
        Assert.Equal(CommissionState.AwaitingDecision, (await _steps.ViewAsync(id)).State);
    }

    [Fact]
    public async Task Chief_executive_holds_the_approver_role_but_still_cannot_approve()
    {
        var id = await _steps.CreateAwaitingDecisionAsync("Approval by the wrong approver");

        var result = await _steps.TryAsync(TestActors.ChiefExecutive, id,
            (s, token) => s.FireAsync(id, token, CommissionTrigger.Approve, "Recommended and approved"));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains("Commissioner", result.Message);
        Assert.DoesNotContain((await _steps.ViewAsync(id, TestActors.ChiefExecutive)).Moves, m => m.Trigger == CommissionTrigger.Approve);
    }

    [Fact]
    public async Task Commissioner_approves_only_once_the_three_sign_offs_are_recorded()
    {
        var id = await _steps.CreateAwaitingDecisionAsync("Approval after sign-offs");
        Task<OperationResult> Approve(CommissionService s, Guid token) => s.FireAsync(id, token, CommissionTrigger.Approve, "Meets the need and is affordable.");

        var early = await _steps.TryAsync(TestActors.Commissioner, id, Approve);
        foreach (var approver in new[] { TestActors.ChiefExecutive, TestActors.Section151Officer, TestActors.MonitoringOfficer })
            await _steps.SucceedAsync(approver, id, (s, token) => s.RecordSignOffAsync(id, token, "Content to proceed."));
        var approved = await _steps.TryAsync(TestActors.Commissioner, id, Approve);

        Assert.Equal(OperationOutcome.Refused, early.Outcome);
        Assert.Contains("The Chief Executive has not signed off", early.Message);
        Assert.True(approved.Succeeded, approved.Message);
        Assert.Equal(CommissionState.EqualityAssessment, (await _steps.ViewAsync(id)).State);
        await using var db = await app.OpenDbAsync();
        var approval = await db.AuditEvents.SingleAsync(e => e.CommissionId == id && e.Trigger == nameof(CommissionTrigger.Approve));
        Assert.Equal(TestActors.Commissioner.UserId, approval.ActorId);
        Assert.Equal("Meets the need and is affordable.", approval.Reason);
    }

    private async Task<Commission> SeededCommissionAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.AsNoTracking().SingleAsync(c => c.Number == 2);
    }

    private async Task<int> CommissionCountAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.Commissions.CountAsync();
    }
}
