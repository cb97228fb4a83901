using System.ComponentModel.DataAnnotations;
using Portal.Domain.Commissions;
using Portal.Domain.Common;

namespace Portal.Components.Commissions;

/// <summary>The form's view of a commission's details; the aggregate checks them again when they are saved.</summary>
public sealed class CommissionDetailsModel : IValidatableObject
{
    [Required(ErrorMessage = "Give the commission a title.")]
    [StringLength(Commission.TitleMaxLength, ErrorMessage = "Keep the title to {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(Commission.TextMaxLength, ErrorMessage = "Keep the summary to {1} characters.")]
    public string Summary { get; set; } = "";

    [StringLength(Commission.TextMaxLength, ErrorMessage = "Keep the recommendation to {1} characters.")]
    public string Recommendation { get; set; } = "";

    [Range(0, 1_000_000_000, ErrorMessage = "Enter an amount in pounds between £0 and £1,000,000,000.")]
    public decimal? AnnualValueLow { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Enter an amount in pounds between £0 and £1,000,000,000.")]
    public decimal? AnnualValueHigh { get; set; }

    [Range(1, 240, ErrorMessage = "The initial term must be between 1 and 240 months.")]
    public int? InitialTermMonths { get; set; }

    [Range(0, 10, ErrorMessage = "Extension options must number between 0 and 10.")]
    public int ExtensionOptionCount { get; set; }

    [Range(0, 120, ErrorMessage = "Each extension option must last between 1 and 120 months.")]
    public int ExtensionOptionMonths { get; set; } = 12;

    public ProcurementRoute? Route { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AnnualValueLow is { } low && decimal.Round(low, 2) != low)
            yield return new ValidationResult("Enter pounds and pence, e.g. 75000 or 75000.50.", [nameof(AnnualValueLow)]);
        if (AnnualValueHigh is { } high && decimal.Round(high, 2) != high)
            yield return new ValidationResult("Enter pounds and pence, e.g. 80000 or 80000.50.", [nameof(AnnualValueHigh)]);
        if (AnnualValueLow is { } l && AnnualValueHigh is { } h && h < l)
            yield return new ValidationResult("The upper annual value must not be below the lower one.", [nameof(AnnualValueHigh)]);
        if (ExtensionOptionCount > 0 && ExtensionOptionMonths < 1)
            yield return new ValidationResult("Each extension option must last at least a month.", [nameof(ExtensionOptionMonths)]);
    }

    public CommissionDetails ToDetails() => new(Title, Summary, Recommendation,
        AnnualValueLow is { } low ? Money.FromPounds(low) : null,
        AnnualValueHigh is { } high ? Money.FromPounds(high) : null,
        InitialTermMonths, ExtensionOptionCount, ExtensionOptionCount == 0 ? 0 : ExtensionOptionMonths, Route);

    public static CommissionDetailsModel From(CommissionDetails details) => new()
    {
        Title = details.Title,
        Summary = details.Summary,
        Recommendation = details.Recommendation,
        AnnualValueLow = details.AnnualValueLow?.Pounds,
        AnnualValueHigh = details.AnnualValueHigh?.Pounds,
        InitialTermMonths = details.InitialTermMonths,
        ExtensionOptionCount = details.ExtensionOptionCount,
        ExtensionOptionMonths = details.ExtensionOptionCount == 0 ? 12 : details.ExtensionOptionMonths,
        Route = details.Route,
    };
}
