using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Notifications;
using Portal.Components.Tendering;
using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Tendering;

/// <summary>
/// Changes after issue are addenda: each invited supplier is told and acknowledges; deadlines only move later and every
/// move is audited with its old and new value, who and why; and reminders go out before each deadline, once.
/// </summary>
public sealed class AddendumTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly TenderSteps _steps = new(app);

    private static IReadOnlyList<TimetableEntry> MoveTenderDeadline(TenderView view, int days) =>
        view.Timetable.Select(e => e.Phase == TimetablePhase.TenderDeadline ? e with { Date = e.Date.AddDays(days) } : e).ToList();

    [Fact]
    public async Task Extending_the_tender_deadline_publishes_an_addendum_moves_the_commission_and_audits_old_new_who_and_why()
    {
        var id = await _steps.IssuedAsync("Deadline extended by addendum");
        var before = await _steps.TenderAsync(id);

        var result = await _steps.Tenders(TestActors.ProcurementOfficer)
            .PublishTimetableAsync(id, before.IttToken, MoveTenderDeadline(before, 7), "Two suppliers asked for more time to form partnerships.");

        Assert.True(result.Succeeded, result.Message);
        var after = await _steps.TenderAsync(id);
        Assert.Equal(before.TenderDeadline!.Value.AddDays(7), after.TenderDeadline);
        Assert.Equal(after.TenderDeadline, (await _steps.CommissionAsync(id)).TenderDeadline);
        var addendum = Assert.Single(after.Addenda);
        Assert.Equal(1, addendum.Number);
        Assert.StartsWith("Tender deadline: ", Assert.Single(addendum.Changes));
        Assert.Equal(3, addendum.NotYetAcknowledgedBy.Count);

        await using var db = await app.OpenDbAsync();
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.CommissionId == id && e.Action == "DeadlineChanged").SingleAsync();
        Assert.Equal(TestActors.ProcurementOfficer.UserId, audit.ActorId);
        Assert.Contains(UkTime.ToUk(before.TenderDeadline.Value).ToString("yyyy-MM-dd"), audit.Before);
        Assert.Contains("Two suppliers asked for more time", audit.After);
        var commissionAudit = await db.AuditEvents.AsNoTracking().Where(e => e.CommissionId == id && e.Action == "TenderDeadlineExtended").SingleAsync();
        Assert.Equal("Two suppliers asked for more time to form partnerships.", commissionAudit.Reason);
        Assert.Equal(3, await db.Set<OutboxMessage>().CountAsync(m => m.Subject == "Addendum 1 to the ITT: Deadline extended by addendum"));
    }

    [Fact]
    public async Task A_deadline_cannot_move_earlier_or_change_without_a_reason()
    {
        var id = await _steps.IssuedAsync("Deadline not brought forward");
        var view = await _steps.TenderAsync(id);
        var officer = _steps.Tenders(TestActors.ProcurementOfficer);

        var earlier = await officer.PublishTimetableAsync(id, view.IttToken, MoveTenderDeadline(view, -3), "Programme pressures.");
        var noReason = await officer.PublishTimetableAsync(id, view.IttToken, MoveTenderDeadline(view, 3), " ");
        var nothing = await officer.PublishTimetableAsync(id, view.IttToken, view.Timetable, "No change at all.");

        Assert.Equal("The tender deadline can only move later once the ITT is issued: suppliers have planned around it.", earlier.Message);
        Assert.Equal("Say why the timetable changes: suppliers will read it in the addendum.", noReason.Message);
        Assert.Equal("Nothing in the timetable has changed.", nothing.Message);
        Assert.Empty((await _steps.TenderAsync(id)).Addenda);
    }

    [Fact]
    public async Task A_new_document_version_is_an_addendum_each_supplier_acknowledges_once()
    {
        var id = await _steps.IssuedAsync("Specification revised");
        var view = await _steps.TenderAsync(id);
        var specification = Assert.Single(view.Documents);
        var published = await _steps.Tenders(TestActors.ProcurementOfficer).PublishDocumentAsync(id, view.IttToken, specification.Id,
            IttDocumentKind.Specification, null, TenderSteps.File("specification-v2.pdf"), "Section 4 now gives the referral volumes.", null);
        Assert.True(published.Succeeded, published.Message);
        var pathways = await _steps.SupplierUserAsync("Pathways to Work CIC");
        var supplierView = (await _steps.SupplierTenders(pathways).GetAsync(view.IttId)).Value!;
        var addendum = Assert.Single(supplierView.Addenda);
        Assert.Null(addendum.AcknowledgedAt);
        Assert.Equal(2, supplierView.Documents.Single().Current.Number);

        Assert.True((await _steps.SupplierTenders(pathways).AcknowledgeAsync(view.IttId, addendum.Id)).Succeeded);
        Assert.True((await _steps.SupplierTenders(pathways).AcknowledgeAsync(view.IttId, addendum.Id)).Succeeded);

        var office = Assert.Single((await _steps.TenderAsync(id)).Addenda);
        Assert.Equal(["Pathways to Work CIC"], office.AcknowledgedBy);
        Assert.Equal("Service specification: version 2 (specification-v2.pdf) replaces version 1", Assert.Single(office.Changes));
        Assert.NotNull((await _steps.SupplierTenders(pathways).GetAsync(view.IttId)).Value!.Addenda.Single().AcknowledgedAt);
        var bridge = await _steps.SupplierUserAsync("Bridge Training Charity");
        Assert.Equal(OperationOutcome.NotFound, (await _steps.SupplierTenders(bridge).AcknowledgeAsync(view.IttId, addendum.Id)).Outcome);
    }

    [Fact]
    public async Task A_change_in_the_last_working_days_is_flagged_late_and_can_extend_the_deadline_in_the_same_addendum()
    {
        var id = await _steps.IssuedAsync("Late change offers extension");
        var deadline = (await _steps.CommissionAsync(id)).TenderDeadline!.Value;
        app.Clock.SetUtcNow(deadline.AddDays(-2));
        var view = await _steps.TenderAsync(id);
        Assert.True(view.IsLateChange);
        Assert.NotNull(view.SuggestedExtension);

        var result = await _steps.Tenders(TestActors.ProcurementOfficer).PublishDocumentAsync(id, view.IttToken, null, IttDocumentKind.Other,
            "Revised pricing notes", TenderSteps.File("pricing-notes.pdf"), "Pricing notes added.", view.SuggestedExtension);

        Assert.True(result.Succeeded, result.Message);
        var after = await _steps.TenderAsync(id);
        Assert.Equal(view.SuggestedExtension, after.TenderDeadline);
        Assert.Equal(2, Assert.Single(after.Addenda).Changes.Count);
        Assert.False(after.IsLateChange);
    }

    [Fact]
    public async Task Reminders_go_to_invited_suppliers_before_the_tender_deadline_once_each_and_again_after_it_moves()
    {
        var id = await _steps.IssuedAsync("Reminders before the deadline");
        var reminders = app.Services.GetRequiredService<DeadlineReminderService>();
        var deadline = (await _steps.CommissionAsync(id)).TenderDeadline!.Value;
        const string subject = "Reminder: tenders for Reminders before the deadline are due";

        app.Clock.SetUtcNow(deadline.AddHours(-47));
        await reminders.SendDueAsync();
        await reminders.SendDueAsync();
        Assert.Equal(3, await CountMailAsync(subject + " in 47 hours"));

        app.Clock.SetUtcNow(deadline.AddHours(-23.5));
        await reminders.SendDueAsync();
        Assert.Equal(3, await CountMailAsync(subject + " in 23 hours"));

        var view = await _steps.TenderAsync(id);
        Assert.True((await _steps.Tenders(TestActors.ProcurementOfficer).PublishTimetableAsync(id, view.IttToken, MoveTenderDeadline(view, 1),
            "A day more for the revised specification.")).Succeeded);
        await reminders.SendDueAsync();
        Assert.Equal(6, await CountMailAsync(subject + " in 47 hours"));
        Assert.Equal(3, await CountMailAsync(subject + " in 23 hours"));
    }

    [Fact]
    public async Task The_audit_chain_stays_intact_through_issue_addenda_questions_and_answers()
    {
        var id = await _steps.IssuedAsync("Chain through a tender");
        var view = await _steps.TenderAsync(id);
        var pathways = await _steps.SupplierUserAsync("Pathways to Work CIC");
        Assert.True((await _steps.Tenders(TestActors.ProcurementOfficer).PublishTimetableAsync(id, view.IttToken, MoveTenderDeadline(view, 2), "More time.")).Succeeded);
        Assert.True((await app.ServiceFor<Portal.Components.Clarifications.ClarificationService>(pathways).AskAsync(view.IttId, "Is parking available?")).Succeeded);
        Assert.True((await _steps.SupplierTenders(pathways).AcknowledgeAsync(view.IttId, (await _steps.TenderAsync(id)).Addenda[0].Id)).Succeeded);

        var chain = await Portal.Components.Audit.AuditVerificationService.VerifyChainAsync(
            app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext>>());

        Assert.True(chain.IsIntact, chain.Message);
    }

    private async Task<int> CountMailAsync(string subject)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Subject == subject);
    }
}
