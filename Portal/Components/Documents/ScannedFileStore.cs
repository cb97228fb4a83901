using Microsoft.AspNetCore.Components.Forms;
using Portal.Components.Uploads;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Infrastructure;

namespace Portal.Components.Documents;

/// <summary>A checked file in the data folder, under the name the server chose, waiting for its row.</summary>
internal sealed record StoredUpload(string StoredName, string OriginalName, string ContentType, long Size, string Sha256)
{
    /// <summary>"report.pdf" added (1.2 MB, SHA-256 0123456789ab), for the audit trail.</summary>
    public string Describe() => $"\"{OriginalName}\" ({FileSize.Describe(Size)}, SHA-256 {Sha256[..12]})";
}

/// <summary>
/// Keeps a file chosen in the browser (evidence, an ITT document): streams it to a temporary file (size limit, SHA-256, its type
/// proved by its bytes), scans it for viruses, renames it to a name the server chose, then lets the caller record it in its own
/// write; if that write is refused, or anything fails, the file goes again.
/// </summary>
public sealed class ScannedFileStore(PortalStorage storage, IVirusScanner scanner, IConfiguration configuration, ILogger<ScannedFileStore> logger)
{
    public long MaxBytes => UploadedFileWriter.MaxBytes(configuration);

    internal async Task<OperationResult> StoreAsync(IBrowserFile browserFile, string uploaderId, string what,
        Func<StoredUpload, Task<OperationResult>> record, CancellationToken cancellationToken)
    {
        var maxBytes = MaxBytes;
        if (browserFile.Size > maxBytes) return OperationResult.Refused(UploadedFileWriter.TooLargeMessage(maxBytes));
        var storedName = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(storage.FilesFolder, storedName + ".uploading");
        var final = Path.Combine(storage.FilesFolder, storedName);
        var kept = false;
        try
        {
            WriteResult written;
            await using (var upload = browserFile.OpenReadStream(maxBytes, cancellationToken))
                written = await UploadedFileWriter.WriteAsync(upload, browserFile.Name, temporary, maxBytes, logger, cancellationToken);
            if (written.File is not { } file) return OperationResult.Refused(written.Refusal!);
            VirusScanResult scan;
            await using (var content = File.OpenRead(temporary)) scan = await scanner.ScanAsync(content, cancellationToken);
            if (!scan.IsClean)
            {
                logger.LogWarning("Refused {What} {Name} from {UserId}: {Outcome} {Signature} {Reason}",
                    what, file.OriginalName, uploaderId, scan.Outcome, scan.Signature, scan.FailureReason);
                return OperationResult.Refused(scan.UserMessage!);
            }
            File.Move(temporary, final);
            var result = await record(new StoredUpload(storedName, file.OriginalName, file.Type.ContentType, file.Size, file.Sha256));
            kept = result.Succeeded;
            return result;
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "{What} from {UserId} could not be read", what, uploaderId);
            return OperationResult.Refused("The file could not be read from your browser; try again.");
        }
        finally
        {
            UploadedFileWriter.Delete(temporary, logger);
            if (!kept) UploadedFileWriter.Delete(final, logger);
        }
    }
}
