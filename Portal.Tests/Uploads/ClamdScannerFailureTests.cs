using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Portal.Components.Uploads;

namespace Portal.Tests.Uploads;

/// <summary>When clamd cannot give a verdict the file is refused (fail closed), with a message asking to try again.</summary>
public sealed class ClamdScannerFailureTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public ClamdScannerFailureTests() => _listener.Start();

    public void Dispose() => _listener.Stop();

    private IPEndPoint ListenerEndPoint => (IPEndPoint)_listener.LocalEndpoint;

    [Fact]
    public async Task Nothing_listening_is_a_failure_that_refuses_the_file()
    {
        var nothingThere = ListenerEndPoint;
        _listener.Stop();

        var result = await Scanner(nothingThere, TimeSpan.FromSeconds(5)).ScanAsync(Pdf(), CancellationToken.None);

        Assert.Equal(VirusScanOutcome.Failed, result.Outcome);
        Assert.Contains("could not be reached", result.FailureReason);
        Assert.StartsWith("This file could not be checked for viruses just now, so it was not accepted.", result.UserMessage);
    }

    [Fact]
    public async Task A_scanner_that_never_answers_fails_after_the_timeout()
    {
        var silent = AcceptAndStaySilentAsync();
        var stopwatch = Stopwatch.StartNew();

        var result = await Scanner(ListenerEndPoint, TimeSpan.FromSeconds(1)).ScanAsync(Pdf(), CancellationToken.None);

        (await silent).Dispose();

        Assert.Equal(VirusScanOutcome.Failed, result.Outcome);
        Assert.Contains("did not answer within 1 s", result.FailureReason);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_callers_own_cancellation_throws_rather_than_reporting_a_failure()
    {
        var silent = AcceptAndStaySilentAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Scanner(ListenerEndPoint, TimeSpan.FromSeconds(30)).ScanAsync(Pdf(), cancellation.Token));

        (await silent).Dispose();
    }

    [Theory]
    [InlineData("INSTREAM size limit exceeded. ERROR", "StreamMaxLength")]
    [InlineData("UNKNOWN COMMAND", "replied \"UNKNOWN COMMAND\"")]
    [InlineData("", "without an answer")]
    public async Task A_reply_that_is_not_a_verdict_is_a_failure(string reply, string reason)
    {
        var server = ReplyAfterTheStreamAsync(reply);

        var result = await Scanner(ListenerEndPoint, TimeSpan.FromSeconds(10)).ScanAsync(Pdf(), CancellationToken.None);

        await server;
        Assert.Equal(VirusScanOutcome.Failed, result.Outcome);
        Assert.Contains(reason, result.FailureReason);
    }

    /// <summary>Accepts one connection when it comes and never says a word on it; the test closes it when done.</summary>
    private Task<TcpClient> AcceptAndStaySilentAsync() => _listener.AcceptTcpClientAsync();

    /// <summary>Plays clamd for one connection: reads the INSTREAM command and chunks to the end marker, then says <paramref name="reply"/> and hangs up.</summary>
    private async Task ReplyAfterTheStreamAsync(string reply)
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var connection = client.GetStream();
        var command = new byte["zINSTREAM\0".Length];
        await connection.ReadExactlyAsync(command);
        var length = new byte[4];
        while (true)
        {
            await connection.ReadExactlyAsync(length);
            var chunk = (int)BinaryPrimitives.ReadUInt32BigEndian(length);
            if (chunk == 0) break;
            await connection.ReadExactlyAsync(new byte[chunk]);
        }
        if (reply.Length > 0) await connection.WriteAsync(Encoding.ASCII.GetBytes(reply + "\0"));
    }

    private static MemoryStream Pdf() => new(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"));

    private static ClamdScanner Scanner(EndPoint clamd, TimeSpan timeout) => new(clamd, timeout);
}
