using Portal.Domain.Calendar;

namespace Portal.Tests.Domain.Calendar;

public class TimetableTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly TimeOnly Noon = new(12, 0);

    private static Timetable Sound(ProcurementRegime regime = ProcurementRegime.ProcurementAct2023) => new(regime,
    [
        new(TimetablePhase.IttIssue, D("2025-03-03")),
        new(TimetablePhase.ClarificationDeadline, D("2025-03-24"), Noon),
        new(TimetablePhase.TenderDeadline, D("2025-03-31"), Noon),
        new(TimetablePhase.Evaluation, D("2025-04-01")),
        new(TimetablePhase.IntentionToAward, D("2025-04-11")),
        new(TimetablePhase.EndOfStandstill, D("2025-04-24")),
        new(TimetablePhase.CallOffEffective, D("2025-04-25")),
        new(TimetablePhase.Commencement, D("2025-05-01")),
    ]);

    private static Timetable With(Timetable timetable, TimetablePhase phase, string date, TimeOnly? time = null) =>
        new(timetable.Regime, timetable.Entries.Select(e => e.Phase == phase ? e with { Date = D(date), Time = time ?? e.Time } : e),
            timetable.VoluntaryStandstillDays);

    [Fact]
    public void A_sound_timetable_has_no_warnings() => Assert.Empty(Sound().Warnings());

    [Fact]
    public void Phases_are_kept_in_the_seeds_order_whatever_order_they_are_given_in()
    {
        var timetable = new Timetable(ProcurementRegime.Pcr2015, Sound().Entries.Reverse());

        Assert.Equal(Enum.GetValues<TimetablePhase>(), timetable.Entries.Select(e => e.Phase));
        Assert.Throws<ArgumentException>(() => new Timetable(ProcurementRegime.Pcr2015,
            [new(TimetablePhase.IttIssue, D("2025-03-03")), new(TimetablePhase.IttIssue, D("2025-03-04"))]));
    }

    [Fact]
    public void A_date_before_the_phase_ahead_of_it_is_warned()
    {
        var warning = Assert.Single(With(Sound(), TimetablePhase.Evaluation, "2025-03-28").Warnings());

        Assert.Equal(TimetablePhase.Evaluation, warning.Phase);
        Assert.Equal("Evaluation (28 March 2025) is before tender deadline (31 March 2025).", warning.Message);
    }

    [Fact]
    public void A_tender_deadline_earlier_in_the_day_than_the_clarification_deadline_is_out_of_order()
    {
        var timetable = With(With(Sound(), TimetablePhase.ClarificationDeadline, "2025-03-31", new TimeOnly(14, 0)),
            TimetablePhase.TenderDeadline, "2025-03-31", Noon);

        Assert.Contains(timetable.Warnings(), w => w.Phase == TimetablePhase.TenderDeadline && w.Message.Contains("before clarification deadline"));
    }

    [Theory]
    [InlineData(TimetablePhase.TenderDeadline, "2025-03-29", "Saturday")]
    [InlineData(TimetablePhase.ClarificationDeadline, "2025-03-17", "St Patrick's Day (Northern Ireland)")]
    public void A_deadline_on_a_non_working_day_is_warned(TimetablePhase phase, string date, string reason)
    {
        var warnings = With(Sound(), phase, date).Warnings();

        var warning = Assert.Single(warnings, w => w.Message.Contains("not a working day"));
        Assert.Equal(phase, warning.Phase);
        Assert.Contains(reason, warning.Message);
    }

    [Fact]
    public void A_scottish_or_northern_irish_holiday_is_a_working_day_for_a_pcr_deadline()
    {
        Assert.DoesNotContain(With(Sound(ProcurementRegime.Pcr2015), TimetablePhase.ClarificationDeadline, "2025-03-17").Warnings(),
            w => w.Message.Contains("not a working day"));
    }

    [Fact]
    public void A_standstill_shorter_than_the_act_requires_is_warned_with_the_rule()
    {
        var warning = Assert.Single(With(Sound(), TimetablePhase.EndOfStandstill, "2025-04-23").Warnings());

        Assert.Equal(TimetablePhase.EndOfStandstill, warning.Phase);
        Assert.Contains("The standstill ends on 23 April 2025, earlier than the rule allows.", warning.Message);
        Assert.Contains("Procurement Act 2023 s.51", warning.Message);
        Assert.Contains("ending 24 April 2025", warning.Message);
    }

    [Fact]
    public void Under_pcr_the_same_standstill_is_long_enough()
    {
        // PCR 2015: 10 days after 11 April 2025 is Easter Monday, so the period runs to Tuesday 22 April.
        Assert.Empty(With(Sound(ProcurementRegime.Pcr2015), TimetablePhase.EndOfStandstill, "2025-04-22").Warnings());
        Assert.Single(With(Sound(ProcurementRegime.Pcr2015), TimetablePhase.EndOfStandstill, "2025-04-21").Warnings());
    }

    [Fact]
    public void A_voluntary_standstill_is_checked_in_calendar_days()
    {
        var voluntary = new Timetable(ProcurementRegime.Pcr2015,
            With(Sound(), TimetablePhase.EndOfStandstill, "2025-04-21").Entries, voluntaryStandstillDays: 10);

        Assert.Empty(voluntary.Warnings());
        Assert.Contains("Voluntary standstill", Assert.Single(
            new Timetable(ProcurementRegime.Pcr2015, voluntary.Entries.Select(e => e.Phase == TimetablePhase.EndOfStandstill ? e with { Date = D("2025-04-20") } : e), 10)
                .Warnings()).Message);
    }

    [Fact]
    public void Shifting_a_phase_moves_it_and_every_later_one_by_the_same_working_days()
    {
        var shifted = Sound().ShiftFrom(TimetablePhase.TenderDeadline, 2);

        Assert.Equal(
            ["2025-03-03", "2025-03-24", "2025-04-02", "2025-04-03", "2025-04-15", "2025-04-28", "2025-04-29", "2025-05-06"],
            shifted.Entries.Select(e => e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Noon, shifted[TimetablePhase.TenderDeadline]!.Time);
        Assert.Empty(shifted.Warnings());
    }

    [Fact]
    public void Shifting_back_moves_to_earlier_working_days()
    {
        var shifted = Sound().ShiftFrom(TimetablePhase.CallOffEffective, -1);

        Assert.Equal(D("2025-04-24"), shifted[TimetablePhase.CallOffEffective]!.Date);
        Assert.Equal(D("2025-04-30"), shifted[TimetablePhase.Commencement]!.Date);
        Assert.Equal(D("2025-04-24"), shifted[TimetablePhase.EndOfStandstill]!.Date);
    }

    [Theory]
    // 12:00 UK time the day after the clocks go forward is 11:00 UTC; on the change day itself (the clocks went
    // forward at 01:00) it is already 11:00 UTC; on the day the clocks go back it is 12:00 UTC again.
    [InlineData("2025-03-31", 11)]
    [InlineData("2025-03-30", 11)]
    [InlineData("2025-03-28", 12)]
    [InlineData("2025-10-26", 12)]
    [InlineData("2025-10-24", 11)]
    public void A_noon_tender_deadline_across_the_summer_time_changes(string date, int utcHour)
    {
        var timetable = With(Sound(), TimetablePhase.TenderDeadline, date, Noon);
        var day = D(date);

        Assert.Equal(new DateTimeOffset(day.Year, day.Month, day.Day, utcHour, 0, 0, TimeSpan.Zero),
            timetable[TimetablePhase.TenderDeadline]!.AtUtc);
    }

    [Fact]
    public void A_phase_without_a_time_has_no_instant() => Assert.Null(Sound()[TimetablePhase.Evaluation]!.AtUtc);
}
