using Microsoft.EntityFrameworkCore;
using Portal.Components.SealedBox;
using Portal.Data;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.Responses;

/// <summary>
/// Where responses are kept sealed: each ITT's key (made on first use), the folder of its encrypted files, and the
/// sealing and unsealing of a response's answers and files. Whether someone may read a response is decided by its
/// callers. Every cipher handed out is the caller's to dispose, which wipes its copy of the key.
/// </summary>
public sealed class ResponseVault(SealedBoxKeys keys, PortalStorage storage, TimeProvider clock)
{
    private const int FileBufferSize = 81920;

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

    /// <summary>The cipher of an ITT whose box already holds something: every stored response was written with its key.</summary>
    public async Task<SealedBoxCipher> ExistingCipherAsync(PortalDbContext db, Guid ittId, CancellationToken cancellationToken = default)
    {
        var key = await db.Set<TenderBoxKey>().AsNoTracking().SingleOrDefaultAsync(k => k.InvitationToTenderId == ittId, cancellationToken)
            ?? throw new InvalidOperationException($"ITT {ittId} has responses but no sealed-box key.");
        return keys.CipherFor(key.ProtectedKey);
    }

    /// <summary>The ITT's folder of sealed files, made when the first file is written to it.</summary>
    public string FolderFor(Guid ittId)
    {
        var folder = FolderOf(ittId);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file decrypted as a seekable stream, which keeps its own copy of the key; the caller has decided the reader may see it.</summary>
    public Stream OpenFile(Guid ittId, ResponseFile file, SealedBoxCipher cipher) =>
        cipher.DecryptFrom(new FileStream(Path.Combine(FolderOf(ittId), file.StoredName), FileMode.Open, FileAccess.Read, FileShare.Read,
            FileBufferSize, FileOptions.Asynchronous));

    public static string StoredNameFor(Guid fileId) => fileId.ToString("N") + ".sealed";

    public static void Reveal(TenderResponse response, SealedBoxCipher cipher) =>
        response.Reveal(response.SealedContent.Length == 0
            ? new ResponseContent()
            : ResponseContent.FromJson(cipher.UnsealString(response.SealedContent, SealContext(response))));

    public static void Seal(TenderResponse response, SealedBoxCipher cipher) =>
        response.Seal(cipher.Seal(response.Content.ToJson(), SealContext(response)));

    private string FolderOf(Guid ittId) => Path.Combine(storage.FilesFolder, "responses", ittId.ToString("N"));

    /// <summary>Binds the sealed answers to their response, so answers copied onto another response's row do not open.</summary>
    private static string SealContext(TenderResponse response) => $"response:{response.Id:N}";
}
