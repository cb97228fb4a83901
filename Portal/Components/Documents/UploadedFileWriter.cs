using Portal.Domain.Common;
using System.Buffers;
using System.Security.Cryptography;

namespace Portal.Components.Documents;

/// <summary>A file written to its temporary path and checked: the name it is offered back under, its type, size and SHA-256.</summary>
internal sealed record WrittenFile(string OriginalName, AllowedType Type, long Size, string Sha256);

/// <summary>The written file, or why it was refused, in words for the person uploading it.</summary>
internal sealed record WriteResult(WrittenFile? File, string? Refusal);

/// <summary>
/// How an upload is laid down on disk and read back: as sent, or sealed (encrypted) as tender responses are. Writing wraps
/// the file for writing and must leave it open; Reading wraps it for reading back as sent, seekable.
/// </summary>
internal sealed record StoredForm(Func<Stream, Stream> Writing, Func<Stream, Stream> Reading)
{
    public static readonly StoredForm AsSent = new(file => file, file => file);
}

/// <summary>
/// Writes an upload to a temporary file through a fixed buffer — never whole in memory — hashing (SHA-256) and counting as
/// it goes, and stops at the size limit. The file must be of an allowed kind by its name and prove it by its own first
/// bytes; it is flushed to disk before it is called written. Renaming it into place and recording it are the caller's:
/// every store keeps its own rows. A refused write may leave the temporary file behind, for the caller to delete.
/// </summary>
internal static class UploadedFileWriter
{
    public const int OriginalNameMaxLength = 200;
    public const long DefaultMaxBytes = 25L * 1024 * 1024;
    private const int BufferSize = 81920;

    /// <summary>The largest file the portal accepts (Portal:Attachments:MaxBytes), for decision-note papers and ITT documents alike.</summary>
    public static long MaxBytes(IConfiguration configuration) =>
        configuration.GetValue("Portal:Attachments:MaxBytes", DefaultMaxBytes) is > 0 and var max ? max : DefaultMaxBytes;

    /// <summary>The file input's accept list: the allowed extensions.</summary>
    public static string Accept => string.Join(",", AttachmentTypes.Allowed.Select(a => a.Extension));

    public static string TooLargeMessage(long maxBytes) =>
        $"The file is larger than the {FileSize.Describe(maxBytes)} limit. Upload a smaller file, or split it.";

    public static Task<WriteResult> WriteAsync(Stream source, string? uploadedName, string temporaryPath, long maxBytes,
        ILogger logger, CancellationToken cancellationToken) =>
        WriteAsync(source, uploadedName, temporaryPath, maxBytes, StoredForm.AsSent, logger, cancellationToken);

    public static async Task<WriteResult> WriteAsync(Stream source, string? uploadedName, string temporaryPath, long maxBytes,
        StoredForm form, ILogger logger, CancellationToken cancellationToken)
    {
        var originalName = CleanName(uploadedName);
        if (originalName.Length == 0) return Refuse("Choose a file to upload.");
        if (AttachmentTypes.ForName(originalName) is not { } type)
            return Refuse($"\"{originalName}\" is not a kind of file the portal accepts. Upload one of: {AttachmentTypes.AllowedList}.");

        var head = new byte[AttachmentTypes.SignatureLength];
        var headLength = 0;
        long size = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var file = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            var output = form.Writing(file);
            try
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes) return Refuse(TooLargeMessage(maxBytes));
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(read, head.Length - headLength);
                        Array.Copy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            finally
            {
                // A sealing stream writes its last block when disposed; the file itself stays open to be flushed to disk.
                if (!ReferenceEquals(output, file)) await output.DisposeAsync();
            }
            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (size == 0) return Refuse($"\"{originalName}\" is empty.");
        var signature = AttachmentTypes.Sniff(head.AsSpan(0, headLength));
        if (signature != type.Signature || (type.ZipMarker is not null && !ZipHolds(temporaryPath, type, form)))
        {
            logger.LogWarning("Refused an upload named {Name}: its content ({Signature}) is not a {Extension} file", originalName, signature, type.Extension);
            return Refuse($"\"{originalName}\" is not really a {type.Extension.TrimStart('.').ToUpperInvariant()} file: its content does not match its name. Upload the document itself.");
        }
        return new WriteResult(new WrittenFile(originalName, type, size, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
    }

    private static bool ZipHolds(string path, AllowedType type, StoredForm form)
    {
        using var file = File.OpenRead(path);
        using var content = form.Reading(file);
        return AttachmentTypes.ZipHolds(content, type);
    }

    /// <summary>Removes an unfinished or unwanted file, logging rather than throwing when it cannot.</summary>
    public static void Delete(string path, ILogger logger)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException ex)
        {
            logger.LogError(ex, "Could not remove the unfinished upload {Path}", path);
        }
    }

    /// <summary>The name the file is offered back under: no folders, no control characters, of a sensible length.</summary>
    private static string CleanName(string? name)
    {
        var leaf = (name ?? "").Replace('\\', '/');
        leaf = leaf[(leaf.LastIndexOf('/') + 1)..];
        var cleaned = new string(leaf.Where(c => !char.IsControl(c) && c is not '"' and not '<' and not '>' and not '|' and not ':' and not '*' and not '?').ToArray()).Trim().Trim('.');
        if (cleaned.Length <= OriginalNameMaxLength) return cleaned;
        var extension = Path.GetExtension(cleaned);
        return cleaned[..(OriginalNameMaxLength - extension.Length)] + extension;
    }

    private static WriteResult Refuse(string message) => new(null, message);
}
