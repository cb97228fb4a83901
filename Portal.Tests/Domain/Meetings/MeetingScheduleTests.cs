using Portal.Domain.Meetings;
using Portal.Domain.Performance;
using static Portal.Tests.Domain.Meetings.MeetingFixtures;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Meetings;

public class MeetingScheduleTests
{
    private static readonly IReadOnlyList<ReportingPeriod> Quarters = ReportingPeriods.Between(Commencement, EndsOn);

    [Fact]
    public void Each_quarter_gets_a_deep_dive_then_a_performance_meeting_after_its_return_is_due()
    {
        var proposals = MeetingSchedule.ProposeYear(Quarters, MeetingSchedule.DefaultReturnDueOn, [], Uk(2023, 3, 1));

        // Q4 2022/23 ends 31 March; its return is due 15 April; the deep dive a week later (Saturday 22nd, so Monday 24th) at 10:00.
        var first = proposals[0];
        Assert.Equal((MeetingKind.QualityDeepDive, "Q4 2022/23"), (first.Kind, first.Period.Name));
        Assert.Equal(Uk(2023, 4, 24, 10), first.StartsAt);
        Assert.Equal((MeetingKind.PerformanceMeeting, Uk(2023, 5, 1, 14)), (proposals[1].Kind, proposals[1].StartsAt));
        // Twelve months ahead reaches the meetings about Q3 2023/24 in January 2024, not those about Q4 2023/24 in April.
        Assert.Equal(["Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24"], proposals.Select(p => p.Period.Name).Distinct());
        Assert.Equal(8, proposals.Count);
        Assert.All(proposals, p => Assert.True(p.StartsAt > Uk(2023, 3, 1)));
    }

    [Fact]
    public void A_quarter_that_already_has_a_meeting_of_a_kind_is_not_offered_it_again_and_past_quarters_are_left_out()
    {
        var meetings = NewMeetings();
        meetings.Schedule(MeetingKind.PerformanceMeeting, Quarters.Single(q => q.Name == "Q4 2023/24"), Uk(2024, 5, 2), "Online", "", CommissioningOfficer, Uk(2024, 1, 2));

        var proposals = MeetingSchedule.ProposeYear(Quarters, MeetingSchedule.DefaultReturnDueOn, meetings.Meetings, Uk(2024, 1, 2));

        Assert.Equal(
            [(MeetingKind.QualityDeepDive, "Q3 2023/24"), (MeetingKind.PerformanceMeeting, "Q3 2023/24"), (MeetingKind.QualityDeepDive, "Q4 2023/24"),
             (MeetingKind.QualityDeepDive, "Q1 2024/25"), (MeetingKind.PerformanceMeeting, "Q1 2024/25")],
            proposals.Select(p => (p.Kind, p.Period.Name)));
    }

    [Fact]
    public void Scheduling_the_proposals_makes_one_meeting_each_and_refuses_when_there_are_none()
    {
        var meetings = NewMeetings();
        var now = Uk(2024, 1, 2);
        var proposals = MeetingSchedule.ProposeYear(Quarters, MeetingSchedule.DefaultReturnDueOn, meetings.Meetings, now);

        meetings.ScheduleAll(proposals, "Pathways office, Hanley", "Contract manager; service manager", CommissioningOfficer, now);

        Assert.Equal(proposals.Count, meetings.Meetings.Count);
        Assert.Empty(MeetingSchedule.ProposeYear(Quarters, MeetingSchedule.DefaultReturnDueOn, meetings.Meetings, now));
        Assert.Throws<Portal.Domain.Common.DomainRuleException>(() => meetings.ScheduleAll([], "x", "", CommissioningOfficer, now));
    }
}
