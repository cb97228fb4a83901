using Portal.Domain.Common;

namespace Portal.Domain.Commissions;

/// <summary>The editable heart of a commission's decision note: what is bought, for how much, and how.</summary>
public sealed record CommissionDetails(
    string Title,
    string Summary,
    string Recommendation,
    Money? AnnualValueLow,
    Money? AnnualValueHigh,
    int? InitialTermMonths,
    int ExtensionOptionCount,
    int ExtensionOptionMonths,
    ProcurementRoute? Route)
{
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0) throw new DomainRuleException(string.Join(" ", problems));
    }

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title)) problems.Add("Give the commission a title.");
        if (Title?.Length > Commission.TitleMaxLength) problems.Add($"Keep the title to {Commission.TitleMaxLength} characters.");
        if (Summary?.Length > Commission.TextMaxLength) problems.Add($"Keep the summary to {Commission.TextMaxLength} characters.");
        if (Recommendation?.Length > Commission.TextMaxLength) problems.Add($"Keep the recommendation to {Commission.TextMaxLength} characters.");
        if (AnnualValueLow is { Pence: < 0 } || AnnualValueHigh is { Pence: < 0 }) problems.Add("Values cannot be negative.");
        if (AnnualValueLow is { } low && AnnualValueHigh is { } high && high < low)
            problems.Add("The upper annual value must not be below the lower one.");
        if (InitialTermMonths is < 1 or > 240) problems.Add("The initial term must be between 1 and 240 months.");
        if (ExtensionOptionCount is < 0 or > 10) problems.Add("Extension options must number between 0 and 10.");
        if (ExtensionOptionCount > 0 && ExtensionOptionMonths is < 1 or > 120)
            problems.Add("Each extension option must last between 1 and 120 months.");
        return problems;
    }

    public bool ValueAndRouteSet => AnnualValueLow is not null && AnnualValueHigh is not null
        && InitialTermMonths is not null && Route is not null;
}

public static class ContractValue
{
    /// <summary>The value over a term of whole months at an annual rate, to the penny (rounded down).</summary>
    public static Money OverMonths(Money annual, int months) => new(checked(annual.Pence * months) / 12);

    /// <summary>The same, or nothing while the annual value or the term is not yet known.</summary>
    public static Money? OverMonths(Money? annual, int? months) =>
        annual is { } value && months is > 0 ? OverMonths(value, months.Value) : null;

    public static int FullTermMonths(this CommissionDetails details) =>
        (details.InitialTermMonths ?? 0) + details.ExtensionOptionCount * details.ExtensionOptionMonths;
}
