using System.Security.Cryptography;

namespace Portal.Components.SealedBox;

/// <summary>
/// Encrypts what is written to it into a sealed file (see <see cref="SealedFileFormat"/>) holding at most one chunk of
/// plaintext at a time. A full chunk is only sealed once more is written, so that the chunk sealed last, on dispose, is
/// marked as the last. Position is the number of plaintext bytes written so far.
/// </summary>
internal sealed class SealedFileWriteStream : Stream
{
    private readonly Stream _destination;
    private readonly bool _leaveOpen;
    private readonly AesGcm _aes;
    private readonly byte[] _noncePrefix = RandomNumberGenerator.GetBytes(SealedFileFormat.NoncePrefixSize);
    private readonly byte[] _plaintext = new byte[SealedFileFormat.ChunkSize];
    private readonly byte[] _sealed = new byte[SealedFileFormat.HeaderSize + SealedFileFormat.StoredChunkSize];
    private int _buffered;
    private long _chunkIndex;
    private long _written;
    private bool _finished;

    public SealedFileWriteStream(Stream destination, ReadOnlySpan<byte> key, bool leaveOpen)
    {
        if (!destination.CanWrite) throw new ArgumentException("The sealed file must be written to a writable stream.", nameof(destination));
        _destination = destination;
        _leaveOpen = leaveOpen;
        _aes = new AesGcm(key, SealedFileFormat.TagSize);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_finished;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        while (!buffer.IsEmpty)
        {
            if (_buffered == _plaintext.Length) _destination.Write(_sealed, 0, SealBufferedChunk(isLast: false));
            buffer = buffer[Buffer(buffer)..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        while (!buffer.IsEmpty)
        {
            if (_buffered == _plaintext.Length)
                await _destination.WriteAsync(_sealed.AsMemory(0, SealBufferedChunk(isLast: false)), cancellationToken);
            buffer = buffer[Buffer(buffer.Span)..];
        }
    }

    public override void Flush() => _destination.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _destination.FlushAsync(cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_finished)
        {
            _finished = true;
            try
            {
                _destination.Write(_sealed, 0, SealBufferedChunk(isLast: true));
                _destination.Flush();
            }
            finally
            {
                Release();
                if (!_leaveOpen) _destination.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            try
            {
                await _destination.WriteAsync(_sealed.AsMemory(0, SealBufferedChunk(isLast: true)));
                await _destination.FlushAsync();
            }
            finally
            {
                Release();
                if (!_leaveOpen) await _destination.DisposeAsync();
            }
        }
        await base.DisposeAsync();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Drops the key and wipes the plaintext still held.</summary>
    private void Release()
    {
        _aes.Dispose();
        CryptographicOperations.ZeroMemory(_plaintext);
    }

    /// <summary>Copies as much as fits into the chunk being filled, and returns how much that was.</summary>
    private int Buffer(ReadOnlySpan<byte> buffer)
    {
        var taken = Math.Min(buffer.Length, _plaintext.Length - _buffered);
        buffer[..taken].CopyTo(_plaintext.AsSpan(_buffered));
        _buffered += taken;
        _written += taken;
        return taken;
    }

    /// <summary>Seals the buffered plaintext into <c>_sealed</c>, after the header when it is the first chunk, and returns how many bytes there are to write.</summary>
    private int SealBufferedChunk(bool isLast)
    {
        var offset = 0;
        if (_chunkIndex == 0)
        {
            SealedFileFormat.WriteHeader(_sealed, _noncePrefix);
            offset = SealedFileFormat.HeaderSize;
        }
        Span<byte> nonce = stackalloc byte[SealedFileFormat.NonceSize];
        Span<byte> associatedData = stackalloc byte[SealedFileFormat.AssociatedDataSize];
        SealedFileFormat.Nonce(_noncePrefix, _chunkIndex, nonce);
        SealedFileFormat.AssociatedData(_chunkIndex, isLast, associatedData);
        var ciphertext = _sealed.AsSpan(offset, _buffered);
        var tag = _sealed.AsSpan(offset + _buffered, SealedFileFormat.TagSize);
        _aes.Encrypt(nonce, _plaintext.AsSpan(0, _buffered), ciphertext, tag, associatedData);
        _chunkIndex++;
        var length = offset + _buffered + SealedFileFormat.TagSize;
        _buffered = 0;
        return length;
    }
}
