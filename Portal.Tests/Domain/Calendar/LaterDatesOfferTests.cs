using Portal.Domain.Calendar;

namespace Portal.Tests.Domain.Calendar;

/// <summary>Moving one date of a timetable offers to move the later ones by the same number of working days.</summary>
public class LaterDatesOfferTests
{
    private static readonly TimeOnly Noon = new(12, 0);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Timetable Timetable(ProcurementRegime regime, params (TimetablePhase Phase, string Date)[] entries) =>
        new(regime, entries.Select(e => new TimetableEntry(e.Phase, D(e.Date),
            e.Phase is TimetablePhase.ClarificationDeadline or TimetablePhase.TenderDeadline ? Noon : null)));

    private static Timetable Sound() => Timetable(ProcurementRegime.ProcurementAct2023,
        (TimetablePhase.IttIssue, "2025-03-03"),
        (TimetablePhase.ClarificationDeadline, "2025-03-24"),
        (TimetablePhase.TenderDeadline, "2025-03-31"),
        (TimetablePhase.Evaluation, "2025-04-01"),
        (TimetablePhase.IntentionToAward, "2025-04-11"),
        (TimetablePhase.EndOfStandstill, "2025-04-24"),
        (TimetablePhase.CallOffEffective, "2025-04-25"),
        (TimetablePhase.Commencement, "2025-05-01"));

    [Fact]
    public void Moving_the_tender_deadline_two_working_days_offers_the_five_phases_after_it()
    {
        var offer = Sound().OfferToMoveLaterDates(TimetablePhase.TenderDeadline, D("2025-03-31"), D("2025-04-02"));

        Assert.NotNull(offer);
        Assert.Equal(2, offer.WorkingDays);
        Assert.Equal([TimetablePhase.Evaluation, TimetablePhase.IntentionToAward, TimetablePhase.EndOfStandstill,
            TimetablePhase.CallOffEffective, TimetablePhase.Commencement], offer.LaterPhases);
    }

    [Fact]
    public void Accepting_moves_only_the_later_phases_and_keeps_the_date_the_user_chose()
    {
        var sound = Sound();
        var moved = new Timetable(sound.Regime, sound.Entries.Select(e => e.Phase == TimetablePhase.TenderDeadline ? e with { Date = D("2025-04-02") } : e));
        var offer = moved.OfferToMoveLaterDates(TimetablePhase.TenderDeadline, D("2025-03-31"), D("2025-04-02"))!;

        var accepted = moved.MoveLaterDates(offer);

        Assert.Equal(
            ["2025-03-03", "2025-03-24", "2025-04-02", "2025-04-03", "2025-04-15", "2025-04-28", "2025-04-29", "2025-05-06"],
            accepted.Entries.Select(e => e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Noon, accepted[TimetablePhase.TenderDeadline]!.Time);
        Assert.Empty(accepted.Warnings());
    }

    [Fact]
    public void Easter_is_not_counted_when_a_date_moves_over_it()
    {
        // Good Friday 18 April and Easter Monday 21 April 2025 are not working days: Thursday to Tuesday is one working day.
        var timetable = Timetable(ProcurementRegime.Pcr2015, (TimetablePhase.IttIssue, "2025-04-17"), (TimetablePhase.ClarificationDeadline, "2025-04-28"));

        Assert.Equal(1, timetable.OfferToMoveLaterDates(TimetablePhase.IttIssue, D("2025-04-17"), D("2025-04-22"))!.WorkingDays);
    }

    [Theory]
    // St Patrick's Day, Monday 17 March 2025, is a bank holiday in Northern Ireland: not a working day under the
    // Procurement Act 2023 (any part of the UK), a working day under PCR 2015 (England and Wales).
    [InlineData(ProcurementRegime.ProcurementAct2023, 1)]
    [InlineData(ProcurementRegime.Pcr2015, 2)]
    public void The_working_days_counted_are_the_regimes(ProcurementRegime regime, int workingDays)
    {
        var timetable = Timetable(regime, (TimetablePhase.IttIssue, "2025-03-14"), (TimetablePhase.TenderDeadline, "2025-03-31"));

        Assert.Equal(workingDays, timetable.OfferToMoveLaterDates(TimetablePhase.IttIssue, D("2025-03-14"), D("2025-03-18"))!.WorkingDays);
    }

    [Fact]
    public void Moving_earlier_offers_to_move_the_later_dates_back()
    {
        var sound = Sound();
        var offer = sound.OfferToMoveLaterDates(TimetablePhase.IntentionToAward, D("2025-04-11"), D("2025-04-09"))!;

        Assert.Equal(-2, offer.WorkingDays);
        Assert.Equal(D("2025-04-22"), sound.MoveLaterDates(offer)[TimetablePhase.EndOfStandstill]!.Date);
    }

    [Fact]
    public void Nothing_is_offered_for_the_last_phase_or_for_a_move_within_a_weekend()
    {
        Assert.Null(Sound().OfferToMoveLaterDates(TimetablePhase.Commencement, D("2025-05-01"), D("2025-05-08")));
        Assert.Null(Sound().OfferToMoveLaterDates(TimetablePhase.IttIssue, D("2025-03-01"), D("2025-03-02")));
    }

    [Fact]
    public void Later_phases_without_a_date_are_not_counted()
    {
        var timetable = Timetable(ProcurementRegime.ProcurementAct2023, (TimetablePhase.IttIssue, "2025-03-03"), (TimetablePhase.Commencement, "2025-06-02"));

        Assert.Equal([TimetablePhase.Commencement], timetable.OfferToMoveLaterDates(TimetablePhase.IttIssue, D("2025-03-03"), D("2025-03-10"))!.LaterPhases);
    }
}
