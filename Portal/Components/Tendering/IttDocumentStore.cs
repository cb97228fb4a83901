using Portal.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Documents;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

/// <summary>A stored ITT file opened for reading, with what it is. The caller disposes <see cref="Content"/>.</summary>
public sealed record OpenedIttFile(Stream Content, string FileName, string ContentType, long SizeBytes, string Sha256);

/// <summary>
/// Stores the files of the ITT's documents. A file chosen in the builder is kept by the <see cref="ScannedFileStore"/> (size
/// limit, SHA-256, magic bytes, virus scan, a name the server chose), since every invited supplier downloads it, and is
/// recorded as an <see cref="IttDocumentFile"/>; only then is it added to the ITT, as a new document or a new version. If the
/// ITT refuses it (a stale page, the ITT issued meanwhile), the file and its row go again.
/// </summary>
public sealed class IttDocumentStore(
    IDbContextFactory<PortalDbContext> contexts,
    PortalStorage storage,
    ScannedFileStore files,
    TimeProvider clock,
    ICurrentActor currentActor,
    IttService itt,
    TenderService tenders,
    ILogger<IttDocumentStore> logger)
{
    private const int ReadBufferSize = 81920;

    public string MaxDescription => FileSize.Describe(files.MaxBytes);

    public static string AllowedTypes => AttachmentTypes.AllowedList;

    public static string Accept => UploadedFileWriter.Accept;

    public Task<OperationResult> AddDocumentAsync(Guid commissionId, Guid token, IttDocumentKind kind, string title, IBrowserFile file,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(title)) return Task.FromResult(OperationResult.Refused("Give the document a title."));
        if (title.Trim().Length > IttRules.TitleMaxLength)
            return Task.FromResult(OperationResult.Refused($"Keep the document's title to {IttRules.TitleMaxLength} characters."));
        return StoreAsync(commissionId, file, RefuseUnlessPreparingAsync, stored => itt.AddDocumentAsync(commissionId, token, kind, title, stored), cancellationToken);
    }

    /// <summary>After issue: a new document (<paramref name="documentId"/> null) or a new version, published as an addendum.</summary>
    public Task<OperationResult> PublishAsync(Guid commissionId, Guid ittToken, Guid? documentId, IttDocumentKind kind, string? title, IBrowserFile file,
        string explanation, DateTimeOffset? newTenderDeadline, CancellationToken cancellationToken = default) =>
        StoreAsync(commissionId, file, RefuseUnlessLiveAsync,
            stored => tenders.PublishDocumentAsync(commissionId, ittToken, documentId, kind, title, stored, explanation, newTenderDeadline), cancellationToken);

    public Task<OperationResult> AddVersionAsync(Guid commissionId, Guid token, Guid documentId, IBrowserFile file,
        CancellationToken cancellationToken = default) =>
        StoreAsync(commissionId, file, RefuseUnlessPreparingAsync, stored => itt.AddDocumentVersionAsync(commissionId, token, documentId, stored), cancellationToken);

    /// <summary>
    /// Opens a stored file of a commission's ITT, or returns null when there is none by that id. It checks nothing about
    /// who asks: each endpoint that serves it decides that first.
    /// </summary>
    public async Task<OpenedIttFile?> OpenAsync(Guid commissionId, Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var file = await db.IttDocumentFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.CommissionId == commissionId, cancellationToken);
        if (file is null) return null;
        var path = Path.Combine(storage.FilesFolder, file.StoredName);
        if (!File.Exists(path))
        {
            logger.LogError("The ITT file {FileId} of commission {CommissionId} is recorded but missing from {Path}", fileId, commissionId, path);
            return null;
        }
        var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, useAsync: true);
        return new OpenedIttFile(content, file.OriginalName, file.ContentType, file.SizeBytes, file.Sha256);
    }

    private async Task<OperationResult> StoreAsync(Guid commissionId, IBrowserFile browserFile, Func<Guid, Actor, Task<OperationResult?>> refuse,
        Func<IttFile, Task<OperationResult>> addToItt, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (await refuse(commissionId, actor) is { } refusal) return refusal;
        return await files.StoreAsync(browserFile, actor.UserId, "ITT document", async stored =>
        {
            var row = new IttDocumentFile(commissionId, stored.OriginalName, stored.StoredName, stored.ContentType, stored.Size, stored.Sha256,
                actor.UserId, actor.DisplayName, clock.GetUtcNow());
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                db.IttDocumentFiles.Add(row);
                await db.SaveChangesAsync(cancellationToken);
            }
            var added = await addToItt(row.ToIttFile());
            if (!added.Succeeded)
            {
                await ForgetAsync(row.Id);
                return added;
            }
            logger.LogInformation("{UserId} added ITT file {StoredName} ({Size} bytes) to commission {CommissionId}",
                actor.UserId, stored.StoredName, stored.Size, commissionId);
            return OperationResult.Ok();
        }, cancellationToken);
    }

    /// <summary>Refuses before a byte is written when the ITT cannot take a document now; the ITT service checks again as it adds it.</summary>
    private async Task<OperationResult?> RefuseUnlessPreparingAsync(Guid commissionId, Actor actor)
    {
        var view = await itt.GetAsync(commissionId);
        if (!view.Succeeded) return view;
        if (!actor.IsInRole(Roles.ProcurementOfficer))
        {
            logger.LogWarning("Refused an ITT file upload to {UserId}, who is not a procurement officer", actor.UserId);
            return OperationResult.Forbidden();
        }
        if (!view.Value!.CanEdit) return OperationResult.Refused("Documents can be added only while the ITT is being prepared.");
        return view.Value.Exists ? null : OperationResult.Refused("Save the ITT first.");
    }

    /// <summary>Refuses before a byte is written when no addendum can be published now; the tender service checks again as it publishes.</summary>
    private async Task<OperationResult?> RefuseUnlessLiveAsync(Guid commissionId, Actor actor)
    {
        var view = await tenders.GetAsync(commissionId);
        if (!view.Succeeded) return view;
        if (!actor.IsInRole(Roles.ProcurementOfficer))
        {
            logger.LogWarning("Refused an addendum upload to {UserId}, who is not a procurement officer", actor.UserId);
            return OperationResult.Forbidden();
        }
        return view.Value!.CanAmend ? null : OperationResult.Refused("Addenda can be published only while the tender is open.");
    }

    private async Task ForgetAsync(Guid fileId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.IttDocumentFiles.Where(f => f.Id == fileId).ExecuteDeleteAsync();
    }
}
