using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>The dated threshold table is data: it loads from the build, cites its sources, and leaves no category uncovered.</summary>
public class ThresholdTableTests
{
    private static readonly DateOnly TableStarts = new(2022, 1, 1);

    [Fact]
    public void The_table_loads_with_its_sources()
    {
        Assert.NotEmpty(ProcurementThresholds.Table);
        Assert.Contains("SI 2023/1314", ProcurementThresholds.Source);
        Assert.All(ProcurementThresholds.Table, row =>
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Source), $"The {row.Category} row from {row.EffectiveFrom} cites no source.");
            Assert.True(row.Amount > Money.Zero, $"The {row.Category} row from {row.EffectiveFrom} has no amount.");
        });
    }

    [Fact]
    public void Every_category_has_a_row_in_force_from_the_start_of_2022()
    {
        foreach (var category in Enum.GetValues<ServiceCategory>())
            Assert.Contains(ProcurementThresholds.Table, t => t.Category == category && t.EffectiveFrom <= TableStarts);
    }

    [Fact]
    public void Every_day_from_2022_on_has_a_threshold_for_every_category()
    {
        for (var day = TableStarts; day <= new DateOnly(2030, 12, 31); day = day.AddDays(7))
            foreach (var category in Enum.GetValues<ServiceCategory>())
                Assert.Equal(category, ProcurementThresholds.For(category, day).Category);
    }

    [Fact]
    public void Each_revision_of_the_table_covers_every_category_once()
    {
        foreach (var revision in ProcurementThresholds.Table.GroupBy(t => t.EffectiveFrom))
            Assert.Equal(Enum.GetValues<ServiceCategory>().Order(), revision.Select(t => t.Category).Order());
    }

    [Theory]
    [InlineData(ServiceCategory.LightTouchServices, 663_540, 663_540)]
    [InlineData(ServiceCategory.GoodsAndServices, 213_477, 214_904)]
    [InlineData(ServiceCategory.Works, 5_336_937, 5_372_609)]
    public void The_2022_rows_exclude_VAT_and_the_2024_rows_include_it(ServiceCategory category, int from2022, int from2024)
    {
        var before = ProcurementThresholds.For(category, new DateOnly(2023, 12, 31));
        var after = ProcurementThresholds.For(category, new DateOnly(2024, 1, 1));

        Assert.Equal((Money.FromPounds(from2022), false), (before.Amount, before.IncludesVat));
        Assert.Equal((Money.FromPounds(from2024), true), (after.Amount, after.IncludesVat));
    }

    [Fact]
    public void A_day_before_the_table_begins_is_refused_rather_than_guessed()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            ProcurementThresholds.For(ServiceCategory.LightTouchServices, TableStarts.AddDays(-1)));

        Assert.Contains("No LightTouchServices threshold", refused.Message);
    }
}
