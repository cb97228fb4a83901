using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.Components.Uploads;

/// <summary>
/// Scans with clamd (Debian's clamav-daemon), over TCP or its unix socket, by the INSTREAM command: the content is sent
/// in chunks as it is read, never whole in memory. It fails closed: clamd unreachable, an error reply, a reply it does
/// not understand, or no answer within the timeout is a Failed result, which refuses the file. The caller, which knows
/// whose file it is, logs the refusal. clamd refuses a stream longer than its StreamMaxLength (25 MB unless set), so
/// production clamd needs StreamMaxLength of at least the portal's per-file upload limit (100 MB).
/// </summary>
public sealed class ClamdScanner(EndPoint clamd, TimeSpan timeout) : IVirusScanner
{
    private const int ChunkSize = 64 * 1024;
    private const int LengthPrefixSize = 4;
    private const int MaxReplyLength = 4096;
    private const string StreamPrefix = "stream: ";
    private const string FoundSuffix = " FOUND";

    public async Task<VirusScanResult> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return Interpret(await ExchangeAsync(content, deadline.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return VirusScanResult.Failed($"clamd at {Describe(clamd)} did not answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return VirusScanResult.Failed($"clamd at {Describe(clamd)} could not be reached, or broke off: {ex.Message}");
        }
    }

    public override string ToString() => $"clamd at {Describe(clamd)}";

    private async Task<string> ExchangeAsync(Stream content, CancellationToken cancellationToken)
    {
        using var socket = clamd is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(clamd, cancellationToken);
        await using var connection = new NetworkStream(socket);
        await connection.WriteAsync("zINSTREAM\0"u8.ToArray(), cancellationToken);
        try
        {
            await SendChunksAsync(content, connection, cancellationToken);
        }
        catch (IOException)
        {
            // clamd stops reading a stream it refuses (one over its StreamMaxLength) and says why before it closes.
            if (await TryReadReplyAsync(connection, cancellationToken) is { Length: > 0 } reply) return reply;
            throw;
        }
        return await ReadReplyAsync(connection, cancellationToken);
    }

    /// <summary>Each chunk goes as its length (four bytes, big-endian) and its bytes; a zero length ends the stream.</summary>
    private static async Task SendChunksAsync(Stream content, Stream connection, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(LengthPrefixSize + ChunkSize);
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(LengthPrefixSize, ChunkSize), cancellationToken)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
                await connection.WriteAsync(buffer.AsMemory(0, LengthPrefixSize + read), cancellationToken);
            }
            BinaryPrimitives.WriteUInt32BigEndian(buffer, 0);
            await connection.WriteAsync(buffer.AsMemory(0, LengthPrefixSize), cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<string?> TryReadReplyAsync(Stream connection, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadReplyAsync(connection, cancellationToken);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The reply, up to the NUL that ends it (or the connection's end).</summary>
    private static async Task<string> ReadReplyAsync(Stream connection, CancellationToken cancellationToken)
    {
        var reply = new byte[MaxReplyLength];
        var length = 0;
        while (length < reply.Length)
        {
            var read = await connection.ReadAsync(reply.AsMemory(length), cancellationToken);
            if (read == 0) break;
            var end = Array.IndexOf(reply, (byte)0, length, read);
            length += read;
            if (end >= 0) return Encoding.ASCII.GetString(reply, 0, end).Trim();
        }
        return Encoding.ASCII.GetString(reply, 0, length).Trim();
    }

    /// <summary>"stream: OK", "stream: NAME FOUND", or a reason ending in "ERROR" (such as "INSTREAM size limit exceeded. ERROR").</summary>
    private VirusScanResult Interpret(string reply)
    {
        if (reply == StreamPrefix + "OK") return VirusScanResult.Clean;
        if (reply.StartsWith(StreamPrefix, StringComparison.Ordinal) && reply.EndsWith(FoundSuffix, StringComparison.Ordinal))
            return VirusScanResult.Infected(reply[StreamPrefix.Length..^FoundSuffix.Length]);
        if (reply.Contains("size limit exceeded", StringComparison.OrdinalIgnoreCase))
            return VirusScanResult.Failed($"the file is longer than {this} accepts (its StreamMaxLength): \"{reply}\"");
        return VirusScanResult.Failed(reply.Length == 0 ? $"{this} closed the connection without an answer" : $"{this} replied \"{reply}\"");
    }

    private static string Describe(EndPoint endPoint) => endPoint switch
    {
        DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        _ => endPoint.ToString() ?? endPoint.GetType().Name,
    };
}
