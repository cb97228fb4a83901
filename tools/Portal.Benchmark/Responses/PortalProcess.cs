using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmark.Responses;

/// <summary>
/// The built portal (Portal.dll, beside this tool as a project reference) running as its own process on a free loopback
/// port over a data folder seeded with the demo data, so its memory can be read from outside and a browser can use it.
/// </summary>
public sealed class PortalProcess(Process process, Uri baseUrl, ConcurrentQueue<string> log) : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    public Uri BaseUrl => baseUrl;
    public int ProcessId => process.Id;

    public static async Task<PortalProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var startInfo = new ProcessStartInfo
        {
            // The dotnet CLI tells the processes it starts where its host is; a bare "dotnet" on PATH serves otherwise.
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Portal.dll"), "--urls", baseUrl.ToString().TrimEnd('/') },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["Portal__DataFolder"] = dataFolder;
        startInfo.Environment["Portal__SeedDemoData"] = "true";
        startInfo.Environment["Portal__Scheduler__Enabled"] = "false";
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) startInfo.Environment[key] = value;

        var log = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, baseUrl, log);
        try
        {
            await portal.WaitUntilHealthyAsync();
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
        return portal;
    }

    public string Log() => string.Join('\n', log);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The portal exited with code {process.ExitCode} before it was healthy.\n{Log()}");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() == "Healthy") return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The portal at {baseUrl} was not healthy within {StartupTimeout.TotalSeconds:0} s.\n{Log()}");
    }

    private static void Keep(ConcurrentQueue<string> log, string? line)
    {
        if (line is null) return;
        log.Enqueue(line);
        while (log.Count > 200) log.TryDequeue(out _);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
