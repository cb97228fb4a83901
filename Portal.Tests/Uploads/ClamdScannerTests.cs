using System.Net;
using System.Text;
using Portal.Components.Uploads;

namespace Portal.Tests.Uploads;

/// <summary>Scanning with a real clamd, over TCP and over its unix socket.</summary>
public sealed class ClamdScannerTests(ClamdFixture clamd) : IClassFixture<ClamdFixture>
{
    public static TheoryData<string> Transports => ["tcp", "unix"];

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_clean_pdf_is_clean(string transport)
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Method statement for the advocacy service\n%%EOF\n");

        var result = await Scanner(transport).ScanAsync(new MemoryStream(pdf), CancellationToken.None);

        Assert.Equal(VirusScanOutcome.Clean, result.Outcome);
        Assert.True(result.IsClean);
        Assert.Null(result.UserMessage);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task The_eicar_test_file_is_infected_and_named(string transport)
    {
        var result = await Scanner(transport).ScanAsync(new MemoryStream(EicarTestFile.Bytes), CancellationToken.None);

        Assert.Equal(VirusScanOutcome.Infected, result.Outcome);
        Assert.StartsWith(EicarTestFile.SignatureName, result.Signature);
        Assert.StartsWith($"This file was refused: the virus scanner found {EicarTestFile.SignatureName}", result.UserMessage);
    }

    [Fact]
    public async Task A_large_upload_is_streamed_to_clamd_in_chunks_not_held_whole()
    {
        var upload = new GeneratedStream(30L * 1024 * 1024);

        var result = await Scanner("tcp").ScanAsync(upload, CancellationToken.None);

        Assert.Equal(VirusScanOutcome.Clean, result.Outcome);
        Assert.Equal(upload.Length, upload.Position);
        Assert.InRange(upload.LargestRead, 1, 1024 * 1024);
    }

    private ClamdScanner Scanner(string transport) =>
        new(transport == "unix" ? clamd.UnixEndPoint : clamd.TcpEndPoint, TimeSpan.FromSeconds(60));
}
