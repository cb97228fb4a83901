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

/// <summary>A kept file opened for reading, with the name and type it was uploaded with. The caller disposes <see cref="Content"/>.</summary>
public sealed record OpenedFile(Stream Content, string FileName, string ContentType);

/// <summary>
/// Keeps a file chosen in the browser (evidence, an ITT document): streams it to a temporary file (size limit, SHA-256, its type
/// proved by its bytes), scans it for viruses, renames it to a name the server chose, then lets the caller record it in its own
/// write; if that write is refused, or anything fails, the file goes again.
/// </summary>
public sealed class ScannedFileStore(PortalStorage storage, IVirusScanner scanner, IConfiguration configuration, ILogger<ScannedFileStore> logger)
{
    private const int ReadBufferSize = 81920;

    public long MaxBytes => UploadedFileWriter.MaxBytes(configuration);

    /// <summary>Opens a kept file for reading, or logs that it is recorded but missing and returns null. It checks nothing about who asks.</summary>
    public OpenedFile? Open(UploadedFile file, string what)
    {
        var path = Path.Combine(storage.FilesFolder, file.StoredName);
        if (!File.Exists(path))
        {
            logger.LogError("{What} {FileId} is recorded but missing from {Path}", what, file.Id, path);
            return null;
        }
        return new OpenedFile(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, useAsync: true),
            file.OriginalName, file.ContentType);
    }

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
