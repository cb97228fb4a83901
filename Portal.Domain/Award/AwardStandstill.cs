using Portal.Domain.Calendar;
using Portal.Domain.Tendering;

namespace Portal.Domain.Award;

/// <summary>Which standstill an intention to award starts: the ITT's voluntary period if it set one, else the regime's mandatory one.</summary>
public static class AwardStandstill
{
    public const string NoticeDayAssumption =
        " The portal issues the assessment summaries on the day it treats as the day the contract award notice is published, so the period is counted from that day.";

    /// <param name="notifiedOn">The UK day the bidders are told: the day the letters are issued, or the day a standstill restarts.</param>
    public static StandstillEnd From(IttContent itt, DateOnly notifiedOn) => From(itt.Regime, itt.VoluntaryStandstillDays, notifiedOn);

    public static StandstillEnd From(ProcurementRegime regime, int? voluntaryDays, DateOnly notifiedOn)
    {
        if (voluntaryDays is { } days) return Standstill.Voluntary(notifiedOn, days);
        var mandatory = Standstill.Mandatory(regime, notifiedOn);
        // Under the Procurement Act 2023 the standstill runs from the contract award notice, which the portal does not publish itself.
        return regime == ProcurementRegime.ProcurementAct2023 ? mandatory with { Rule = mandatory.Rule + NoticeDayAssumption } : mandatory;
    }

    /// <summary>A standstill restarted after a challenge, to an end the officer chose rather than one the rule gives.</summary>
    public static StandstillEnd Chosen(DateOnly lastDay, string chosenBy) =>
        new(lastDay, Standstill.EndOf(lastDay),
            $"Restarted after a challenge to end on {Common.UkTime.LongDate(lastDay)}, a date chosen by {chosenBy} on resolving it.");

    /// <summary>A standstill restarted after a challenge by the same rule, counted afresh from the day it restarts.</summary>
    public static StandstillEnd Restarted(IttContent itt, DateOnly restartedOn)
    {
        var end = From(itt, restartedOn);
        return end with { Rule = $"Restarted after a challenge on {Common.UkTime.LongDate(restartedOn)} by the same rule. {end.Rule}" };
    }
}
