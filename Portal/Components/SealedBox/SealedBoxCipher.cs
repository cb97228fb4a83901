using System.Security.Cryptography;
using System.Text;

namespace Portal.Components.SealedBox;

/// <summary>
/// Seals and opens one ITT's tender responses with its AES-256-GCM key: files as streams, in chunks (never whole in
/// memory), and small blobs for database columns. Disposing it wipes its copy of the key; streams already opened keep
/// their own.
/// </summary>
public sealed class SealedBoxCipher : IDisposable
{
    public const int KeySize = 32;
    private const byte BlobVersion = 1;
    private const int BlobNonceSize = 12;
    private const int BlobTagSize = 16;
    private const int BlobOverhead = 1 + BlobNonceSize + BlobTagSize;
    private readonly byte[] _key;
    private bool _disposed;

    internal SealedBoxCipher(byte[] key)
    {
        if (key.Length != KeySize) throw new ArgumentException($"A sealed-box key is {KeySize} bytes.", nameof(key));
        _key = key;
    }

    /// <summary>
    /// A write-only stream that seals what is written to it into <paramref name="destination"/>; disposing it writes the
    /// last chunk, so a file is only complete once it is disposed. Its Position is the plaintext bytes written so far.
    /// </summary>
    public Stream EncryptTo(Stream destination, bool leaveOpen = false) => new SealedFileWriteStream(destination, Key, leaveOpen);

    /// <summary>
    /// A read-only, seekable stream of the plaintext of the sealed file in <paramref name="source"/> (which must be
    /// seekable), decrypting chunk by chunk as it is read. Throws <see cref="SealedDataCorruptException"/> rather than
    /// return bytes from a file that was altered, cut short, extended, or sealed under another key.
    /// </summary>
    public Stream DecryptFrom(Stream source, bool leaveOpen = false) => new SealedFileReadStream(source, Key, leaveOpen);

    /// <summary>
    /// Seals a small value for a database column, bound to <paramref name="context"/> (the row's id, say) so that a
    /// sealed value copied into another row does not open there.
    /// </summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, string context)
    {
        var sealedBytes = new byte[BlobOverhead + plaintext.Length];
        sealedBytes[0] = BlobVersion;
        var nonce = sealedBytes.AsSpan(1, BlobNonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key, BlobTagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(1 + BlobNonceSize, plaintext.Length),
            sealedBytes.AsSpan(1 + BlobNonceSize + plaintext.Length), BlobAssociatedData(context));
        return sealedBytes;
    }

    public byte[] Seal(string plaintext, string context) => Seal(Encoding.UTF8.GetBytes(plaintext), context);

    /// <summary>Opens what <see cref="Seal(ReadOnlySpan{byte}, string)"/> sealed under the same context, or throws <see cref="SealedDataCorruptException"/>.</summary>
    public byte[] Unseal(ReadOnlySpan<byte> sealedBytes, string context)
    {
        if (sealedBytes.Length < BlobOverhead || sealedBytes[0] != BlobVersion)
            throw new SealedDataCorruptException("The sealed value is not one the portal writes: it is too short or of an unknown version.");
        var length = sealedBytes.Length - BlobOverhead;
        var plaintext = new byte[length];
        using var aes = new AesGcm(Key, BlobTagSize);
        try
        {
            aes.Decrypt(sealedBytes.Slice(1, BlobNonceSize), sealedBytes.Slice(1 + BlobNonceSize, length),
                sealedBytes.Slice(1 + BlobNonceSize + length), plaintext, BlobAssociatedData(context));
        }
        catch (CryptographicException ex)
        {
            throw new SealedDataCorruptException(
                $"The sealed value could not be opened for {context}: it has been altered, belongs to another record, or was sealed under another key.", ex);
        }
        return plaintext;
    }

    public string UnsealString(ReadOnlySpan<byte> sealedBytes, string context) => Encoding.UTF8.GetString(Unseal(sealedBytes, context));

    public void Dispose()
    {
        _disposed = true;
        CryptographicOperations.ZeroMemory(_key);
    }

    private ReadOnlySpan<byte> Key
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _key;
        }
    }

    /// <summary>The context, labelled so that a blob's associated data can never equal a file chunk's.</summary>
    private static byte[] BlobAssociatedData(string context) => Encoding.UTF8.GetBytes("sealed-box-value:" + context);
}
