namespace Portal.Components.Uploads;

/// <summary>Used when no scanner is configured: every file is accepted unread, and the start-up log says so.</summary>
public sealed class NoVirusScanner : IVirusScanner
{
    public Task<VirusScanResult> ScanAsync(Stream content, CancellationToken cancellationToken) => Task.FromResult(VirusScanResult.Clean);
}

/// <summary>Says once, when the portal starts, that uploads are not scanned, so that it is noticed rather than assumed.</summary>
internal sealed class ScanningOffWarning(ILogger<NoVirusScanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning("Virus scanning is off: no clamd is configured (Portal:VirusScan:Clamd:SocketPath, or Host and Port), so uploads are accepted unscanned");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
