using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Components.Contracts;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Contracts;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Contracts;

/// <summary>
/// Extensions and early ends are the owner's proposals that only the approver they name can decide; the decision moves the commission
/// by its state machine in the same transaction, and everything refused is refused with a reason, audited where it is an attempt at access.
/// </summary>
public sealed class ExtensionApprovalTests
{
    [Fact]
    public async Task Only_the_named_approver_approves_and_the_commission_takes_the_extension_through_its_state_machine()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.ManagedContractAsync();
        var owner = await steps.OwnerAsync();
        var commissioner = await steps.CommissionerAsync();
        var before = await steps.ViewAsync(commissionId, owner);
        var expectedEnd = ContractDates.Extend(before.CurrentEndsOn, 12);

        var noApprover = await steps.Contracts(owner).ProposeExtensionAsync(commissionId, before.ConcurrencyToken, "", "Referrals and outcomes on target");
        Assert.Equal("Choose the approver from the list: only a person in the Approver role can approve this.", noApprover.Message);
        var notAnApprover = await steps.Contracts(owner).ProposeExtensionAsync(commissionId, before.ConcurrencyToken, owner.UserId, "Referrals and outcomes on target");
        Assert.Equal(noApprover.Message, notAnApprover.Message);
        var proposed = await steps.Contracts(owner).ProposeExtensionAsync(commissionId, before.ConcurrencyToken, commissioner.UserId, "Referrals and outcomes on target");
        Assert.True(proposed.Succeeded, proposed.Message);
        await using (var db = await app.OpenDbAsync())
        {
            Assert.True(await db.Set<Notification>().AnyAsync(n => n.RecipientUserId == commissioner.UserId && n.Subject == "Approve extension option 1 for COM-0006"));
            Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.To == DemoUsers.Commissioner.Email && m.Subject == "Approve extension option 1 for COM-0006"));
        }
        var pending = await steps.ViewAsync(commissionId, commissioner);
        Assert.True(pending.Can.CanDecidePending);

        foreach (var someone in new[] { owner, await steps.ChiefExecutiveAsync(), await steps.ProcurementOfficerAsync(), await steps.PathwaysAsync() })
        {
            var refused = await steps.Contracts(someone).ApproveAsync(commissionId, pending.ConcurrencyToken, pending.Pending!.Id, "");
            Assert.Equal(OperationOutcome.Forbidden, refused.Outcome);
        }
        // The office's refusals are recorded against the commission; the supplier's, which may not know of it, against none.
        Assert.Equal(3, await steps.AuditCountAsync(commissionId, RefusedAccessLog.Action));
        await using (var db = await app.OpenDbAsync())
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == RefusedAccessLog.Action && e.ActorName == "Nadia Brooks"));
        Assert.Equal(before.CurrentEndsOn, (await steps.ViewAsync(commissionId, owner)).CurrentEndsOn);

        var approved = await steps.Contracts(commissioner).ApproveAsync(commissionId, pending.ConcurrencyToken, pending.Pending!.Id, "Good value");

        Assert.True(approved.Succeeded, approved.Message);
        var after = await steps.ViewAsync(commissionId, owner);
        Assert.Equal(expectedEnd, after.CurrentEndsOn);
        Assert.Equal("Extension 1", after.CurrentTermName);
        Assert.Equal((ExtensionOptionState.Taken, DemoUsers.Commissioner.DisplayName), (after.Options[0].State, after.Options[0].DecidedByName));
        await using (var db = await app.OpenDbAsync())
        {
            var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId);
            Assert.Equal((CommissionState.ContractManagement, 1, expectedEnd), (commission.State, commission.ExtensionsTaken, commission.ContractEndsOn));
            var move = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.CommissionId == commissionId && e.Trigger == nameof(CommissionTrigger.TakeExtension));
            Assert.Contains($"approved by {DemoUsers.Commissioner.DisplayName}", move.Reason);
            Assert.Equal(commissioner.UserId, move.ActorId);
            var approval = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.CommissionId == commissionId && e.Action == "ContractExtensionApproved");
            Assert.Equal(commissioner.UserId, approval.ActorId);
        }
    }

    [Fact]
    public async Task A_stale_page_is_refused_and_a_rejection_changes_nothing()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.ManagedContractAsync();
        var owner = await steps.OwnerAsync();
        var commissioner = await steps.CommissionerAsync();
        var before = await steps.ViewAsync(commissionId, owner);
        Assert.True((await steps.Contracts(owner).ProposeExtensionAsync(commissionId, before.ConcurrencyToken, commissioner.UserId, "On target")).Succeeded);

        var stale = await steps.Contracts(owner).DeclineOptionAsync(commissionId, before.ConcurrencyToken, 1, "Changed my mind");
        Assert.Equal(ContractWriter.StaleContractMessage, stale.Message);

        var pending = await steps.ViewAsync(commissionId, commissioner);
        Assert.Equal(OperationOutcome.Refused, (await steps.Contracts(commissioner).RejectAsync(commissionId, pending.ConcurrencyToken, pending.Pending!.Id, "")).Outcome);
        Assert.True((await steps.Contracts(commissioner).RejectAsync(commissionId, pending.ConcurrencyToken, pending.Pending!.Id, "Wait for Q3")).Succeeded);

        var after = await steps.ViewAsync(commissionId, owner);
        Assert.Null(after.Pending);
        Assert.Equal(before.CurrentEndsOn, after.CurrentEndsOn);
        Assert.Equal(ProposalStatus.Rejected, Assert.Single(after.PastProposals).Status);
    }

    [Fact]
    public async Task An_extension_beyond_the_options_left_is_refused_with_a_clear_message_and_nothing_saved()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.CommissionIdAsync(1);
        var owner = await steps.OwnerAsync();
        var before = await steps.ViewAsync(commissionId, owner);

        var refused = await steps.Contracts(owner).ProposeExtensionAsync(commissionId, before.ConcurrencyToken, (await steps.CommissionerAsync()).UserId, "One more year");

        Assert.Equal("All 2 extension options have been taken.", refused.Message);
        var after = await steps.ViewAsync(commissionId, owner);
        Assert.Equal((before.ConcurrencyToken, before.History.Count, new DateOnly(2026, 4, 30)), (after.ConcurrencyToken, after.History.Count, after.CurrentEndsOn));
    }

    [Fact]
    public async Task The_commission_page_does_not_take_an_extension_behind_the_approvers_back()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.ManagedContractAsync();
        var commissions = app.ServiceFor<CommissionService>(await steps.OwnerAsync());
        var token = (await commissions.GetAsync(commissionId)).Value!.ConcurrencyToken;

        var refused = await commissions.FireAsync(commissionId, token, CommissionTrigger.TakeExtension, "No approval", date: DateTimeOffset.UtcNow.AddYears(3));

        Assert.Equal(ContractPaths.MakeMoveThereMessage, refused.Message);
    }

    [Fact]
    public async Task The_reference_contract_whose_term_has_ended_is_closed_by_its_owner_and_the_commission_closes_with_it()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.CommissionIdAsync(1);
        var owner = await steps.OwnerAsync();
        var view = await steps.ViewAsync(commissionId, owner);
        Assert.True(view.Can.CanClose);
        var waiting = (await app.ServiceFor<Portal.Components.Dashboard.DashboardService>(owner).GetAsync()).Value!.Waiting;
        Assert.Contains(waiting, w => w.CommissionId == commissionId && w.What == "Close the contract: its term ended on 30 April 2026");

        var refusedForOther = await steps.Contracts(await steps.ProcurementOfficerAsync()).CloseAsync(commissionId, view.ConcurrencyToken, "Expired");
        Assert.Equal(OperationOutcome.Forbidden, refusedForOther.Outcome);
        var closed = await steps.Contracts(owner).CloseAsync(commissionId, view.ConcurrencyToken, "Term ended; service recommissioned");

        Assert.True(closed.Succeeded, closed.Message);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(CommissionState.Closed, (await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId)).State);
        Assert.Equal(1, await steps.AuditCountAsync(commissionId, "ContractClosed"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CommissionId == commissionId && e.Trigger == nameof(CommissionTrigger.CloseContract)));
    }

    [Fact]
    public async Task An_approved_early_end_on_a_day_already_past_closes_the_commission()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.ManagedContractAsync();
        var owner = await steps.OwnerAsync();
        var commissioner = await steps.CommissionerAsync();
        var view = await steps.ViewAsync(commissionId, owner);
        var yesterday = Portal.Domain.Common.UkTime.DateOf(app.Clock.GetUtcNow()).AddDays(-1);

        var proposed = await steps.Contracts(owner).ProposeEarlyEndAsync(commissionId, view.ConcurrencyToken, commissioner.UserId,
            EarlyEndReason.BreachOfContract, "Safeguarding information withheld", yesterday);
        Assert.True(proposed.Succeeded, proposed.Message);
        var pending = await steps.ViewAsync(commissionId, commissioner);
        Assert.True((await steps.Contracts(commissioner).ApproveAsync(commissionId, pending.ConcurrencyToken, pending.Pending!.Id, "")).Succeeded);

        var after = await steps.ViewAsync(commissionId, owner);
        Assert.Equal((yesterday, yesterday), (after.CurrentEndsOn, after.EndedEarlyOn));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(CommissionState.Closed, (await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId)).State);
    }

    [Fact]
    public async Task Supplier_users_are_refused_the_contract_page_and_the_attempt_is_audited()
    {
        await using var app = new PortalAppFactory();
        var steps = new ContractSteps(app);
        var commissionId = await steps.CommissionIdAsync(1);

        var refused = await steps.Contracts(await steps.PathwaysAsync()).GetAsync(commissionId);

        Assert.Equal(OperationOutcome.Forbidden, refused.Outcome);
        await using var db = await app.OpenDbAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == RefusedAccessLog.Action && e.Summary.Contains("only the office manages")));
    }
}
