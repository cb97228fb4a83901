using Microsoft.EntityFrameworkCore;
using Portal.Components.Clarifications;
using Portal.Components.Notifications;
using Portal.Domain.Commissions;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Tendering;

/// <summary>
/// Issuing the ITT invites exactly the suppliers active on its lot, tells them in the portal and by email, and a supplier
/// that was not invited can see nothing of the ITT or its questions, through any service.
/// </summary>
public sealed class IssueAndAccessTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly TenderSteps _steps = new(app);

    [Fact]
    public async Task Only_the_suppliers_active_on_the_lot_are_invited_and_notified()
    {
        var id = await _steps.IssuedAsync("Invitations go to the lot");

        var lot = await _steps.WestMidlandsLotAsync();
        await using var db = await app.OpenDbAsync();
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.CommissionId == id);
        var invited = await db.Set<IttInvitation>().AsNoTracking().Where(i => i.InvitationToTenderId == itt.Id).Select(i => i.SupplierName).ToListAsync();
        Assert.Equal(["Midlands Employment Partnership Ltd", "Pathways to Work CIC", "Second Chance Skills Trust"], invited.Order());
        Assert.Equal(4, lot.Members.Count);
        Assert.Equal(CommissionState.ClarificationPeriod, (await _steps.CommissionAsync(id)).State);

        var subject = "Invitation to tender: Invitations go to the lot";
        var notifiedUsers = await db.Set<Notification>().Where(n => n.Subject == subject).Select(n => n.RecipientUserId).ToListAsync();
        var supplierUsers = await db.Users.Where(u => notifiedUsers.Contains(u.Id)).Select(u => u.Email).ToListAsync();
        Assert.Equal(["bids@pathwaystowork.test", "contracts@midlandsemployment.test", "tenders@secondchanceskills.test"], supplierUsers.Order());
        var emails = await db.Set<OutboxMessage>().Where(m => m.Subject == subject).Select(m => m.To).ToListAsync();
        Assert.Equal(supplierUsers.Order(), emails.Order());
        Assert.DoesNotContain("hello@bridgetraining.test", emails);
    }

    [Fact]
    public async Task An_invited_supplier_sees_the_ITT_in_its_list_and_in_full()
    {
        var id = await _steps.IssuedAsync("Invited supplier sees it");
        var pathways = await _steps.SupplierUserAsync("Pathways to Work CIC");

        var list = await _steps.SupplierTenders(pathways).ListAsync();
        var item = Assert.Single(list.Value!, i => i.Title == "Invited supplier sees it");
        var view = await _steps.SupplierTenders(pathways).GetAsync(item.IttId);

        Assert.True(view.Succeeded, view.Message);
        Assert.Equal("Pathways to Work CIC", view.Value!.OrganisationName);
        Assert.Equal(2, view.Value.Content.QualityQuestions.Count);
        Assert.Single(view.Value.Documents);
        Assert.True(view.Value.CanAsk);
        Assert.Equal((await _steps.TenderAsync(id)).IttId, item.IttId);
    }

    [Fact]
    public async Task A_supplier_not_invited_cannot_see_the_ITT_or_its_questions_or_act_on_it()
    {
        var id = await _steps.IssuedAsync("Suspended supplier shut out");
        var ittId = (await _steps.TenderAsync(id)).IttId;
        var pathways = await _steps.SupplierUserAsync("Pathways to Work CIC");
        Assert.True((await app.ServiceFor<ClarificationService>(pathways).AskAsync(ittId, "Is TUPE expected to apply?")).Succeeded);
        var bridge = await _steps.SupplierUserAsync("Bridge Training Charity");

        var list = await _steps.SupplierTenders(bridge).ListAsync();
        var view = await _steps.SupplierTenders(bridge).GetAsync(ittId);
        var ask = await app.ServiceFor<ClarificationService>(bridge).AskAsync(ittId, "May we bid?");
        var office = await _steps.Tenders(bridge).GetAsync(id);
        var board = await app.ServiceFor<ClarificationService>(bridge).GetForOfficeAsync(id);

        Assert.DoesNotContain(list.Value!, i => i.IttId == ittId);
        Assert.Equal(OperationOutcome.NotFound, view.Outcome);
        Assert.Null(view.Value);
        Assert.Equal(OperationOutcome.NotFound, ask.Outcome);
        Assert.Equal(OperationOutcome.Forbidden, office.Outcome);
        Assert.Equal(OperationOutcome.Forbidden, board.Outcome);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(0, await db.Set<Notification>().CountAsync(n => n.RecipientUserId == bridge.UserId && n.Subject.Contains("Suspended supplier shut out")));
    }

    [Fact]
    public async Task Office_staff_and_suppliers_cannot_issue_and_a_second_issue_is_refused()
    {
        var id = await _steps.ReadyToIssueAsync("Issue refused to others");
        var pathways = await _steps.SupplierUserAsync("Pathways to Work CIC");

        Assert.Equal(OperationOutcome.Forbidden, (await _steps.Tenders(TestActors.CommissioningOfficer).IssueAsync(id, null)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await _steps.Tenders(pathways).IssueAsync(id, null)).Outcome);
        Assert.True((await _steps.Tenders(TestActors.ProcurementOfficer).IssueAsync(id, null)).Succeeded);
        var again = await _steps.Tenders(TestActors.ProcurementOfficer).IssueAsync(id, null);

        Assert.Equal(OperationOutcome.Refused, again.Outcome);
        Assert.Equal("This ITT has already been issued.", again.Message);
    }

    [Fact]
    public async Task A_supplier_declines_to_bid_with_a_reason_that_the_office_sees_and_is_told_of()
    {
        var id = await _steps.IssuedAsync("Supplier declines");
        var ittId = (await _steps.TenderAsync(id)).IttId;
        var pathways = await _steps.SupplierUserAsync("Pathways to Work CIC");
        var bridge = await _steps.SupplierUserAsync("Bridge Training Charity");

        var declined = await _steps.SupplierTenders(pathways).DeclineAsync(ittId, "We cannot recruit the mentors in time.");
        var again = await _steps.SupplierTenders(pathways).DeclineAsync(ittId, "Still no.");
        var stranger = await _steps.SupplierTenders(bridge).DeclineAsync(ittId, "Not invited anyway.");

        Assert.True(declined.Succeeded, declined.Message);
        Assert.Equal("Your organisation has already declined to bid for this tender.", again.Message);
        Assert.Equal(OperationOutcome.NotFound, stranger.Outcome);
        var office = Assert.Single((await _steps.TenderAsync(id)).Invited, i => i.Name == "Pathways to Work CIC");
        Assert.Equal("We cannot recruit the mentors in time.", office.DeclineReason);
        Assert.True((await _steps.SupplierTenders(pathways).ListAsync()).Value!.Single(i => i.IttId == ittId).Declined);
        Assert.Equal("We cannot recruit the mentors in time.", (await _steps.SupplierTenders(pathways).GetAsync(ittId)).Value!.Declined!.Reason);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.CommissionId == id && e.Action == "BidDeclined"));
        var reference = (await _steps.CommissionAsync(id)).Reference;
        Assert.True(await db.Set<Notification>().AnyAsync(n => n.Subject == $"Pathways to Work CIC will not bid for {reference}"));
    }
}
