using Portal.Domain.Common;

namespace Portal.Domain.Calendar;

/// <summary>The phases of a call-off ITT timetable, in the seed's order.</summary>
public enum TimetablePhase
{
    IttIssue,
    ClarificationDeadline,
    TenderDeadline,
    Evaluation,
    IntentionToAward,
    EndOfStandstill,
    CallOffEffective,
    Commencement,
}

/// <summary>A dated phase; deadlines may carry a UK local time of day.</summary>
public sealed record TimetableEntry(TimetablePhase Phase, DateOnly Date, TimeOnly? Time = null)
{
    /// <summary>The instant of a timed deadline (UK local time stored as UTC), or null when the phase has no time.</summary>
    public DateTimeOffset? AtUtc => Time is { } time ? UkTime.FromUkLocal(Date.ToDateTime(time)) : null;
}

public sealed record TimetableWarning(TimetablePhase Phase, string Message);

/// <summary>
/// After a phase's date is moved, the offer to move the phases after it by as many working days: <see cref="WorkingDays"/>
/// is negative when the phase moved earlier.
/// </summary>
public sealed record LaterDatesOffer(TimetablePhase MovedPhase, int WorkingDays, IReadOnlyList<TimetablePhase> LaterPhases);

/// <summary>
/// A procurement timetable checked against the regime's calendar: dates out of order, deadlines on non-working
/// days and a standstill shorter than the rule. Immutable; <see cref="ShiftFrom"/> returns a moved copy.
/// </summary>
public sealed class Timetable
{

    /// <summary>The phases that are deadlines: each has a UK local time of day, and must fall on a working day.</summary>
    public static readonly IReadOnlyList<TimetablePhase> Deadlines = [TimetablePhase.ClarificationDeadline, TimetablePhase.TenderDeadline];

    public Timetable(ProcurementRegime regime, IEnumerable<TimetableEntry> entries, int? voluntaryStandstillDays = null)
    {
        var list = entries.OrderBy(e => e.Phase).ToList();
        if (list.GroupBy(e => e.Phase).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"The timetable has more than one {Label(duplicate.Key)}.", nameof(entries));
        }
        Regime = regime;
        Entries = list;
        VoluntaryStandstillDays = voluntaryStandstillDays;
    }

    public ProcurementRegime Regime { get; }

    /// <summary>The phases present, in the seed's order.</summary>
    public IReadOnlyList<TimetableEntry> Entries { get; }

    /// <summary>A voluntary standstill in calendar days (a framework call-off or light-touch award); null for the regime's mandatory one.</summary>
    public int? VoluntaryStandstillDays { get; }

    public WorkingDayCalendar Calendar => WorkingDayCalendar.For(Regime);

    public TimetableEntry? this[TimetablePhase phase] => Entries.FirstOrDefault(e => e.Phase == phase);

    /// <summary>The standstill the rule requires from the intention to award, if that date is set.</summary>
    public StandstillEnd? RequiredStandstill() => this[TimetablePhase.IntentionToAward] is not { } award
        ? null
        : VoluntaryStandstillDays is { } days ? Standstill.Voluntary(award.Date, days) : Standstill.Mandatory(Regime, award.Date);

    /// <summary>Each phase dated before the one it follows: a draft may hold them, an issued ITT may not.</summary>
    public IReadOnlyList<TimetableWarning> OutOfOrder()
    {
        var warnings = new List<TimetableWarning>();
        for (var i = 1; i < Entries.Count; i++)
        {
            var earlier = Entries[i - 1];
            var later = Entries[i];
            if (SortKey(later) < SortKey(earlier))
            {
                warnings.Add(new TimetableWarning(later.Phase,
                    $"{Label(later.Phase)} ({Long(later.Date)}) is before {InSentence(earlier.Phase)} ({Long(earlier.Date)})."));
            }
        }
        return warnings;
    }

    public IReadOnlyList<TimetableWarning> Warnings()
    {
        var warnings = OutOfOrder().ToList();

        foreach (var deadline in Entries.Where(e => Deadlines.Contains(e.Phase)))
        {
            if (Calendar.WhyNotWorking(deadline.Date) is { } reason)
            {
                warnings.Add(new TimetableWarning(deadline.Phase,
                    $"{Label(deadline.Phase)} falls on {Long(deadline.Date)}, which is not a working day under the {ProcurementRegimes.Describe(Regime)} ({reason})."));
            }
        }

        if (RequiredStandstill() is { } required && this[TimetablePhase.EndOfStandstill] is { } end && end.Date < required.LastDay)
        {
            warnings.Add(new TimetableWarning(TimetablePhase.EndOfStandstill,
                $"The standstill ends on {Long(end.Date)}, earlier than the rule allows. {required.Rule}"));
        }
        return warnings;
    }

    /// <summary>Moves a phase and every later one by the same number of working days (back when negative).</summary>
    public Timetable ShiftFrom(TimetablePhase phase, int workingDays) =>
        new(Regime,
            Entries.Select(e => e.Phase >= phase ? e with { Date = Calendar.AddWorkingDays(e.Date, workingDays) } : e),
            VoluntaryStandstillDays);

    /// <summary>
    /// What to offer once <paramref name="phase"/> has moved from <paramref name="from"/> to <paramref name="to"/>: the
    /// working days between the two dates (under this regime), and the later phases that have a date. Null when no later
    /// phase has a date, or when the move spans no working day (from a Saturday to the Sunday, say).
    /// </summary>
    public LaterDatesOffer? OfferToMoveLaterDates(TimetablePhase phase, DateOnly from, DateOnly to)
    {
        var later = Entries.Where(e => e.Phase > phase).Select(e => e.Phase).ToList();
        var workingDays = Calendar.WorkingDaysBetween(from, to);
        return later.Count == 0 || workingDays == 0 ? null : new LaterDatesOffer(phase, workingDays, later);
    }

    /// <summary>Accepts the offer: the later phases move by its working days; the moved phase keeps the date it was given.</summary>
    public Timetable MoveLaterDates(LaterDatesOffer offer) =>
        Entries.FirstOrDefault(e => e.Phase > offer.MovedPhase) is { } next ? ShiftFrom(next.Phase, offer.WorkingDays) : this;

    public static string Label(TimetablePhase phase) => phase switch
    {
        TimetablePhase.IttIssue => "ITT issue",
        TimetablePhase.ClarificationDeadline => "Clarification deadline",
        TimetablePhase.TenderDeadline => "Tender deadline",
        TimetablePhase.Evaluation => "Evaluation",
        TimetablePhase.IntentionToAward => "Intention to award",
        TimetablePhase.EndOfStandstill => "End of standstill",
        TimetablePhase.CallOffEffective => "Call-off effective date",
        _ => "Commencement",
    };

    private static string InSentence(TimetablePhase phase) =>
        phase == TimetablePhase.IttIssue ? Label(phase) : char.ToLowerInvariant(Label(phase)[0]) + Label(phase)[1..];

    private static DateTime SortKey(TimetableEntry entry) => entry.Date.ToDateTime(entry.Time ?? TimeOnly.MinValue);

    private static string Long(DateOnly date) => UkTime.LongDate(date);
}
