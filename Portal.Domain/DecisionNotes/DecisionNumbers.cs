using Portal.Domain.Common;

namespace Portal.Domain.DecisionNotes;

/// <summary>
/// Decision numbers such as SCP-D-202324-003: the office's prefix, the financial year (April to March) in which the
/// decision was recorded, and its place in that year's sequence.
/// </summary>
public static class DecisionNumbers
{
    /// <summary>The calendar year in which the financial year containing this UK date began.</summary>
    public static int FinancialYearStarting(DateOnly ukDate) => ukDate.Month >= 4 ? ukDate.Year : ukDate.Year - 1;

    public static int FinancialYearStarting(DateTimeOffset instant) =>
        FinancialYearStarting(UkTime.DateOf(instant));

    public static string Format(string prefix, int financialYearStarting, int sequence)
    {
        if (sequence < 1) throw new ArgumentOutOfRangeException(nameof(sequence), "Decision sequences start at 1.");
        return $"{prefix}-{financialYearStarting}{(financialYearStarting + 1) % 100:00}-{sequence:000}";
    }
}
