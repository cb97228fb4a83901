using Portal.Components.Uploads;

namespace Portal.Tests.Integration.Documents;

/// <summary>A virus scanner that reports every file infected, as clamd does the EICAR test file: proves an upload path scans before it keeps.</summary>
public sealed class ScannerThatFindsEverything : IVirusScanner
{
    public const string Signature = "Eicar-Test-Signature";

    public Task<VirusScanResult> ScanAsync(Stream content, CancellationToken cancellationToken) =>
        Task.FromResult(VirusScanResult.Infected(Signature));
}
