using Portal.Domain.Common;
using Portal.Domain.Meetings;
using static Portal.Tests.Domain.Meetings.MeetingFixtures;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Meetings;

public class ContractMeetingsTests
{
    [Fact]
    public void An_open_action_is_carried_onto_every_later_meeting_until_it_is_closed()
    {
        var meetings = NewMeetings();
        var first = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2022, 11, 1), Quarter(2022, 7));
        var action = meetings.RaiseAction(first.Id, "Send the referral pathway to probation", ActionOwnerKind.Supplier, null, null,
            new DateOnly(2022, 12, 1), CommissioningOfficer, Uk(2022, 11, 1, 12));
        var second = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 2, 1), Quarter(2022, 10));
        var third = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 5, 2), Quarter(2023, 1));

        meetings.CloseAction(action.Id, "Pathway agreed with probation on 20 March", CommissioningOfficer, Uk(2023, 3, 20));
        var fourth = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 8, 1), Quarter(2023, 4));

        Assert.Empty(meetings.CarriedForwardTo(first));
        Assert.Equal([action.Id], meetings.CarriedForwardTo(second).Select(a => a.Id));
        Assert.Empty(meetings.CarriedForwardTo(third));
        Assert.Empty(meetings.CarriedForwardTo(fourth));
    }

    [Fact]
    public void An_action_still_open_stays_on_the_agenda_of_future_meetings_and_is_overdue_after_its_due_date()
    {
        var meetings = NewMeetings();
        var held = Held(meetings, MeetingKind.QualityDeepDive, Uk(2023, 10, 20), Quarter(2023, 7));
        var action = meetings.RaiseAction(held.Id, "Record interventions in each action plan", ActionOwnerKind.Supplier, null, null,
            new DateOnly(2023, 12, 15), CommissioningOfficer, Uk(2023, 10, 20, 12));
        meetings.ReportProgress(action.Id, ActionStatus.InProgress, "Template drafted", Supplier, SupplierId, Uk(2023, 11, 1));
        meetings.Schedule(MeetingKind.QualityDeepDive, Quarter(2023, 10), Uk(2024, 1, 25), "Online", "", CommissioningOfficer, Uk(2024, 1, 2));

        Assert.Equal([action.Id], meetings.CarriedForwardTo(meetings.Meetings[^1]).Select(a => a.Id));
        Assert.False(action.IsOverdue(new DateOnly(2023, 12, 15)));
        Assert.True(action.IsOverdue(new DateOnly(2023, 12, 16)));
        Assert.Equal([action.Id], meetings.OverdueActions(new DateOnly(2024, 1, 2)).Select(a => a.Id));
    }

    [Theory]
    [InlineData(null, "2023-12-01", "Choose who owns the action")]
    [InlineData(ActionOwnerKind.Office, "2023-12-01", "Choose the officer")]
    [InlineData(ActionOwnerKind.Supplier, null, "Give the action a due date")]
    [InlineData(ActionOwnerKind.Supplier, "2023-10-01", "cannot fall due before the meeting")]
    public void An_action_needs_an_owner_and_a_due_date_on_or_after_its_meeting(ActionOwnerKind? owner, string? due, string message)
    {
        var meetings = NewMeetings();
        var held = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 11, 1), Quarter(2023, 7));

        var refused = Assert.Throws<DomainRuleException>(() => meetings.RaiseAction(held.Id, "Check the referrals", owner, null, null,
            due is null ? null : DateOnly.Parse(due), CommissioningOfficer, Uk(2023, 11, 1, 12)));

        Assert.Contains(message, refused.Message);
        Assert.Empty(meetings.Actions);
    }

    [Fact]
    public void A_meeting_cannot_be_scheduled_in_the_past_nor_minuted_before_it_begins()
    {
        var meetings = NewMeetings();
        var now = Uk(2023, 6, 1);

        var past = Assert.Throws<DomainRuleException>(() => meetings.Schedule(MeetingKind.PerformanceMeeting, Quarter(2023, 1), Uk(2023, 5, 30), "Online", "", CommissioningOfficer, now));
        Assert.Contains("has already passed", past.Message);
        Assert.Empty(meetings.Meetings);

        meetings.Schedule(MeetingKind.PerformanceMeeting, Quarter(2023, 4), Uk(2023, 8, 1), "Online", "", CommissioningOfficer, now);
        var early = Assert.Throws<DomainRuleException>(() => meetings.RecordMinutes(meetings.Meetings[0].Id, "Notes", "", CommissioningOfficer, Uk(2023, 7, 31)));
        Assert.Contains("Minutes are recorded after the meeting", early.Message);
        Assert.Null(meetings.Meetings[0].CurrentMinutes);
    }

    [Fact]
    public void Amended_minutes_keep_every_version_with_who_recorded_it_and_why()
    {
        var meetings = NewMeetings();
        var held = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 8, 1), Quarter(2023, 4));
        meetings.RecordMinutes(held.Id, "Caseload 24 of 30.", "", CommissioningOfficer, Uk(2023, 8, 2));

        Assert.Throws<DomainRuleException>(() => meetings.RecordMinutes(held.Id, "Caseload 26 of 30.", "  ", ProcurementOfficer, Uk(2023, 8, 3)));
        meetings.RecordMinutes(held.Id, "Caseload 26 of 30.", "Caseload misread", ProcurementOfficer, Uk(2023, 8, 3));

        Assert.Equal([1, 2], held.Minutes.Select(m => m.Version));
        Assert.Equal("Caseload 24 of 30.", held.Minutes[0].Text);
        Assert.Equal(("Priya Procurement", "Caseload misread"), (held.CurrentMinutes!.RecordedByName, held.CurrentMinutes.Reason));
        Assert.Throws<DomainRuleException>(() => meetings.Reschedule(held.Id, Uk(2023, 9, 1), "Online", "", CommissioningOfficer, Uk(2023, 8, 4)));
    }

    [Fact]
    public void The_supplier_reports_progress_on_its_own_actions_only_and_only_the_office_closes_them()
    {
        var meetings = NewMeetings();
        var held = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 8, 1), Quarter(2023, 4));
        var theirs = meetings.RaiseAction(held.Id, "Share case studies", ActionOwnerKind.Supplier, null, null, new DateOnly(2023, 9, 1), CommissioningOfficer, Uk(2023, 8, 1, 12));
        var ours = meetings.RaiseAction(held.Id, "Chase probation", ActionOwnerKind.Office, "co-1", "Cara Commissioning", new DateOnly(2023, 9, 1), CommissioningOfficer, Uk(2023, 8, 1, 12));

        meetings.ReportProgress(theirs.Id, ActionStatus.InProgress, "Two written", Supplier, SupplierId, Uk(2023, 8, 10));
        Assert.Throws<DomainRuleException>(() => meetings.ReportProgress(ours.Id, ActionStatus.InProgress, "Done it", Supplier, SupplierId, Uk(2023, 8, 10)));
        Assert.Throws<DomainRuleException>(() => meetings.ReportProgress(theirs.Id, ActionStatus.Closed, "All done", Supplier, SupplierId, Uk(2023, 8, 10)));
        Assert.Throws<DomainRuleException>(() => meetings.CloseAction(theirs.Id, "All done", TestActors.Supplier, Uk(2023, 8, 10)));
        Assert.Throws<DomainRuleException>(() => meetings.CloseAction(theirs.Id, " ", CommissioningOfficer, Uk(2023, 8, 10)));

        Assert.Equal(("Two written", ActionStatus.InProgress), (theirs.ProgressNote, theirs.Status));
        Assert.Equal("Pathways to Work CIC", theirs.OwnerName);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 6)]
    public void A_risk_is_scored_from_one_to_five_each_way(int likelihood, int impact)
    {
        var meetings = NewMeetings();
        Assert.Throws<DomainRuleException>(() => meetings.AddRisk("Staff turnover", likelihood, impact, "", "Supplier", CommissioningOfficer, Start));
        var risk = meetings.AddRisk("Staff turnover", 4, 4, "Cover arranged", "Supplier", CommissioningOfficer, Start);
        Assert.Equal((16, "High"), (risk.Score, risk.Level));
    }
}
