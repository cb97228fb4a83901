using Portal.Domain.Common;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.Components.Audit;
using Portal.Components.Commissions;
using Portal.Components.DecisionNotes;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Documents;

/// <summary>What became of an upload: the stored attachment, or the outcome and a message for the person uploading.</summary>
public sealed record UploadResult(OperationOutcome Outcome, AttachmentView? Attachment, string? Message)
{
    public static UploadResult Ok(AttachmentView attachment) => new(OperationOutcome.Succeeded, attachment, null);
    public static UploadResult Refused(string message) => new(OperationOutcome.Refused, null, message);
}

/// <summary>
/// Stores the papers attached to decision notes. An upload streams from the request to a temporary file in the data
/// folder through <see cref="UploadedFileWriter"/> — never whole in memory — hashed (SHA-256) and counted as it goes, and
/// stopped at the size limit. The file is checked against its extension by its own bytes, flushed to disk and renamed to
/// a name the server chose; only then do the database row and its audit event commit, in one transaction. A refused or
/// failed upload leaves nothing behind.
/// </summary>
public sealed class AttachmentStore(
    IDbContextFactory<PortalDbContext> contexts,
    PortalStorage storage,
    IConfiguration configuration,
    TimeProvider clock,
    CommissionNotifier notifier,
    ILogger<AttachmentStore> logger)
{

    private const int FieldMaxLength = 100;

    private static readonly CommissionState[] EditableStates = [CommissionState.DecisionNoteDraft, CommissionState.AwaitingDecision];

    public long MaxBytes => UploadedFileWriter.MaxBytes(configuration);

    public string MaxDescription => FileSize.Describe(MaxBytes);

    public string PathOf(DecisionNoteAttachment attachment) => Path.Combine(storage.FilesFolder, attachment.StoredName);

    /// <summary>Reads a multipart form (fields <c>file</c>, <c>kind</c>, <c>isAppendix</c>) from the request and stores its file.</summary>
    public async Task<UploadResult> UploadAsync(Guid commissionId, Actor actor, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Roles.CommissioningOfficer))
        {
            logger.LogWarning("Refused an attachment upload to {UserId}, who is not a commissioning officer", actor.UserId);
            return new UploadResult(OperationOutcome.Forbidden, null, "Only a commissioning officer can attach papers to a decision note.");
        }
        if (await CheckCommissionAsync(commissionId, cancellationToken) is { } refusal) return refusal;

        if (MultipartUpload.Boundary(request) is not { } boundary)
            return UploadResult.Refused("Send the file as a form upload (multipart/form-data) with the fields file, kind and isAppendix.");
        if (MultipartUpload.IsPlainlyTooLarge(request, MaxBytes)) return TooLarge();
        MultipartUpload.LimitBody(request, MaxBytes);

        var storedName = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(storage.FilesFolder, storedName + ".uploading");
        var final = Path.Combine(storage.FilesFolder, storedName);
        var committed = false;
        try
        {
            var form = await ReadFormAsync(new MultipartReader(boundary, request.Body), temporary, cancellationToken);
            if (form.Refusal is { } formRefusal) return formRefusal;
            if (form.File is not { } file) return UploadResult.Refused("Choose a file to upload.");
            if (!Enum.TryParse<AttachmentKind>(form.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                return UploadResult.Refused("Say what kind of paper this is: " + string.Join(", ", Enum.GetValues<AttachmentKind>().Select(k => k.Describe().ToLowerInvariant())) + ".");
            if (!TryParseFlag(form.IsAppendix, out var isAppendix)) return UploadResult.Refused("Say whether the paper is an appendix (true or false).");

            File.Move(temporary, final);
            var at = clock.GetUtcNow();
            var attachment = new DecisionNoteAttachment(commissionId, kind, file.OriginalName, storedName, file.Type.ContentType, file.Size, file.Sha256,
                isAppendix, actor.UserId, actor.DisplayName, at);
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the state checked here cannot change before the commit.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var state = await db.Commissions.AsNoTracking().Where(c => c.Id == commissionId).Select(c => (CommissionState?)c.State).SingleOrDefaultAsync(cancellationToken);
                if (state is null) return new UploadResult(OperationOutcome.NotFound, null, OperationResult.NotFound().Message);
                if (!EditableStates.Contains(state.Value)) return NotEditable();
                db.DecisionNoteAttachments.Add(attachment);
                await AuditTrail.AppendAsync(db, commissionId, actor, at, "AttachmentUploaded",
                    $"{kind.Describe()} \"{file.OriginalName}\" attached{(isAppendix ? " as an appendix" : "")} ({FileSize.Describe(file.Size)}, SHA-256 {file.Sha256[..12]})",
                    cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                committed = true;
            }
            logger.LogInformation("{UserId} attached {StoredName} ({Size} bytes) to commission {CommissionId}", actor.UserId, storedName, file.Size, commissionId);
            await notifier.NotifyAsync(commissionId);
            return UploadResult.Ok(new AttachmentView(attachment.Id, kind, file.OriginalName, file.Size, file.Sha256, isAppendix, actor.DisplayName, at));
        }
        catch (Exception ex) when (MultipartUpload.IsBrokenUpload(ex, cancellationToken))
        {
            logger.LogWarning(ex, "An attachment upload by {UserId} to commission {CommissionId} could not be read", actor.UserId, commissionId);
            return MultipartUpload.IsBodyTooLarge(ex) ? TooLarge()
                : UploadResult.Refused("The upload could not be read; try again.");
        }
        finally
        {
            UploadedFileWriter.Delete(temporary, logger);
            if (!committed) UploadedFileWriter.Delete(final, logger);
        }
    }

    public async Task<UploadResult?> CheckCommissionAsync(Guid commissionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await db.Commissions.AsNoTracking().Where(c => c.Id == commissionId).Select(c => (CommissionState?)c.State).SingleOrDefaultAsync(cancellationToken);
        if (state is null) return new UploadResult(OperationOutcome.NotFound, null, OperationResult.NotFound().Message);
        return EditableStates.Contains(state.Value) ? null : NotEditable();
    }

    private sealed record Form(WrittenFile? File, string? Kind, string? IsAppendix, UploadResult? Refusal);

    private async Task<Form> ReadFormAsync(MultipartReader reader, string temporary, CancellationToken cancellationToken)
    {
        reader.HeadersLengthLimit = 16 * 1024;
        WrittenFile? file = null;
        string? kind = null, isAppendix = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                return Refuse("The upload is not a well-formed form.");
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (disposition.IsFileDisposition())
            {
                if (name != "file") return Refuse("Send the file in the field named file.");
                if (file is not null) return Refuse("Upload one file at a time.");
                var uploadedName = MultipartUpload.FileName(disposition);
                var written = await UploadedFileWriter.WriteAsync(section.Body, uploadedName, temporary, MaxBytes, logger, cancellationToken);
                if (written.File is null) return Refuse(written.Refusal!);
                file = written.File;
                continue;
            }
            var value = await ReadFieldAsync(section, cancellationToken);
            if (value is null) return Refuse("A form field is too long.");
            switch (name)
            {
                case "kind": kind = value; break;
                case "isAppendix": isAppendix = value; break;
            }
        }
        return new Form(file, kind, isAppendix, null);

        static Form Refuse(string message) => new(null, null, null, UploadResult.Refused(message));
    }

    private static async Task<string?> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1024, leaveOpen: true);
        var buffer = new char[FieldMaxLength + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return read > FieldMaxLength ? null : new string(buffer, 0, read).Trim();
    }

    private static bool TryParseFlag(string? value, out bool flag)
    {
        flag = false;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (value is "on" or "1") return flag = true;
        if (value is "0") return true;
        return bool.TryParse(value, out flag);
    }

    private UploadResult TooLarge() => UploadResult.Refused(UploadedFileWriter.TooLargeMessage(MaxBytes));

    private static UploadResult NotEditable() =>
        UploadResult.Refused("Papers can be attached only while the decision note is in draft or awaiting the Commissioner's decision.");
}
