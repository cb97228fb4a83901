using System.IO.Compression;
using System.Text;
using Portal.Components.SealedBox;

namespace Portal.Tests.SealedBox;

/// <summary>Tender-response files sealed in chunks: they read back exactly, reveal nothing, and refuse to open when altered.</summary>
public sealed class SealedFileTests : IDisposable
{
    private readonly TemporaryKeyRing _keyRing = new();
    private readonly SealedBoxCipher _cipher;

    public SealedFileTests() => _cipher = _keyRing.NewCipher();

    public void Dispose()
    {
        _cipher.Dispose();
        _keyRing.Dispose();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SealedFiles.ChunkSize - 1)]
    [InlineData(SealedFiles.ChunkSize)]
    [InlineData(SealedFiles.ChunkSize + 1)]
    [InlineData(5 * 1024 * 1024 + 123)]
    public void A_file_of_any_size_reads_back_byte_for_byte_with_its_plaintext_length(int size)
    {
        var plaintext = SealedFiles.Plaintext(size);

        var sealedFile = SealedFiles.Seal(_cipher, plaintext);

        using var reader = _cipher.DecryptFrom(new MemoryStream(sealedFile));
        Assert.Equal(size, reader.Length);
        Assert.Equal(plaintext, SealedFiles.Open(_cipher, sealedFile));
    }

    [Fact]
    public async Task Sealing_and_opening_asynchronously_round_trips_and_counts_the_plaintext_written()
    {
        var plaintext = SealedFiles.Plaintext(3 * SealedFiles.ChunkSize + 500);
        var sealedFile = new MemoryStream();

        await using (var writer = _cipher.EncryptTo(sealedFile, leaveOpen: true))
        {
            await writer.WriteAsync(plaintext.AsMemory(0, 1000));
            Assert.Equal(1000, writer.Position);
            await writer.WriteAsync(plaintext.AsMemory(1000));
            Assert.Equal(plaintext.Length, writer.Position);
        }

        sealedFile.Position = 0;
        await using var reader = _cipher.DecryptFrom(sealedFile);
        var opened = new MemoryStream();
        await reader.CopyToAsync(opened);
        Assert.Equal(plaintext, opened.ToArray());
    }

    [Fact]
    public void Sealing_holds_no_more_than_one_chunk_before_writing_it_out()
    {
        var destination = new MemoryStream();
        using var writer = _cipher.EncryptTo(destination, leaveOpen: true);

        writer.Write(SealedFiles.Plaintext(SealedFiles.ChunkSize));
        Assert.Equal(0, destination.Length);
        writer.Write(SealedFiles.Plaintext(SealedFiles.ChunkSize + 1));

        Assert.Equal(SealedFiles.HeaderSize + 2 * SealedFiles.StoredChunkSize, destination.Length);
    }

    [Fact]
    public void The_sealed_bytes_do_not_contain_the_plaintext()
    {
        var marker = Encoding.UTF8.GetBytes("TOTAL-TENDER-PRICE-4812337-POUNDS");
        var plaintext = Enumerable.Repeat(marker, 5000).SelectMany(bytes => bytes).ToArray();

        var sealedFile = SealedFiles.Seal(_cipher, plaintext);

        Assert.Equal(-1, sealedFile.AsSpan().IndexOf(marker));
        Assert.Equal(-1, sealedFile.AsSpan().IndexOf(marker.AsSpan(0, 8)));
    }

    [Fact]
    public void Reading_at_any_position_returns_the_plaintext_there()
    {
        var plaintext = SealedFiles.Plaintext(5 * SealedFiles.ChunkSize + 321);
        using var reader = _cipher.DecryptFrom(new MemoryStream(SealedFiles.Seal(_cipher, plaintext)));
        var random = new Random(7);
        long[] edges = [0, SealedFiles.ChunkSize - 3, SealedFiles.ChunkSize, 2L * SealedFiles.ChunkSize - 1, plaintext.Length - 10];

        foreach (var position in edges.Concat(Enumerable.Range(0, 40).Select(_ => (long)random.Next(plaintext.Length))))
        {
            var wanted = (int)Math.Min(random.Next(1, 3 * SealedFiles.ChunkSize), plaintext.Length - position);
            var read = new byte[wanted];
            reader.Seek(position, SeekOrigin.Begin);
            reader.ReadExactly(read);
            Assert.Equal(plaintext.AsSpan((int)position, wanted).ToArray(), read);
        }

        reader.Seek(-5, SeekOrigin.End);
        Assert.Equal(5, reader.Read(new byte[100]));
        Assert.Equal(0, reader.Read(new byte[100]));
    }

    [Fact]
    public void A_docx_opens_through_the_decrypting_stream()
    {
        var document = new MemoryStream();
        using (var zip = new ZipArchive(document, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "word/media/image1.bin", Convert.ToBase64String(SealedFiles.Plaintext(400_000)));
            Write(zip, "word/document.xml", "<w:document><w:body><w:p>Our method statement</w:p></w:body></w:document>");
        }

        var sealedFile = SealedFiles.Seal(_cipher, document.ToArray());

        using var zipReader = new ZipArchive(_cipher.DecryptFrom(new MemoryStream(sealedFile)), ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "word/media/image1.bin", "word/document.xml"], zipReader.Entries.Select(e => e.FullName));
        using var body = new StreamReader(zipReader.GetEntry("word/document.xml")!.Open());
        Assert.Contains("Our method statement", body.ReadToEnd());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(SealedFiles.HeaderSize + 5)]
    [InlineData(SealedFiles.HeaderSize + SealedFiles.StoredChunkSize + 100)]
    [InlineData(SealedFiles.HeaderSize + SealedFiles.ChunkSize + 3)]
    public void A_file_with_one_byte_changed_does_not_open(int position)
    {
        var sealedFile = SealedFiles.Seal(_cipher, SealedFiles.Plaintext(3 * SealedFiles.ChunkSize));

        sealedFile[position] ^= 0x01;

        Assert.Throws<SealedDataCorruptException>(() => SealedFiles.Open(_cipher, sealedFile));
    }

    [Fact]
    public void A_file_with_its_last_chunk_cut_short_does_not_open()
    {
        var sealedFile = SealedFiles.Seal(_cipher, SealedFiles.Plaintext(2 * SealedFiles.ChunkSize + 1000));

        var exception = Assert.Throws<SealedDataCorruptException>(() => _cipher.DecryptFrom(new MemoryStream(sealedFile[..^40])));

        Assert.Contains("could not be opened", exception.Message);
    }

    [Fact]
    public void A_file_with_its_whole_last_chunk_dropped_does_not_open()
    {
        var sealedFile = SealedFiles.Seal(_cipher, SealedFiles.Plaintext(2 * SealedFiles.ChunkSize + 1000));

        var withoutLast = sealedFile[..(SealedFiles.HeaderSize + 2 * SealedFiles.StoredChunkSize)];

        Assert.Throws<SealedDataCorruptException>(() => _cipher.DecryptFrom(new MemoryStream(withoutLast)));
    }

    [Fact]
    public void A_file_with_a_middle_chunk_dropped_does_not_open()
    {
        var sealedFile = SealedFiles.Seal(_cipher, SealedFiles.Plaintext(3 * SealedFiles.ChunkSize + 1000));
        var secondChunk = SealedFiles.HeaderSize + SealedFiles.StoredChunkSize;

        var withoutSecond = sealedFile[..secondChunk].Concat(sealedFile[(secondChunk + SealedFiles.StoredChunkSize)..]).ToArray();

        Assert.Throws<SealedDataCorruptException>(() => SealedFiles.Open(_cipher, withoutSecond));
    }

    [Fact]
    public void A_file_with_a_chunk_appended_does_not_open()
    {
        var sealedFile = SealedFiles.Seal(_cipher, SealedFiles.Plaintext(2 * SealedFiles.ChunkSize));
        var firstChunk = sealedFile.AsSpan(SealedFiles.HeaderSize, SealedFiles.StoredChunkSize).ToArray();

        Assert.Throws<SealedDataCorruptException>(() => _cipher.DecryptFrom(new MemoryStream([.. sealedFile, .. firstChunk])));
    }

    [Fact]
    public void A_file_sealed_for_another_itt_does_not_open_with_this_itts_key()
    {
        using var otherItt = _keyRing.NewCipher();
        var sealedFile = SealedFiles.Seal(otherItt, SealedFiles.Plaintext(1000));

        var exception = Assert.Throws<SealedDataCorruptException>(() => _cipher.DecryptFrom(new MemoryStream(sealedFile)));

        Assert.Contains("another key", exception.Message);
    }

    [Fact]
    public void A_source_refused_on_opening_is_closed()
    {
        var source = new MemoryStream(SealedFiles.Seal(_cipher, SealedFiles.Plaintext(1000))[..^1]);

        Assert.Throws<SealedDataCorruptException>(() => _cipher.DecryptFrom(source));

        Assert.False(source.CanRead);
    }

    [Fact]
    public void A_file_that_was_never_sealed_is_refused()
    {
        var exception = Assert.Throws<SealedDataCorruptException>(() => _cipher.DecryptFrom(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.7 a plain file"))));

        Assert.Contains("not a sealed file", exception.Message);
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
