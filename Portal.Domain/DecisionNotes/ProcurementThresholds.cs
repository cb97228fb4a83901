using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Commissions;
using Portal.Domain.Common;

namespace Portal.Domain.DecisionNotes;

public sealed record ProcurementThreshold(DateOnly EffectiveFrom, ServiceCategory Category, Money Amount, bool IncludesVat, string Source);

public sealed record RouteAssessment(
    Money FullTermValue,
    ProcurementThreshold Threshold,
    bool AtOrAboveThreshold,
    IReadOnlyList<ProcurementRoute> AllowedRoutes,
    string Explanation);

/// <summary>
/// The dated table of procurement thresholds (data in procurement-thresholds.json, with its sources), and what a
/// commission's aggregated full-term value means for the routes open to it.
/// </summary>
public static class ProcurementThresholds
{
    private static readonly Lazy<(string Source, IReadOnlyList<ProcurementThreshold> Table)> Data = new(Load);

    public static string Source => Data.Value.Source;

    public static IReadOnlyList<ProcurementThreshold> Table => Data.Value.Table;

    public static ProcurementThreshold For(ServiceCategory category, DateOnly on) =>
        Table.Where(t => t.Category == category && t.EffectiveFrom <= on).MaxBy(t => t.EffectiveFrom)
        ?? throw new InvalidOperationException($"No {category} threshold was in force on {on:d MMMM yyyy}.");

    /// <summary>Compares the highest full-term value (initial term plus every extension) with the threshold in force.</summary>
    public static RouteAssessment? Assess(DecisionNoteContent note, DateOnly on)
    {
        if (note.AnnualValueHigh is not { } annual || note.InitialTermMonths is not { } months) return null;
        var fullTerm = ContractValue.OverMonths(annual, months + note.ExtensionOptionCount * note.ExtensionOptionMonths);
        var threshold = For(note.Category, on);
        var vat = threshold.IncludesVat ? "including VAT" : "excluding VAT";
        if (fullTerm >= threshold.Amount)
        {
            return new RouteAssessment(fullTerm, threshold, true,
                [ProcurementRoute.FrameworkCallOff, ProcurementRoute.OpenTender, ProcurementRoute.LightTouchCompetition],
                $"The aggregated full-term value of {fullTerm} is at or above the {Describe(note.Category)} threshold of {threshold.Amount} " +
                $"({vat}, in force from {threshold.EffectiveFrom:d MMMM yyyy}). A regulated procurement is required: a call-off from a " +
                "framework, an open tender or a competitive procedure, with the notices and standstill the regime requires. A direct award is not open.");
        }
        return new RouteAssessment(fullTerm, threshold, false, Enum.GetValues<ProcurementRoute>(),
            $"The aggregated full-term value of {fullTerm} is below the {Describe(note.Category)} threshold of {threshold.Amount} " +
            $"({vat}, in force from {threshold.EffectiveFrom:d MMMM yyyy}). No regulated procedure is required; the office's contract " +
            "standing orders apply, under which a call-off from a framework or an open tender is expected at this value, and a direct award needs a recorded justification.");
    }

    public static string Describe(ServiceCategory category) => category switch
    {
        ServiceCategory.LightTouchServices => "light-touch services",
        ServiceCategory.GoodsAndServices => "goods and services",
        _ => "works",
    };

    private static (string, IReadOnlyList<ProcurementThreshold>) Load()
    {
        using var stream = typeof(ProcurementThresholds).Assembly.GetManifestResourceStream("procurement-thresholds.json")
            ?? throw new InvalidOperationException("The threshold table is missing from the build.");
        var file = JsonSerializer.Deserialize<ThresholdFile>(stream, new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            Converters = { new JsonStringEnumConverter() },
        })!;
        return (file.Source, file.Thresholds
            .Select(t => new ProcurementThreshold(t.EffectiveFrom, t.Category, Money.FromPounds(t.Amount), t.IncludesVat, t.Source))
            .OrderBy(t => t.EffectiveFrom).ToList());
    }

    private sealed record ThresholdFile(string Source, IReadOnlyList<ThresholdRow> Thresholds);

    private sealed record ThresholdRow(DateOnly EffectiveFrom, ServiceCategory Category, decimal Amount, bool IncludesVat, string Source);
}
