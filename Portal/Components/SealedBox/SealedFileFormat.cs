using System.Buffers.Binary;

namespace Portal.Components.SealedBox;

/// <summary>
/// The layout of a sealed file: a header (magic, version, the file's random nonce prefix), then the plaintext in
/// fixed-size chunks, each encrypted on its own with AES-GCM and followed by its 16-byte tag. Every chunk but the last
/// is full, and the last is never empty unless the whole file is. A chunk's nonce is the prefix and its index; its
/// associated data is its index and whether it is the last, so a chunk moved, dropped, added or cut off fails to open.
/// Because the layout is fixed, the plaintext length and where any plaintext byte lies follow from the file's length.
/// </summary>
internal static class SealedFileFormat
{
    public const int ChunkSize = 64 * 1024;
    public const int TagSize = 16;
    public const int StoredChunkSize = ChunkSize + TagSize;
    public const int NonceSize = 12;
    public const int NoncePrefixSize = 8;
    public const int HeaderSize = 4 + NoncePrefixSize;
    public const int AssociatedDataSize = sizeof(long) + 1;

    /// <summary>"PSB" and format version 1, so a file that is not sealed, or sealed in a later format, is told apart.</summary>
    private static ReadOnlySpan<byte> Magic => [(byte)'P', (byte)'S', (byte)'B', 1];

    public static void WriteHeader(Span<byte> header, ReadOnlySpan<byte> noncePrefix)
    {
        Magic.CopyTo(header);
        noncePrefix.CopyTo(header[Magic.Length..]);
    }

    /// <summary>The nonce prefix from a header, or false when the header is not one this format wrote.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> header, Span<byte> noncePrefix)
    {
        if (header.Length < HeaderSize || !header[..Magic.Length].SequenceEqual(Magic)) return false;
        header.Slice(Magic.Length, NoncePrefixSize).CopyTo(noncePrefix);
        return true;
    }

    public static void Nonce(ReadOnlySpan<byte> noncePrefix, long chunkIndex, Span<byte> nonce)
    {
        noncePrefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[NoncePrefixSize..], checked((uint)chunkIndex));
    }

    public static void AssociatedData(long chunkIndex, bool isLast, Span<byte> associatedData)
    {
        BinaryPrimitives.WriteInt64BigEndian(associatedData, chunkIndex);
        associatedData[sizeof(long)] = isLast ? (byte)1 : (byte)0;
    }

    /// <summary>The number of chunks and the plaintext length a sealed file of this length holds, or false when no file this format writes has that length.</summary>
    public static bool TryMeasure(long fileLength, out long chunkCount, out long plaintextLength)
    {
        chunkCount = 0;
        plaintextLength = 0;
        var body = fileLength - HeaderSize;
        if (body < TagSize) return false;
        chunkCount = (body + StoredChunkSize - 1) / StoredChunkSize;
        var lastStored = body - (chunkCount - 1) * StoredChunkSize;
        if (lastStored < TagSize || (chunkCount > 1 && lastStored == TagSize)) return false;
        plaintextLength = body - chunkCount * TagSize;
        return chunkCount <= uint.MaxValue;
    }
}
