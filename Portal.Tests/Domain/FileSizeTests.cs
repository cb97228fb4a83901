using Portal.Domain.Common;

namespace Portal.Tests.Domain;

public class FileSizeTests
{
    [Theory]
    [InlineData(850, "850 bytes")]
    [InlineData(1_024, "1 KB")]
    [InlineData(1_025, "2 KB")]
    [InlineData(1_023_999, "1000 KB")]
    [InlineData(1_024_000, "1 MB")]
    [InlineData(1_048_576, "1 MB")]
    [InlineData(2_500_000, "2.4 MB")]
    public void File_sizes_read_as_people_write_them(long bytes, string expected) =>
        Assert.Equal(expected, FileSize.Describe(bytes));
}
