using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.Components.Audit;
using Portal.Components.Documents;
using Portal.Components.Suppliers;
using Portal.Components.Uploads;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Responses;

/// <summary>What became of a response upload: the file as the bidder now sees it, or why it was refused.</summary>
public sealed record ResponseUploadResult(OperationOutcome Outcome, ResponseFileView? File, string? Message)
{
    public static ResponseUploadResult Refused(string message) => new(OperationOutcome.Refused, null, message);
}

/// <summary>
/// Takes a file into a bidder's response. The upload streams from the request, through a fixed buffer, into a temporary
/// file sealed with the ITT's key, hashed (SHA-256 of what was sent) and counted as it goes and stopped at the per-file
/// limit; its type is proved by its own bytes; it is scanned for viruses (refused if the scanner finds one, fails or
/// times out); flushed, renamed to a name the server chose, and only then recorded, in the transaction that also checks
/// the deadline, the response's total size and that the same file is not there already. Nothing refused is kept.
/// </summary>
public sealed class ResponseFileStore(
    IDbContextFactory<PortalDbContext> contexts,
    ResponseWriter writer,
    ResponseVault vault,
    IVirusScanner scanner,
    RefusedAccessLog refusals,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<ResponseFileStore> logger)
{
    public ResponseLimits Limits => ResponseLimits.From(configuration);

    public async Task<ResponseUploadResult> UploadAsync(Guid ittId, ResponseFileSlot slot, int? questionIndex, Actor actor, HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (await CheckBeforeReadingAsync(ittId, actor, request, cancellationToken) is { } early) return early;
        if (MultipartUpload.Boundary(request) is not { } boundary)
            return ResponseUploadResult.Refused("Send the file as a form upload (multipart/form-data) in the field named file.");
        MultipartUpload.LimitBody(request, Limits.MaxFileBytes);

        using var cipher = await vault.CipherForAsync(contexts, ittId, cancellationToken);
        var fileId = Guid.NewGuid();
        var folder = vault.FolderFor(ittId);
        var temporary = Path.Combine(folder, fileId.ToString("N") + ".uploading");
        var final = Path.Combine(folder, ResponseVault.StoredNameFor(fileId));
        var committed = false;
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            var section = await reader.ReadNextSectionAsync(cancellationToken);
            if (section is null || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition() || HeaderUtilities.RemoveQuotes(disposition.Name).Value != "file")
                return ResponseUploadResult.Refused("Choose a file to upload.");
            var uploadedName = MultipartUpload.FileName(disposition);
            var sealing = new StoredForm(file => cipher.EncryptTo(file, leaveOpen: true), file => cipher.DecryptFrom(file, leaveOpen: true));
            var written = await UploadedFileWriter.WriteAsync(section.Body, uploadedName, temporary, Limits.MaxFileBytes, sealing, logger, cancellationToken);
            if (written.File is not { } file) return ResponseUploadResult.Refused(written.Refusal!);
            if (await reader.ReadNextSectionAsync(cancellationToken) is not null) return ResponseUploadResult.Refused("Upload one file at a time.");

            if (await ScanAsync(temporary, cipher, file, ittId, actor, cancellationToken) is { } infected) return infected;
            File.Move(temporary, final);

            ResponseFile? added = null;
            var result = await writer.ChangeAsync(ittId, actor, "a file upload", null, (work, response, shape) =>
            {
                added = response.AddFile(fileId, ResponseVault.StoredNameFor(fileId), file.OriginalName, file.Type.ContentType, file.Size, file.Sha256,
                    slot, questionIndex, shape.Itt, Limits.MaxResponseBytes, work.Itt.TenderDeadline, actor, work.At);
                return Task.CompletedTask;
            });
            if (!result.Succeeded) return new ResponseUploadResult(result.Outcome, null, result.Message);
            committed = true;
            logger.LogInformation("{UserId} added file {FileId} ({Size} bytes) to their response to ITT {IttId}", actor.UserId, fileId, file.Size, ittId);
            return new ResponseUploadResult(OperationOutcome.Succeeded, ResponseFileView.Of(added!), null);
        }
        catch (Exception ex) when (MultipartUpload.IsBrokenUpload(ex, cancellationToken))
        {
            logger.LogWarning(ex, "A response upload by {UserId} to ITT {IttId} could not be read to its end", actor.UserId, ittId);
            return MultipartUpload.IsBodyTooLarge(ex)
                ? ResponseUploadResult.Refused(UploadedFileWriter.TooLargeMessage(Limits.MaxFileBytes))
                : ResponseUploadResult.Refused("The upload stopped before the whole file arrived, so nothing was kept. Check the connection and try again.");
        }
        finally
        {
            UploadedFileWriter.Delete(temporary, logger);
            if (!committed) UploadedFileWriter.Delete(final, logger);
        }
    }

    /// <summary>Opens one of the organisation's own files, decrypted, for its users to download.</summary>
    public async Task<(ResponseFile File, Stream Content)?> OpenOwnAsync(Guid ittId, Guid fileId, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await OwnFileAsync(db, actor, ittId, fileId, cancellationToken) is not { } file)
        {
            await refusals.RecordAsync(actor, $"response file {fileId} of ITT {ittId}, which is not their organisation's");
            return null;
        }
        using var cipher = await vault.ExistingCipherAsync(db, ittId, cancellationToken);
        return (file, vault.OpenFile(ittId, file, cipher));
    }

    /// <summary>A file of the actor's organisation's response to this ITT; null for any other file, whatever id was guessed.</summary>
    public static async Task<ResponseFile?> OwnFileAsync(PortalDbContext db, Actor actor, Guid ittId, Guid fileId, CancellationToken cancellationToken = default)
    {
        if (await SupplierMembership.InvitationOfAsync(db, actor, ittId, cancellationToken) is not { } invitation) return null;
        return await (from f in db.Set<ResponseFile>().AsNoTracking()
                      join r in db.Set<TenderResponse>().AsNoTracking() on f.ResponseId equals r.Id
                      where f.Id == fileId && r.InvitationToTenderId == ittId && r.SupplierId == invitation.SupplierId
                      select f).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Refuses what can be refused before a byte is read: strangers, a closed tender, a locked response, a file plainly too large.</summary>
    private async Task<ResponseUploadResult?> CheckBeforeReadingAsync(Guid ittId, Actor actor, HttpRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.InvitationOfAsync(db, actor, ittId, cancellationToken) is not { } invitation)
        {
            await refusals.RecordAsync(actor, $"a file upload to ITT {ittId}, to which their organisation is not invited");
            return new ResponseUploadResult(OperationOutcome.NotFound, null, OperationResult.NotFound("invitation to tender").Message);
        }
        var deadline = await db.Set<InvitationToTender>().AsNoTracking().Where(i => i.Id == ittId).Select(i => i.TenderDeadline).SingleAsync(cancellationToken);
        if (deadline is not { } due || clock.GetUtcNow() >= due)
            return ResponseUploadResult.Refused($"The tender deadline was {(deadline is { } d ? UkTime.Format(d) : "not set")}. Files cannot be added after it.");
        var response = await db.Set<TenderResponse>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.InvitationToTenderId == ittId && r.SupplierId == invitation.SupplierId, cancellationToken);
        if (response?.Status == ResponseStatus.Submitted)
            return ResponseUploadResult.Refused("Your response is in the tender box. Withdraw it first to make changes, then submit it again before the deadline.");
        if (MultipartUpload.IsPlainlyTooLarge(request, Limits.MaxFileBytes))
            return ResponseUploadResult.Refused(UploadedFileWriter.TooLargeMessage(Limits.MaxFileBytes));
        if (request.ContentLength is { } total && (response?.CurrentFilesBytes ?? 0) + total - MultipartUpload.FormOverhead > Limits.MaxResponseBytes)
            return ResponseUploadResult.Refused($"The files of a response may come to {FileSize.Describe(Limits.MaxResponseBytes)} at most, and this file would take yours over. Remove a file or make this one smaller.");
        return null;
    }

    private async Task<ResponseUploadResult?> ScanAsync(string temporary, SealedBox.SealedBoxCipher cipher, WrittenFile file, Guid ittId, Actor actor,
        CancellationToken cancellationToken)
    {
        VirusScanResult scan;
        await using (var sealedFile = File.OpenRead(temporary))
        await using (var content = cipher.DecryptFrom(sealedFile))
            scan = await scanner.ScanAsync(content, cancellationToken);
        if (scan.IsClean) return null;
        if (scan.Outcome == VirusScanOutcome.Infected)
            logger.LogWarning("Refused {Name} from {UserId} for ITT {IttId}: the virus scanner found {Signature} in it", file.OriginalName, actor.UserId, ittId, scan.Signature);
        else
            logger.LogError("Refused {Name} from {UserId} for ITT {IttId}: it could not be scanned: {Reason}", file.OriginalName, actor.UserId, ittId, scan.FailureReason);
        return ResponseUploadResult.Refused(scan.UserMessage!);
    }
}
