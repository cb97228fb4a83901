using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>
/// The aggregated full-term value against the threshold in force on the day, at a penny either side of the boundary
/// and on each side of 1 January 2024, when the 2024 (VAT-inclusive) rows replaced the 2022 ones.
/// </summary>
public class ThresholdRouteTests
{
    private const string LastDayOf2022Rows = "2023-12-31";
    private const string FirstDayOf2024Rows = "2024-01-01";

    private static readonly ProcurementRoute[] RegulatedRoutes =
        [ProcurementRoute.FrameworkCallOff, ProcurementRoute.OpenTender, ProcurementRoute.LightTouchCompetition];

    /// <summary>A one-year contract with no extensions, so its full-term value is exactly its annual value.</summary>
    private static DecisionNoteContent NoteWorth(long fullTermPence, ServiceCategory category) => new()
    {
        Title = "Threshold check",
        AnnualValueLow = new Money(fullTermPence),
        AnnualValueHigh = new Money(fullTermPence),
        InitialTermStartsOn = new DateOnly(2024, 6, 1),
        InitialTermMonths = 12,
        Category = category,
    };

    [Theory]
    [InlineData(ServiceCategory.LightTouchServices, LastDayOf2022Rows, 66_353_999, false, 663_540, false)]
    [InlineData(ServiceCategory.LightTouchServices, LastDayOf2022Rows, 66_354_000, true, 663_540, false)]
    [InlineData(ServiceCategory.LightTouchServices, LastDayOf2022Rows, 66_354_001, true, 663_540, false)]
    [InlineData(ServiceCategory.LightTouchServices, FirstDayOf2024Rows, 66_353_999, false, 663_540, true)]
    [InlineData(ServiceCategory.LightTouchServices, FirstDayOf2024Rows, 66_354_000, true, 663_540, true)]
    [InlineData(ServiceCategory.LightTouchServices, FirstDayOf2024Rows, 66_354_001, true, 663_540, true)]
    [InlineData(ServiceCategory.GoodsAndServices, LastDayOf2022Rows, 21_347_699, false, 213_477, false)]
    [InlineData(ServiceCategory.GoodsAndServices, LastDayOf2022Rows, 21_347_700, true, 213_477, false)]
    [InlineData(ServiceCategory.GoodsAndServices, FirstDayOf2024Rows, 21_347_700, false, 214_904, true)] // above the old threshold, below the new
    [InlineData(ServiceCategory.GoodsAndServices, FirstDayOf2024Rows, 21_490_399, false, 214_904, true)]
    [InlineData(ServiceCategory.GoodsAndServices, FirstDayOf2024Rows, 21_490_400, true, 214_904, true)]
    [InlineData(ServiceCategory.GoodsAndServices, FirstDayOf2024Rows, 21_490_401, true, 214_904, true)]
    public void Value_is_compared_with_the_threshold_in_force_on_the_day(
        ServiceCategory category, string on, long fullTermPence, bool atOrAbove, int thresholdPounds, bool includesVat)
    {
        var day = DateOnly.Parse(on);

        var assessment = ProcurementThresholds.Assess(NoteWorth(fullTermPence, category), day)!;

        Assert.Equal(new Money(fullTermPence), assessment.FullTermValue);
        Assert.Equal(atOrAbove, assessment.AtOrAboveThreshold);
        Assert.Equal(Money.FromPounds(thresholdPounds), assessment.Threshold.Amount);
        Assert.Equal(category, assessment.Threshold.Category);
        Assert.Equal(includesVat, assessment.Threshold.IncludesVat);
        Assert.True(assessment.Threshold.EffectiveFrom <= day);
        Assert.Contains(assessment.Threshold.Amount.ToString(), assessment.Explanation);
        Assert.Contains(includesVat ? "including VAT" : "excluding VAT", assessment.Explanation);
    }

    [Theory]
    [InlineData(66_353_999, false)]
    [InlineData(66_354_000, true)]
    [InlineData(66_354_001, true)]
    public void At_or_above_the_threshold_a_direct_award_is_not_open(long fullTermPence, bool atOrAbove)
    {
        var assessment = ProcurementThresholds.Assess(NoteWorth(fullTermPence, ServiceCategory.LightTouchServices), new DateOnly(2024, 3, 1))!;

        if (atOrAbove)
        {
            Assert.Equal(RegulatedRoutes, assessment.AllowedRoutes);
            Assert.DoesNotContain(ProcurementRoute.DirectAward, assessment.AllowedRoutes);
            Assert.Contains("A direct award is not open", assessment.Explanation);
        }
        else
        {
            Assert.Equal(Enum.GetValues<ProcurementRoute>(), assessment.AllowedRoutes);
            Assert.Contains("direct award needs a recorded justification", assessment.Explanation);
        }
    }

    [Theory]
    [InlineData(LastDayOf2022Rows, "PPN 10/21")]
    [InlineData(FirstDayOf2024Rows, "SI 2023/1314")]
    public void The_threshold_used_cites_its_source(string on, string citation)
    {
        var assessment = ProcurementThresholds.Assess(NoteWorth(100_00, ServiceCategory.LightTouchServices), DateOnly.Parse(on))!;

        Assert.Contains(citation, assessment.Threshold.Source);
        Assert.Equal(DateOnly.Parse(on) < new DateOnly(2024, 1, 1) ? new DateOnly(2022, 1, 1) : new DateOnly(2024, 1, 1),
            assessment.Threshold.EffectiveFrom);
    }

    [Theory]
    [InlineData(16_588_500, true)] // £165,885 a year: £331,770 initially, £663,540 over the full four years
    [InlineData(16_588_499, false)] // a penny a year less stays below
    public void The_full_term_with_extensions_is_compared_not_the_initial_term(long annualPence, bool atOrAbove)
    {
        var note = NoteWorth(annualPence, ServiceCategory.LightTouchServices) with
        {
            InitialTermMonths = 24,
            ExtensionOptionCount = 2,
            ExtensionOptionMonths = 12,
        };

        var assessment = ProcurementThresholds.Assess(note, new DateOnly(2024, 3, 1))!;

        Assert.Equal(ContractValue.OverMonths(new Money(annualPence), 48), assessment.FullTermValue);
        Assert.True(ContractValue.OverMonths(new Money(annualPence), 24) < assessment.Threshold.Amount);
        Assert.Equal(atOrAbove, assessment.AtOrAboveThreshold);
    }
}
