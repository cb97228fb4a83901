using Portal.Domain.Common;
using System.Globalization;
using Portal.Domain.Calendar;
using Portal.Domain.Tendering;

namespace Portal.Components.Tendering;

/// <summary>The words the builder shows for the ITT's kinds, formula, lots and dates.</summary>
public static class IttLabels
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(this IttDocumentKind kind) => kind switch
    {
        IttDocumentKind.Specification => "Specification",
        IttDocumentKind.Terms => "Terms and conditions",
        IttDocumentKind.PricingSchedule => "Pricing schedule",
        IttDocumentKind.Questionnaire => "Questionnaire",
        _ => "Other document",
    };

    public static string Describe(this PriceScoringFormula formula) =>
        formula == PriceScoringFormula.LowestPriceRatio ? "Lowest compliant price ÷ bidder's price × price weighting" : formula.ToString();

    public static string Option(IttLotOption lot) => $"{lot.Description} · {Suppliers(lot.ActiveSupplierCount)}";

    public static string Suppliers(int active) => active == 1 ? "1 active supplier" : $"{active} active suppliers";

    /// <summary>A date as people write it: 12 March 2027.</summary>
    public static string Long(DateOnly date) => UkTime.LongDate(date);

    /// <summary>A date with its weekday: Friday 12 March 2027.</summary>
    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", EnGb);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", EnGb);

    public static string Describe(TimetableEntry entry) => entry.Time is { } time ? $"{Long(entry.Date)}, {Time(time)}" : Long(entry.Date);

    public static string WorkingDays(int days) => Math.Abs(days) == 1 ? "1 working day" : $"{Math.Abs(days)} working days";
}
