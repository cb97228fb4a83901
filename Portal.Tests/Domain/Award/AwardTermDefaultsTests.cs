using Portal.Domain.Award;
using Portal.Domain.Calendar;
using Portal.Domain.Common;

namespace Portal.Tests.Domain.Award;

public sealed class AwardTermDefaultsTests
{
    private static readonly Timetable Bare = new(ProcurementRegime.ProcurementAct2023, []);

    [Fact]
    public void Without_timetable_dates_the_call_off_starts_the_first_working_day_after_standstill_and_the_service_eight_weeks_later()
    {
        // Standstill ends on Friday 27 March 2026, so the call-off starts on the Monday; eight weeks on is the spring bank holiday.
        var terms = AwardTermDefaults.Propose(Bare, new DateOnly(2026, 3, 27), new DateOnly(2026, 3, 20), Money.FromPounds(156_000), 24, 2, 12);

        Assert.Equal(new DateOnly(2026, 3, 30), terms.CallOffEffectiveDate);
        Assert.Equal(new DateOnly(2026, 5, 26), terms.CommencementDate);
        Assert.Equal(Money.FromPounds(156_000), terms.Value);
        Assert.Equal(Money.FromPounds(78_000), terms.AnnualValue);
        Assert.Equal((24, 2, 12), (terms.InitialTermMonths, terms.ExtensionOptionCount, terms.ExtensionOptionMonths));
    }

    [Fact]
    public void The_itt_timetables_call_off_and_commencement_dates_are_used_while_they_lie_ahead()
    {
        var timetable = new Timetable(ProcurementRegime.Pcr2015,
        [
            new(TimetablePhase.CallOffEffective, new DateOnly(2022, 5, 3)),
            new(TimetablePhase.Commencement, new DateOnly(2022, 7, 1)),
        ]);

        var ahead = AwardTermDefaults.Propose(timetable, new DateOnly(2022, 4, 25), new DateOnly(2022, 4, 26), Money.FromPounds(150_000), 24, 2, 12);
        var passed = AwardTermDefaults.Propose(timetable, new DateOnly(2022, 5, 10), new DateOnly(2022, 5, 11), Money.FromPounds(150_000), 24, 2, 12);

        Assert.Equal((new DateOnly(2022, 5, 3), new DateOnly(2022, 7, 1)), (ahead.CallOffEffectiveDate, ahead.CommencementDate));
        Assert.Equal(new DateOnly(2022, 5, 11), passed.CallOffEffectiveDate);
        Assert.Equal(new DateOnly(2022, 7, 1), passed.CommencementDate);
    }

    [Theory]
    [InlineData(15_000_000, 24, 7_500_000)]
    [InlineData(10_000_000, 36, 3_333_333)]
    [InlineData(20_000_000, 18, 13_333_333)]
    [InlineData(100, 7, 171)]
    public void The_annual_value_is_the_total_over_the_term_in_years_to_the_nearest_penny(long totalPence, int months, long annualPence) =>
        Assert.Equal(new Money(annualPence), AwardTermDefaults.AnnualValueOf(new Money(totalPence), months));
}
