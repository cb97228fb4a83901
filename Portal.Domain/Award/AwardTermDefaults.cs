using Portal.Domain.Calendar;
using Portal.Domain.Common;

namespace Portal.Domain.Award;

/// <summary>What the award confirmation form starts with; the officer checks and may change each before the contract is made.</summary>
public sealed record ProposedAwardTerms(DateOnly CallOffEffectiveDate, DateOnly CommencementDate, Money Value, Money AnnualValue,
    int InitialTermMonths, int ExtensionOptionCount, int ExtensionOptionMonths);

public static class AwardTermDefaults
{
    public const int DefaultInitialTermMonths = 24;

    /// <summary>The seed's timetable starts the service 8 to 12 weeks after award; the form proposes the earlier.</summary>
    public const int WeeksFromCallOffToCommencement = 8;

    /// <summary>
    /// The ITT timetable's call-off and commencement dates where it has them and they still lie ahead; otherwise the first working
    /// day after standstill (and not before today), and eight weeks after that. The value is the winning price over the initial term.
    /// </summary>
    public static ProposedAwardTerms Propose(Timetable timetable, DateOnly standstillLastDay, DateOnly today, Money? winningPrice,
        int? initialTermMonths, int extensionOptionCount, int extensionOptionMonths)
    {
        var calendar = timetable.Calendar;
        var earliest = standstillLastDay >= today ? standstillLastDay.AddDays(1) : today;
        var callOff = timetable[TimetablePhase.CallOffEffective]?.Date is { } planned && planned >= earliest
            ? planned
            : calendar.NextWorkingDayOnOrAfter(earliest);
        var commencement = timetable[TimetablePhase.Commencement]?.Date is { } start && start >= callOff
            ? start
            : calendar.NextWorkingDayOnOrAfter(callOff.AddDays(7 * WeeksFromCallOffToCommencement));
        var months = initialTermMonths is > 0 ? initialTermMonths.Value : DefaultInitialTermMonths;
        var value = winningPrice ?? Money.Zero;
        return new ProposedAwardTerms(callOff, commencement, value, AnnualValueOf(value, months), months, extensionOptionCount, extensionOptionMonths);
    }

    /// <summary>The value a year over a term of whole months: the total divided by the term in years, to the nearest penny.</summary>
    public static Money AnnualValueOf(Money total, int months)
    {
        if (months < 1) throw new DomainRuleException("The initial term must be at least one month.");
        return new Money((long)Math.Round(total.Pence * 12m / months, MidpointRounding.AwayFromZero));
    }
}
