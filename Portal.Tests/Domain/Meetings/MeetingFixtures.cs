using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Meetings;
using Portal.Domain.Performance;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Meetings;

/// <summary>The reference contract's shape: effective 1 May 2022, commencing 27 June 2022, two years.</summary>
internal static class MeetingFixtures
{
    public static readonly Guid SupplierId = Guid.NewGuid();
    public static readonly DateOnly Commencement = new(2022, 6, 27);
    public static readonly DateOnly EndsOn = new(2024, 4, 30);

    public static ContractMeetings NewMeetings() => ContractMeetings.For(Contract.Award(new ContractTerms(Guid.NewGuid(), Guid.NewGuid(), SupplierId,
        "Pathways to Work CIC", "Employment support", Money.FromPounds(155_000), Money.FromPounds(77_500), new DateOnly(2022, 5, 1), Commencement,
        24, 2, 12, Start, Start, Start, "rule"), ProcurementOfficer, Start));

    public static readonly DateTimeOffset Start = new(2022, 4, 20, 9, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Uk(int year, int month, int day, int hour = 10) => UkTime.FromUkLocal(new DateTime(year, month, day, hour, 0, 0));

    public static ReportingPeriod Quarter(int year, int month) => ReportingPeriods.QuarterContaining(new DateOnly(year, month, 1));

    /// <summary>Schedules a meeting a month before it, as the office would have.</summary>
    public static Meeting Held(ContractMeetings meetings, MeetingKind kind, DateTimeOffset startsAt, ReportingPeriod period)
    {
        meetings.Schedule(kind, period, startsAt, "Stoke office", "Officer; supplier", CommissioningOfficer, startsAt.AddDays(-30));
        return meetings.Meetings[^1];
    }
}
