namespace Portal.Components.Uploads;

/// <summary>Checks an uploaded file for viruses before it is accepted.</summary>
public interface IVirusScanner
{
    /// <summary>
    /// Scans <paramref name="content"/> from where it stands to its end. A scanner that is down, errs or is too slow gives a
    /// Failed result, which refuses the file, rather than throwing; only the caller's own cancellation throws.
    /// </summary>
    Task<VirusScanResult> ScanAsync(Stream content, CancellationToken cancellationToken);
}
