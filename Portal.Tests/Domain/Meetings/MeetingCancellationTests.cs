using Portal.Domain.Common;
using Portal.Domain.Meetings;
using static Portal.Tests.Domain.Meetings.MeetingFixtures;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Meetings;

public class MeetingCancellationTests
{
    [Fact]
    public void A_cancelled_meeting_keeps_who_cancelled_it_and_why_needs_no_minutes_and_can_no_longer_change()
    {
        var meetings = NewMeetings();
        meetings.Schedule(MeetingKind.QualityDeepDive, Quarter(2023, 7), Uk(2023, 10, 20), "Online", "", CommissioningOfficer, Uk(2023, 10, 1));
        var meeting = meetings.Meetings[^1];

        var said = meetings.Cancel(meeting.Id, "  Combined with the performance meeting  ", CommissioningOfficer, Uk(2023, 10, 2));

        Assert.True(meeting.IsCancelled);
        Assert.Equal(("Combined with the performance meeting", CommissioningOfficer.DisplayName, Uk(2023, 10, 2)),
            (meeting.CancellationReason, meeting.CancelledByName, meeting.CancelledAt!.Value));
        Assert.Contains("cancelled: Combined with the performance meeting", said);
        Assert.False(meeting.HasTakenPlace(Uk(2023, 11, 1)));
        Assert.False(meeting.NeedsMinutes(Uk(2023, 11, 1)));
        Assert.Contains("was cancelled", Assert.Throws<DomainRuleException>(() =>
            meetings.AddAgendaItem(meeting.Id, "Case files", CommissioningOfficer, Uk(2023, 10, 3))).Message);
        Assert.Contains("was cancelled", Assert.Throws<DomainRuleException>(() =>
            meetings.Reschedule(meeting.Id, Uk(2023, 10, 27), "Online", "", CommissioningOfficer, Uk(2023, 10, 3))).Message);
        Assert.Contains("was cancelled", Assert.Throws<DomainRuleException>(() =>
            meetings.RecordMinutes(meeting.Id, "Notes", "", CommissioningOfficer, Uk(2023, 11, 1))).Message);
        Assert.Contains("was cancelled", Assert.Throws<DomainRuleException>(() =>
            meetings.Cancel(meeting.Id, "Again", CommissioningOfficer, Uk(2023, 10, 3))).Message);
    }

    [Fact]
    public void A_meeting_with_minutes_or_actions_was_held_and_cannot_be_cancelled()
    {
        var meetings = NewMeetings();
        var minuted = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 11, 1), Quarter(2023, 7));
        meetings.RecordMinutes(minuted.Id, "Figures reviewed; no actions.", "", CommissioningOfficer, Uk(2023, 11, 2));
        meetings.Schedule(MeetingKind.QualityDeepDive, Quarter(2023, 7), Uk(2023, 11, 8), "Online", "", CommissioningOfficer, Uk(2023, 11, 2));
        var withAction = meetings.Meetings[^1];
        meetings.RaiseAction(withAction.Id, "Send the case files", ActionOwnerKind.Supplier, null, null, new DateOnly(2023, 12, 1),
            CommissioningOfficer, Uk(2023, 11, 8, 12));

        foreach (var meeting in new[] { minuted, withAction })
            Assert.Contains("was held", Assert.Throws<DomainRuleException>(() =>
                meetings.Cancel(meeting.Id, "Not needed", CommissioningOfficer, Uk(2023, 11, 9))).Message);
        Assert.All(meetings.Meetings, m => Assert.False(m.IsCancelled));
    }

    [Fact]
    public void A_meeting_whose_date_passed_without_minutes_can_be_recorded_as_cancelled()
    {
        var meetings = NewMeetings();
        var missed = Held(meetings, MeetingKind.QualityDeepDive, Uk(2023, 10, 20), Quarter(2023, 7));
        Assert.True(missed.NeedsMinutes(Uk(2023, 10, 23)));

        meetings.Cancel(missed.Id, "The supplier's manager was ill; the quarter is reviewed at the performance meeting", CommissioningOfficer, Uk(2023, 10, 23));

        Assert.False(missed.NeedsMinutes(Uk(2023, 10, 23)));
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_an_officer_who_manages_the_contract()
    {
        var meetings = NewMeetings();
        meetings.Schedule(MeetingKind.QualityDeepDive, Quarter(2023, 7), Uk(2023, 10, 20), "Online", "", CommissioningOfficer, Uk(2023, 10, 1));
        var meeting = meetings.Meetings[^1];

        Assert.Throws<DomainRuleException>(() => meetings.Cancel(meeting.Id, " ", CommissioningOfficer, Uk(2023, 10, 2)));
        Assert.Throws<DomainRuleException>(() => meetings.Cancel(meeting.Id, "Not needed", Supplier, Uk(2023, 10, 2)));
        Assert.False(meeting.IsCancelled);
    }
}
