using Portal.Domain.Award;
using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Tendering;

namespace Portal.Tests.Domain.Award;

public sealed class AwardStandstillTests
{
    private static DateTimeOffset EndOfUkDay(int year, int month, int day) =>
        UkTime.FromUkLocal(new DateTime(year, month, day, 23, 59, 59, 999));

    [Theory]
    // Procurement Act 2023: eight working days beginning with the day of the notice (a Friday); neither the weekend nor
    // St Patrick's Day (a bank holiday in Northern Ireland, so not a working day in "any part of the UK") counts.
    [InlineData(ProcurementRegime.ProcurementAct2023, null, "2026-03-06", "2026-03-18")]
    // Over Easter 2026: Good Friday 3 April and Easter Monday 6 April are not working days.
    [InlineData(ProcurementRegime.ProcurementAct2023, null, "2026-04-01", "2026-04-14")]
    // PCR 2015: ten days after the notification, moved off a Sunday to the Monday.
    [InlineData(ProcurementRegime.Pcr2015, null, "2024-02-29", "2024-03-11")]
    // A voluntary period counts calendar days, whatever the regime.
    [InlineData(ProcurementRegime.ProcurementAct2023, 10, "2026-03-06", "2026-03-16")]
    [InlineData(ProcurementRegime.Pcr2015, 10, "2022-04-11", "2022-04-21")]
    public void The_standstill_runs_by_the_ittS_voluntary_period_if_it_has_one_else_by_its_regime(ProcurementRegime regime, int? voluntaryDays,
        string issuedOn, string lastDay)
    {
        var itt = new IttContent { Regime = regime, VoluntaryStandstillDays = voluntaryDays };

        var end = AwardStandstill.From(itt, DateOnly.Parse(issuedOn));

        var last = DateOnly.Parse(lastDay);
        Assert.Equal(last, end.LastDay);
        Assert.Equal(EndOfUkDay(last.Year, last.Month, last.Day), end.EndsAt);
    }

    [Fact]
    public void Under_the_procurement_act_the_rule_says_the_day_of_issue_is_taken_as_the_day_of_the_award_notice()
    {
        var act = AwardStandstill.From(new IttContent { Regime = ProcurementRegime.ProcurementAct2023 }, new DateOnly(2026, 3, 6));
        var voluntary = AwardStandstill.From(new IttContent { Regime = ProcurementRegime.ProcurementAct2023, VoluntaryStandstillDays = 10 },
            new DateOnly(2026, 3, 6));
        var regulations = AwardStandstill.From(new IttContent { Regime = ProcurementRegime.Pcr2015 }, new DateOnly(2024, 2, 29));

        Assert.EndsWith(AwardStandstill.NoticeDayAssumption, act.Rule);
        Assert.StartsWith("Voluntary standstill: 10 calendar days", voluntary.Rule);
        Assert.DoesNotContain("award notice", voluntary.Rule);
        Assert.Contains("not a working day", regulations.Rule);
    }

    [Fact]
    public void A_restarted_standstill_is_counted_afresh_from_the_restart_day_and_says_so()
    {
        var itt = new IttContent { Regime = ProcurementRegime.ProcurementAct2023 };

        var restarted = AwardStandstill.Restarted(itt, new DateOnly(2026, 3, 16));
        var chosen = AwardStandstill.Chosen(new DateOnly(2026, 4, 1), "Tom Fielding");

        Assert.Equal(new DateOnly(2026, 3, 26), restarted.LastDay);
        Assert.StartsWith("Restarted after a challenge on 16 March 2026 by the same rule. Procurement Act 2023 s.51", restarted.Rule);
        Assert.Equal(EndOfUkDay(2026, 4, 1), chosen.EndsAt);
        Assert.Contains("chosen by Tom Fielding", chosen.Rule);
    }
}
