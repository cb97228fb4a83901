using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Tests.Uploads;

/// <summary>
/// A real clamd (Debian's clamav-daemon) for the scanner tests, started fresh in a temporary folder: on a unix socket
/// there and on a free loopback port, with a database of two signatures (the EICAR test file's MD5, and a marker of the tests' own), so it starts in a
/// moment and needs no freshclam. It runs as whoever runs the tests, so no User option is set. When clamd is not
/// installed the tests fail and say so, rather than pass unscanned: test.sh installs it.
/// </summary>
public sealed class ClamdFixture : IAsyncLifetime
{
    public const string ClamdPath = "/usr/sbin/clamd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _output = new();
    private Process? _clamd;

    public ClamdFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "portal-clamd-" + Guid.NewGuid().ToString("N")[..12]);
        SocketPath = Path.Combine(Folder, "clamd.sock");
        Port = FreePort();
    }

    /// <summary>
    /// A signature of the fixture's own: any file that holds <see cref="Marker"/> anywhere in it. The EICAR file must
    /// start at the file's first byte, so it can never pass the portal's type check first; a real PDF with this marker
    /// in it can, and shows that an upload the scanner flags is refused.
    /// </summary>
    public const string MarkerSignatureName = "Portal-Test-Marker";

    public const string Marker = "PORTAL-TEST-INFECTED-MARKER";

    public string Folder { get; }
    public string SocketPath { get; }
    public int Port { get; }
    public EndPoint TcpEndPoint => new IPEndPoint(IPAddress.Loopback, Port);
    public EndPoint UnixEndPoint => new UnixDomainSocketEndPoint(SocketPath);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ClamdPath))
            throw new InvalidOperationException($"clamd is not installed ({ClamdPath} is missing): install Debian's clamav-daemon package, as test.sh does.");
        var database = Path.Combine(Folder, "db");
        Directory.CreateDirectory(database);
        var eicar = EicarTestFile.Bytes;
        await File.WriteAllTextAsync(Path.Combine(database, "eicar.hdb"),
            $"{Convert.ToHexStringLower(MD5.HashData(eicar))}:{eicar.Length}:{EicarTestFile.SignatureName}\n");
        // A body signature (.ndb): name, target type 0 (any file), offset * (anywhere), the marker's bytes in hex.
        await File.WriteAllTextAsync(Path.Combine(database, "portal-test.ndb"),
            $"{MarkerSignatureName}:0:*:{Convert.ToHexStringLower(Encoding.ASCII.GetBytes(Marker))}\n");
        var configuration = Path.Combine(Folder, "clamd.conf");
        // StreamMaxLength is raised past clamd's 25 MB default so the large-upload test is scanned, as production's must be.
        await File.WriteAllTextAsync(configuration, $"""
            Foreground yes
            LocalSocket {SocketPath}
            TCPSocket {Port}
            TCPAddr 127.0.0.1
            DatabaseDirectory {database}
            StreamMaxLength 200M
            """);

        var start = new ProcessStartInfo(ClamdPath, ["--config-file", configuration])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _clamd = Process.Start(start) ?? throw new InvalidOperationException($"{ClamdPath} did not start.");
        _clamd.OutputDataReceived += (_, line) => Record(line.Data);
        _clamd.ErrorDataReceived += (_, line) => Record(line.Data);
        _clamd.BeginOutputReadLine();
        _clamd.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
    }

    public async Task DisposeAsync()
    {
        if (_clamd is { HasExited: false })
        {
            _clamd.Kill(entireProcessTree: true);
            await _clamd.WaitForExitAsync();
        }
        _clamd?.Dispose();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartTimeout)
        {
            if (_clamd!.HasExited) throw new InvalidOperationException($"clamd exited ({_clamd.ExitCode}) before it answered:\n{Output()}");
            if (await AnswersPingAsync()) return;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"clamd did not answer PING within {StartTimeout.TotalSeconds} s:\n{Output()}");
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(UnixEndPoint);
            await socket.SendAsync("zPING\0"u8.ToArray());
            var reply = new byte[16];
            var read = await socket.ReceiveAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private string Output()
    {
        lock (_output) return _output.ToString();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
