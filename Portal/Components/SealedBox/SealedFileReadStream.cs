using System.Security.Cryptography;

namespace Portal.Components.SealedBox;

/// <summary>
/// Reads a sealed file (see <see cref="SealedFileFormat"/>) as its plaintext: seekable, with the plaintext's length,
/// decrypting only the chunk a read falls in, so that a zip reader can jump to a .docx's central directory and a
/// download can stream it. The last chunk is opened at once, so a file cut short, extended, or sealed under another
/// key is refused before a byte is returned; any other chunk that fails to open throws when it is read.
/// </summary>
internal sealed class SealedFileReadStream : Stream
{
    private readonly Stream _source;
    private readonly bool _leaveOpen;
    private readonly AesGcm _aes;
    private readonly byte[] _noncePrefix = new byte[SealedFileFormat.NoncePrefixSize];
    private readonly byte[] _stored = new byte[SealedFileFormat.StoredChunkSize];
    private readonly byte[] _plaintext = new byte[SealedFileFormat.ChunkSize];
    private readonly long _sealedLength;
    private readonly long _chunkCount;
    private readonly long _length;
    private long _loadedChunk = -1;
    private int _loadedLength;
    private long _position;
    private bool _disposed;

    public SealedFileReadStream(Stream source, ReadOnlySpan<byte> key, bool leaveOpen)
    {
        if (!source.CanRead || !source.CanSeek) throw new ArgumentException("A sealed file is read from a readable, seekable stream.", nameof(source));
        _source = source;
        _leaveOpen = leaveOpen;
        _aes = new AesGcm(key, SealedFileFormat.TagSize);
        try
        {
            var header = new byte[SealedFileFormat.HeaderSize];
            source.Position = 0;
            if (source.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !SealedFileFormat.TryReadHeader(header, _noncePrefix))
                throw new SealedDataCorruptException("The file is not a sealed file: its header is missing or not one the portal writes.");
            _sealedLength = source.Length;
            if (!SealedFileFormat.TryMeasure(_sealedLength, out _chunkCount, out _length))
                throw new SealedDataCorruptException("The sealed file has been cut short or added to: its length is not one a sealed file can have.");
            Load(_chunkCount - 1);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public override bool CanRead => !_disposed;
    public override bool CanSeek => !_disposed;
    public override bool CanWrite => false;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "A position is never negative.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffer.IsEmpty || _position >= _length) return 0;
        var chunk = _position / SealedFileFormat.ChunkSize;
        if (chunk != _loadedChunk) Load(chunk);
        return CopyLoaded(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffer.IsEmpty || _position >= _length) return 0;
        var chunk = _position / SealedFileFormat.ChunkSize;
        if (chunk != _loadedChunk)
        {
            var stored = MoveTo(chunk);
            await ReadStoredAsync(stored, cancellationToken);
            Open(chunk, stored);
        }
        return CopyLoaded(buffer.Span);
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => _length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _aes.Dispose();
            CryptographicOperations.ZeroMemory(_plaintext);
            if (!_leaveOpen) _source.Dispose();
        }
        base.Dispose(disposing);
    }

    private int CopyLoaded(Span<byte> buffer)
    {
        var offset = (int)(_position % SealedFileFormat.ChunkSize);
        var count = Math.Min(buffer.Length, _loadedLength - offset);
        _plaintext.AsSpan(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    private void Load(long chunk)
    {
        var stored = MoveTo(chunk);
        try
        {
            _source.ReadExactly(_stored, 0, stored);
        }
        catch (EndOfStreamException ex)
        {
            throw CutShort(ex);
        }
        Open(chunk, stored);
    }

    private async ValueTask ReadStoredAsync(int stored, CancellationToken cancellationToken)
    {
        try
        {
            await _source.ReadExactlyAsync(_stored.AsMemory(0, stored), cancellationToken);
        }
        catch (EndOfStreamException ex)
        {
            throw CutShort(ex);
        }
    }

    /// <summary>Positions the source at a chunk and returns its stored length, tag included.</summary>
    private int MoveTo(long chunk)
    {
        _loadedChunk = -1;
        var start = SealedFileFormat.HeaderSize + chunk * SealedFileFormat.StoredChunkSize;
        _source.Position = start;
        return (int)Math.Min(SealedFileFormat.StoredChunkSize, _sealedLength - start);
    }

    private void Open(long chunk, int stored)
    {
        var plaintextLength = stored - SealedFileFormat.TagSize;
        Span<byte> nonce = stackalloc byte[SealedFileFormat.NonceSize];
        Span<byte> associatedData = stackalloc byte[SealedFileFormat.AssociatedDataSize];
        SealedFileFormat.Nonce(_noncePrefix, chunk, nonce);
        SealedFileFormat.AssociatedData(chunk, chunk == _chunkCount - 1, associatedData);
        try
        {
            _aes.Decrypt(nonce, _stored.AsSpan(0, plaintextLength), _stored.AsSpan(plaintextLength, SealedFileFormat.TagSize),
                _plaintext.AsSpan(0, plaintextLength), associatedData);
        }
        catch (CryptographicException ex)
        {
            throw new SealedDataCorruptException(
                $"The sealed file could not be opened: part {chunk + 1} of {_chunkCount} has been altered, moved, cut short or added to, or the file was sealed under another key.", ex);
        }
        _loadedChunk = chunk;
        _loadedLength = plaintextLength;
    }

    private static SealedDataCorruptException CutShort(Exception inner) =>
        new("The sealed file was cut short while it was being read.", inner);
}
