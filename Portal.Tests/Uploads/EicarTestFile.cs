using System.Text;

namespace Portal.Tests.Uploads;

/// <summary>
/// The EICAR anti-virus test file, which every scanner reports as if it were a virus, though it is harmless. It is put
/// together here from two halves so that the repository never holds it whole and is never flagged itself.
/// </summary>
internal static class EicarTestFile
{
    public const string SignatureName = "Eicar-Test-Signature";

    public static byte[] Bytes { get; } = Encoding.ASCII.GetBytes(
        @"X5O!P%@AP[4\PZX54(P^)7CC)7}$" +
        "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
}
