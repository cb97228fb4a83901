using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.SealedBox;
using Portal.Data;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.Responses;

/// <summary>
/// Where responses are kept sealed: each ITT's key (made on first use), the folder of its encrypted files, and the
/// sealing and unsealing of a response's answers. Whether someone may read a response is decided by its callers.
/// </summary>
public sealed class ResponseVault(SealedBoxKeys keys, PortalStorage storage, TimeProvider clock)
{
    public const string SealedExtension = ".sealed";

    /// <summary>The ITT's cipher inside the caller's write transaction, making the key if this is the box's first use.</summary>
    public async Task<SealedBoxCipher> CipherForAsync(PortalDbContext db, Guid ittId, CancellationToken cancellationToken = default)
    {
        if (await db.Set<TenderBoxKey>().SingleOrDefaultAsync(k => k.InvitationToTenderId == ittId, cancellationToken) is { } existing)
            return keys.CipherFor(existing.ProtectedKey);
        var made = new TenderBoxKey(ittId, keys.NewProtectedKey(), clock.GetUtcNow());
        db.Set<TenderBoxKey>().Add(made);
        return keys.CipherFor(made.ProtectedKey);
    }

    /// <summary>The ITT's cipher for an upload, which streams before its write transaction: made and committed on its own if new.</summary>
    public async Task<SealedBoxCipher> CipherForAsync(IDbContextFactory<PortalDbContext> contexts, Guid ittId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<TenderBoxKey>().AsNoTracking().SingleOrDefaultAsync(k => k.InvitationToTenderId == ittId, cancellationToken) is { } existing)
            return keys.CipherFor(existing.ProtectedKey);
        // IMMEDIATE: a second upload starting at the same moment waits, then finds this key rather than making another.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cipher = await CipherForAsync(db, ittId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cipher;
    }

    public string FolderOf(Guid ittId)
    {
        var folder = Path.Combine(storage.FilesFolder, "responses", ittId.ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public string PathOf(Guid ittId, ResponseFile file) => Path.Combine(FolderOf(ittId), file.StoredName);

    public static string StoredNameFor(Guid fileId) => fileId.ToString("N") + SealedExtension;

    public static void Reveal(TenderResponse response, SealedBoxCipher cipher) =>
        response.Reveal(response.SealedContent.Length == 0
            ? new ResponseContent()
            : ResponseContent.FromJson(Encoding.UTF8.GetString(cipher.Unseal(response.SealedContent, SealContext(response)))));

    public static void Seal(TenderResponse response, SealedBoxCipher cipher) =>
        response.Seal(cipher.Seal(Encoding.UTF8.GetBytes(response.Content.ToJson()), SealContext(response)));

    /// <summary>Binds the sealed answers to their response, so answers copied onto another response's row do not open.</summary>
    private static string SealContext(TenderResponse response) => $"response:{response.Id:N}";
}
