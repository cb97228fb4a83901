using Portal.Components.Tendering.ForSuppliers;

namespace Portal.Tests.Components.Tendering;

/// <summary>The countdown and file sizes a bidder reads, at the edges of each unit.</summary>
public sealed class SupplierTenderTextTests
{
    [Theory]
    [InlineData(0, 0, 0, 59, "less than a minute")]
    [InlineData(0, 0, 1, 0, "1 minute")]
    [InlineData(0, 0, 59, 59, "59 minutes")]
    [InlineData(0, 1, 0, 0, "1 hour")]
    [InlineData(0, 1, 1, 0, "1 hour 1 minute")]
    [InlineData(0, 23, 59, 59, "23 hours 59 minutes")]
    [InlineData(1, 0, 0, 0, "1 day")]
    [InlineData(1, 0, 59, 0, "1 day")]
    [InlineData(1, 1, 0, 0, "1 day 1 hour")]
    [InlineData(3, 4, 30, 0, "3 days 4 hours")]
    [InlineData(21, 0, 0, 0, "21 days")]
    public void Time_left_is_given_in_its_two_largest_units(int days, int hours, int minutes, int seconds, string expected) =>
        Assert.Equal(expected, SupplierTenderText.TimeLeft(new TimeSpan(days, hours, minutes, seconds)));
}
