using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>A file's size as people write it: bytes, whole KB (rounded up, so a small file never reads "0 KB") or MB.</summary>
public static class FileSize
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(long bytes) => bytes switch
    {
        < 1_024 => $"{bytes} bytes",
        < 1_024 * 1_000 => $"{Math.Ceiling(bytes / 1_024.0):0} KB",
        _ => (bytes / (1_024.0 * 1_024.0)).ToString("#,##0.#", EnGb) + " MB",
    };
}
