using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>
/// The built portal running for real on a free Kestrel port, over a fresh data folder seeded with the demo data,
/// and one headless Chromium that every test opens its own browser context in.
/// </summary>
public class PortalApp : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string> extraSettings;

    public PortalApp() : this(new Dictionary<string, string>()) { }

    /// <param name="extraSettings">Environment settings for this app only, e.g. the test clock for a journey that passes a deadline.</param>
    protected PortalApp(IReadOnlyDictionary<string, string> extraSettings) => this.extraSettings = extraSettings;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private const int LogLinesKept = 200;

    private readonly ConcurrentQueue<string> log = new();
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"portal-e2e-{Guid.NewGuid():N}");
    private Process? app;
    private IPlaywright? playwright;

    public Uri BaseUrl { get; private set; } = default!;

    /// <summary>Where the app writes each email it sends as an .eml file, having no mail server to send it through.</summary>
    public string MailOutboxFolder => Path.Combine(dataFolder, "mail-outbox");
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataFolder);
        BaseUrl = new Uri($"http://127.0.0.1:{TestBrowser.FreePort()}");
        app = StartApp();
        await WaitUntilHealthyAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await TestBrowser.LaunchAsync(playwright);
    }

    /// <summary>A page in a context of its own, so each test starts signed out with no cookies.</summary>
    public Task<IPage> NewPageAsync() => TestBrowser.NewPageAsync(Browser, BaseUrl);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (app is not null)
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            app.Dispose();
        }
        Directory.Delete(dataFolder, recursive: true);
    }

    private Process StartApp()
    {
        // Portal is a project reference, so its build (Portal.dll with its deps, runtimeconfig and static web asset
        // manifests) sits beside this assembly, built in the same configuration as the tests.
        var startInfo = new ProcessStartInfo
        {
            // The dotnet CLI tells the processes it starts where its host is; a bare "dotnet" on PATH serves otherwise.
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Portal.dll"), "--urls", BaseUrl.ToString().TrimEnd('/') },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["Portal__DataFolder"] = dataFolder;
        // The tests sign in as the demo users.
        startInfo.Environment["Portal__SeedDemoData"] = "true";
        // Timed moves would change commissions under the tests' feet.
        startInfo.Environment["Portal__Scheduler__Enabled"] = "false";
        // Emails are written to the outbox folder within a second, with links to this app, for tests that follow them.
        startInfo.Environment["Portal__Mail__DispatcherEnabled"] = "true";
        startInfo.Environment["Portal__Mail__IntervalSeconds"] = "1";
        startInfo.Environment["Portal__PublicUrl"] = BaseUrl.ToString();
        foreach (var (name, value) in extraSettings) startInfo.Environment[name] = value;

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (app!.HasExited)
                throw new InvalidOperationException($"The portal exited with code {app.ExitCode} before it was healthy.\n{Log()}");
            try
            {
                using var response = await http.GetAsync("/health");
                last = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && last == "Healthy") return;
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException ex)
            {
                last = ex.Message;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The portal at {BaseUrl} was not healthy within {StartupTimeout.TotalSeconds:0} s (last answer: {last}).\n{Log()}");
    }

    /// <summary>The first link matching <paramref name="link"/> in an email to <paramref name="email"/>, once the app has written it to its outbox folder.</summary>
    public async Task<string> LinkEmailedToAsync(string email, System.Text.RegularExpressions.Regex link)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var files = Directory.Exists(MailOutboxFolder) ? Directory.GetFiles(MailOutboxFolder, "*.eml") : [];
            foreach (var file in files)
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == email) && link.Match(message.TextBody ?? "") is { Success: true } found) return found.Value;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"No email to {email} with a matching link reached {MailOutboxFolder} within 30 s.");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        log.Enqueue(line);
        while (log.Count > LogLinesKept) log.TryDequeue(out _);
    }

    private string Log() => string.Join('\n', log);
}

[CollectionDefinition(Name)]
public sealed class PortalAppCollection : ICollectionFixture<PortalApp>
{
    public const string Name = "Portal app";
}
