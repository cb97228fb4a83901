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

    [Theory]
    [InlineData(850, "850 bytes")]
    [InlineData(1_024, "1 KB")]
    [InlineData(1_025, "2 KB")]
    [InlineData(1_023_999, "1000 KB")]
    [InlineData(1_024_000, "1 MB")]
    [InlineData(1_048_576, "1 MB")]
    [InlineData(2_500_000, "2.4 MB")]
    public void File_sizes_read_as_people_write_them(long bytes, string expected) =>
        Assert.Equal(expected, SupplierTenderText.FileSize(bytes));
}
