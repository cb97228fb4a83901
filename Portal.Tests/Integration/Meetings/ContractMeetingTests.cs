using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Dashboard;
using Portal.Components.Meetings;
using Portal.Domain.Common;
using Portal.Domain.Meetings;
using Portal.Domain.Performance;
using Portal.Infrastructure;
using Portal.Tests.Integration.Documents;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Meetings;

/// <summary>
/// The demo's COM-0001 with two years of meetings: the office runs them; the contract's supplier reads its meetings and its own actions and
/// reports progress on them but cannot change minutes; any other supplier is refused, and every refusal is audited.
/// </summary>
public sealed class ContractMeetingTests
{
    [Fact]
    public async Task The_contracts_supplier_reads_its_meetings_and_own_actions_but_not_the_risk_log_and_cannot_change_minutes()
    {
        await using var app = new PortalAppFactory();
        var steps = new MeetingSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var pathways = await steps.SupplierAsync();
        var officeView = await steps.ViewAsync(await steps.OfficerAsync(), commissionId);

        var supplierView = await steps.ViewAsync(pathways, commissionId);

        Assert.Equal(officeView.Meetings.Count, supplierView.Meetings.Count);
        Assert.Equal(14, supplierView.Meetings.Count);
        Assert.All(supplierView.Actions, a => Assert.Equal(ActionOwnerKind.Supplier, a.OwnerKind));
        Assert.True(officeView.Actions.Count > supplierView.Actions.Count);
        Assert.Empty(supplierView.Risks);
        Assert.NotEmpty(officeView.Risks);
        Assert.False(supplierView.CanManage);

        var meeting = supplierView.Meetings[^1];
        var minutes = await steps.As(pathways).RecordMinutesAsync(commissionId, supplierView.ConcurrencyToken, meeting.Id, "Our version of events", "");
        Assert.Equal(OperationOutcome.Forbidden, minutes.Outcome);
        var detail = (await steps.As(pathways).GetMeetingAsync(commissionId, meeting.Id)).Value!;
        Assert.DoesNotContain("Our version", detail.CurrentMinutes!.Text);
        Assert.Equal(OperationOutcome.NotFound, (await steps.As(pathways).GetDataPackAsync(commissionId, meeting.Id)).Outcome);

        var overdue = supplierView.Actions.Single(a => a.Overdue);
        Assert.True(overdue.CanProgress);
        var progress = await steps.As(pathways).ReportProgressAsync(commissionId, supplierView.ConcurrencyToken, overdue.Id, ActionStatus.InProgress, "Six of seven confirmed");
        Assert.True(progress.Succeeded, progress.Message);
        Assert.Equal("Six of seven confirmed", (await steps.ViewAsync(pathways, commissionId)).Actions.Single(a => a.Id == overdue.Id).ProgressNote);

        await using var db = await app.OpenDbAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == RefusedAccessLog.Action && e.ActorId == pathways.UserId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "MeetingActionProgress" && e.ActorId == pathways.UserId));
        Assert.Equal(14, await db.AuditEvents.CountAsync(e => e.CommissionId == commissionId && e.Action == "MeetingMinutesRecorded"));
    }

    [Fact]
    public async Task Another_supplier_is_refused_the_contracts_meetings_as_not_found_and_the_attempt_is_audited()
    {
        await using var app = new PortalAppFactory();
        var steps = new MeetingSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var secondChance = await steps.SupplierAsync(ResponseSteps.SecondChance);

        var refused = await steps.As(secondChance).GetAsync(commissionId);

        Assert.Equal(OperationOutcome.NotFound, refused.Outcome);
        await using var db = await app.OpenDbAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == RefusedAccessLog.Action && e.ActorId == secondChance.UserId));
    }

    [Fact]
    public async Task An_officer_schedules_minutes_and_raises_an_action_that_the_next_meeting_carries_forward_and_bad_input_is_refused_plainly()
    {
        await using var app = new PortalAppFactory();
        var steps = new MeetingSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var officer = await steps.OfficerAsync();
        var service = steps.As(officer);
        var now = app.Clock.GetUtcNow();
        var quarter = (await steps.ViewAsync(officer, commissionId)).Quarters[^1];
        var start = UkTime.ToUk(now).Date.AddDays(7).AddHours(10);

        var past = await service.ScheduleAsync(commissionId, (await steps.ViewAsync(officer, commissionId)).ConcurrencyToken, MeetingKind.PerformanceMeeting, quarter,
            UkTime.ToUk(now).DateTime.AddDays(-1), "Online", "");
        Assert.Contains("has already passed", past.Message);
        Assert.True((await service.ScheduleAsync(commissionId, (await steps.ViewAsync(officer, commissionId)).ConcurrencyToken, MeetingKind.PerformanceMeeting, quarter,
            start, "Online", "Priya Shah; Nadia Brooks")).Succeeded);
        var view = await steps.ViewAsync(officer, commissionId);
        var meeting = view.Meetings.Single(m => !m.HasTakenPlace);
        Assert.True((await service.AddAgendaItemAsync(commissionId, view.ConcurrencyToken, meeting.Id, "Exit plan for the contract's end")).Succeeded);

        var early = await service.RecordMinutesAsync(commissionId, (await steps.ViewAsync(officer, commissionId)).ConcurrencyToken, meeting.Id, "Too early", "");
        Assert.Contains("Minutes are recorded after the meeting", early.Message);
        var stale = await service.RecordMinutesAsync(commissionId, view.ConcurrencyToken, meeting.Id, "Stale", "");
        Assert.Equal(MeetingWriter.StaleMessage, stale.Message);

        app.Clock.Advance(TimeSpan.FromDays(8));
        var dashboard = app.ServiceFor<DashboardService>(officer);
        Assert.Contains((await dashboard.GetAsync()).Value!.Waiting, w => w.What == DashboardService.MinutesToRecord && w.CommissionId == commissionId);
        view = await steps.ViewAsync(officer, commissionId);
        Assert.True((await service.RecordMinutesAsync(commissionId, view.ConcurrencyToken, meeting.Id, "Exit plan agreed in outline.", "")).Succeeded);
        Assert.DoesNotContain((await dashboard.GetAsync()).Value!.Waiting, w => w.What == DashboardService.MinutesToRecord);
        view = await steps.ViewAsync(officer, commissionId);
        var noOwner = await service.RaiseActionAsync(commissionId, view.ConcurrencyToken, meeting.Id, "Draft the exit plan", null, null, UkTime.DateOf(app.Clock.GetUtcNow()).AddDays(30));
        Assert.Contains("Choose who owns the action", noOwner.Message);
        var noDate = await service.RaiseActionAsync(commissionId, view.ConcurrencyToken, meeting.Id, "Draft the exit plan", ActionOwnerKind.Supplier, null, null);
        Assert.Contains("Give the action a due date", noDate.Message);
        Assert.True((await service.RaiseActionAsync(commissionId, view.ConcurrencyToken, meeting.Id, "Draft the exit plan", ActionOwnerKind.Supplier, null,
            UkTime.DateOf(app.Clock.GetUtcNow()).AddDays(30))).Succeeded);

        view = await steps.ViewAsync(officer, commissionId);
        Assert.True((await service.ScheduleAsync(commissionId, view.ConcurrencyToken, MeetingKind.QualityDeepDive, quarter, start.AddDays(40), "Hanley", "")).Succeeded);
        view = await steps.ViewAsync(officer, commissionId);
        var next = view.Meetings.Single(m => !m.HasTakenPlace);
        var agenda = (await service.GetMeetingAsync(commissionId, next.Id)).Value!;
        Assert.Contains(agenda.CarriedForward, a => a.Description == "Draft the exit plan");
        Assert.Contains(agenda.CarriedForward, a => a.Description.StartsWith("Provide evidence of sustained employment"));
        var held = (await service.GetMeetingAsync(commissionId, meeting.Id)).Value!;
        Assert.Equal(["Exit plan for the contract's end"], held.AddedItems.Select(i => i.Text));
        Assert.Equal(("Exit plan agreed in outline.", "Priya Shah"), (held.CurrentMinutes!.Text, held.CurrentMinutes.RecordedByName));
    }

    [Fact]
    public async Task An_officer_cancels_a_meeting_not_held_with_a_reason_that_the_supplier_reads_and_its_minutes_are_no_longer_asked_for()
    {
        await using var app = new PortalAppFactory();
        var steps = new MeetingSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var officer = await steps.OfficerAsync();
        var pathways = await steps.SupplierAsync();
        var service = steps.As(officer);
        var view = await steps.ViewAsync(officer, commissionId);
        var start = UkTime.ToUk(app.Clock.GetUtcNow()).Date.AddDays(7).AddHours(10);
        Assert.True((await service.ScheduleAsync(commissionId, view.ConcurrencyToken, MeetingKind.QualityDeepDive, view.Quarters[^1], start, "Online", "")).Succeeded);
        var meeting = (await steps.ViewAsync(officer, commissionId)).Meetings.Single(m => m.IsUpcoming);
        app.Clock.Advance(TimeSpan.FromDays(8));
        var dashboard = app.ServiceFor<DashboardService>(officer);
        Assert.Contains((await dashboard.GetAsync()).Value!.Waiting, w => w.What == DashboardService.MinutesToRecord);
        view = await steps.ViewAsync(officer, commissionId);

        var bySupplier = await steps.As(pathways).CancelAsync(commissionId, view.ConcurrencyToken, meeting.Id, "We cannot attend");
        var noReason = await service.CancelAsync(commissionId, view.ConcurrencyToken, meeting.Id, " ");
        var cancelled = await service.CancelAsync(commissionId, view.ConcurrencyToken, meeting.Id, "Held jointly with the performance meeting");

        Assert.Equal(OperationOutcome.Forbidden, bySupplier.Outcome);
        Assert.Equal("The reason for cancelling is needed.", noReason.Message);
        Assert.True(cancelled.Succeeded, cancelled.Message);
        Assert.DoesNotContain((await dashboard.GetAsync()).Value!.Waiting, w => w.What == DashboardService.MinutesToRecord);
        var seen = (await steps.As(pathways).GetMeetingAsync(commissionId, meeting.Id)).Value!;
        Assert.Equal(("Held jointly with the performance meeting", "Priya Shah"), (seen.Cancellation!.Reason, seen.Cancellation.ByName));
        Assert.False(seen.CanCancel);
        Assert.True((await steps.ViewAsync(pathways, commissionId)).Meetings.Single(m => m.Id == meeting.Id).IsCancelled);
        await using var db = await app.OpenDbAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "MeetingCancelled" && e.ActorId == officer.UserId && e.CommissionId == commissionId));
    }

    [Fact]
    public async Task The_owner_of_the_contract_is_asked_to_chase_the_suppliers_overdue_action()
    {
        await using var app = new PortalAppFactory();
        var steps = new MeetingSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();

        var waiting = (await app.ServiceFor<DashboardService>(await steps.OfficerAsync()).GetAsync()).Value!.Waiting;

        var chase = Assert.Single(waiting, w => w.What == DashboardService.SupplierActionsOverdue);
        Assert.Equal(commissionId, chase.CommissionId);
        Assert.Equal($"/commissions/{commissionId}/meetings", chase.Link);
    }

    [Fact]
    public async Task The_data_pack_gives_each_figure_against_target_with_its_rating_in_words_and_whether_it_is_verified()
    {
        await using var app = MeetingSteps.AppWithReturns();
        var steps = new MeetingSteps(app);
        var commissionId = await steps.ReferenceCommissionAsync();
        var officer = await steps.OfficerAsync();
        var lastPerformanceMeeting = (await steps.ViewAsync(officer, commissionId)).Meetings.Last(m => m.Kind == MeetingKind.PerformanceMeeting);

        var pack = (await steps.As(officer).GetDataPackAsync(commissionId, lastPerformanceMeeting.Id)).Value!;
        var pdf = PdfText.Read(DataPackPdf.Render(pack, app.Clock.GetUtcNow()));

        Assert.Equal(["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"], pack.Periods.Select(p => p.Period.Name));
        Assert.True(pdf.Contains("Q4 2023/24 (1 Jan – 31 Mar 2024): figures against target"));
        Assert.True(pdf.Contains("Training placements created (clients)"));
        Assert.True(pdf.Contains("Self-reported (queried)"));
        Assert.True(pdf.Contains("Verified"));
        Assert.True(pdf.Contains("Green"));
        Assert.True(pdf.Contains($"of {ScriptedPerformance.Capacity}"));
        Assert.True(pdf.Contains("two new employer partners"));
    }
}
