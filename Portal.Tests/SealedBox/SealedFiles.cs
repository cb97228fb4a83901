using Portal.Components.SealedBox;

namespace Portal.Tests.SealedBox;

/// <summary>Sealing and opening whole files in memory, for tests that look at or alter the sealed bytes.</summary>
internal static class SealedFiles
{
    public const int ChunkSize = 64 * 1024;
    public const int StoredChunkSize = ChunkSize + 16;
    public const int HeaderSize = 12;

    /// <summary>Bytes that differ from chunk to chunk, so a chunk moved or repeated does not read back the same.</summary>
    public static byte[] Plaintext(int length, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Seals by writes of an awkward size, so chunks fill across several writes and a write spans chunks.</summary>
    public static byte[] Seal(SealedBoxCipher cipher, byte[] plaintext, int writeSize = 10_007)
    {
        var sealedFile = new MemoryStream();
        using (var writer = cipher.EncryptTo(sealedFile, leaveOpen: true))
        {
            for (var offset = 0; offset < plaintext.Length; offset += writeSize)
                writer.Write(plaintext, offset, Math.Min(writeSize, plaintext.Length - offset));
        }
        return sealedFile.ToArray();
    }

    public static byte[] Open(SealedBoxCipher cipher, byte[] sealedFile)
    {
        using var reader = cipher.DecryptFrom(new MemoryStream(sealedFile));
        var plaintext = new MemoryStream();
        reader.CopyTo(plaintext);
        return plaintext.ToArray();
    }
}
