using Portal.Domain.Common;
using Portal.Domain.Performance;

namespace Portal.Tests.Domain.Performance;

public class RagThresholdsTests
{
    private static readonly RagThresholds GreenFrom100AmberFrom85 = RagThresholds.Of(100, 85);

    [Theory]
    [InlineData(20, 20, RagRating.Green)]     // exactly on target: green
    [InlineData(20, 21, RagRating.Green)]
    [InlineData(20, 19.99, RagRating.Amber)]  // just under target
    [InlineData(20, 17, RagRating.Amber)]     // exactly 85%: amber
    [InlineData(20, 16.99, RagRating.Red)]    // just under 85%
    [InlineData(20, 0, RagRating.Red)]
    [InlineData(0, 0, RagRating.Green)]       // a target of nothing is met by nothing
    public void Where_higher_is_better_the_actual_must_reach_each_threshold(decimal target, decimal actual, RagRating expected) =>
        Assert.Equal(expected, GreenFrom100AmberFrom85.Rate(target, actual, BetterWhen.Higher));

    [Theory]
    [InlineData(20, 20, RagRating.Green)]     // exactly on target
    [InlineData(20, 19, RagRating.Green)]
    [InlineData(20, 20.01, RagRating.Amber)]  // just over target
    [InlineData(20, 23, RagRating.Amber)]     // exactly 115%: amber
    [InlineData(20, 23.01, RagRating.Red)]    // just over 115%
    [InlineData(0, 0, RagRating.Green)]
    [InlineData(0, 1, RagRating.Red)]
    public void Where_lower_is_better_the_thresholds_mirror_about_the_target(decimal target, decimal actual, RagRating expected) =>
        Assert.Equal(expected, GreenFrom100AmberFrom85.Rate(target, actual, BetterWhen.Lower));

    [Theory]
    [InlineData(90, 75, 9, RagRating.Green)]  // 90% of 10
    [InlineData(90, 75, 8.99, RagRating.Amber)]
    [InlineData(90, 75, 7.5, RagRating.Amber)]
    [InlineData(90, 75, 7.49, RagRating.Red)]
    public void The_office_sets_where_the_lines_fall(decimal green, decimal amber, decimal actual, RagRating expected) =>
        Assert.Equal(expected, RagThresholds.Of(green, amber).Rate(10, actual, BetterWhen.Higher));

    [Fact]
    public void A_figure_without_a_target_or_without_an_actual_is_not_rated()
    {
        Assert.Equal(RagRating.NotRated, GreenFrom100AmberFrom85.Rate(null, 5, BetterWhen.Higher));
        Assert.Equal(RagRating.NotRated, GreenFrom100AmberFrom85.Rate(5, null, BetterWhen.Lower));
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(85, 90)]
    [InlineData(101, 85)]
    [InlineData(100, 0)]
    [InlineData(0, -5)]
    public void Thresholds_out_of_order_or_range_are_refused(decimal green, decimal amber) =>
        Assert.Throws<DomainRuleException>(() => RagThresholds.Of(green, amber));

    [Fact]
    public void Each_rating_has_words_beside_its_colour() =>
        Assert.All(Enum.GetValues<RagRating>(), rating => Assert.False(string.IsNullOrWhiteSpace(rating.Describe())));
}
