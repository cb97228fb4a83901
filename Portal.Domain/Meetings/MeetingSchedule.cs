using Portal.Domain.Common;
using Portal.Domain.Performance;

namespace Portal.Domain.Meetings;

/// <summary>A meeting "schedule the year" offers: the kind, the quarter it reviews and a date the officer may change.</summary>
public sealed record MeetingProposal(MeetingKind Kind, ReportingPeriod Period, DateTimeOffset StartsAt);

/// <summary>
/// When a contract's quarterly meetings fall: each quarter's quality deep dive a week after its return is due and its performance
/// meeting a week after that, so both meet with the quarter's figures in hand; on a weekday, the deep dive at 10:00 and the
/// performance meeting at 14:00 UK time.
/// </summary>
public static class MeetingSchedule
{
    public const int DeepDiveDaysAfterReturn = 7;
    public const int PerformanceMeetingDaysAfterReturn = 14;

    /// <summary>How far ahead "schedule the year" looks.</summary>
    public const int HorizonMonths = 12;

    /// <summary>When a quarter's return is due for a contract with no outcomes framework yet.</summary>
    public static DateOnly DefaultReturnDueOn(ReportingPeriod period) => OutcomesFramework.ReturnDueOn(period, OutcomesFramework.DefaultReturnDueDays);

    public static DateTimeOffset ProposedStart(MeetingKind kind, DateOnly returnDueOn)
    {
        var day = Weekday(returnDueOn.AddDays(kind == MeetingKind.QualityDeepDive ? DeepDiveDaysAfterReturn : PerformanceMeetingDaysAfterReturn));
        return UkTime.FromUkLocal(day.ToDateTime(kind == MeetingKind.QualityDeepDive ? new TimeOnly(10, 0) : new TimeOnly(14, 0)));
    }

    /// <summary>
    /// One quality deep dive and one performance meeting for each of the contract's quarters whose meetings would fall in the next
    /// twelve months, leaving out any kind a quarter already has.
    /// </summary>
    /// <param name="returnDueOn">When each quarter's return is due.</param>
    public static IReadOnlyList<MeetingProposal> ProposeYear(IReadOnlyList<ReportingPeriod> periods, Func<ReportingPeriod, DateOnly> returnDueOn,
        IEnumerable<Meeting> existing, DateTimeOffset now)
    {
        var horizon = now.AddMonths(HorizonMonths);
        var scheduled = existing.Select(m => (m.Kind, m.PeriodStarts)).ToHashSet();
        return periods
            .SelectMany(period => Enum.GetValues<MeetingKind>().Select(kind => new MeetingProposal(kind, period, ProposedStart(kind, returnDueOn(period)))))
            .Where(p => p.StartsAt > now && p.StartsAt <= horizon && !scheduled.Contains((p.Kind, p.Period.Starts)))
            .OrderBy(p => p.StartsAt)
            .ToList();
    }

    private static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
