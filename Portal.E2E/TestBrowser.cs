using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>What every app the browser tests serve shares: a free port, Debian's headless Chromium, and a fresh context for each page.</summary>
public static class TestBrowser
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // Assertions wait for what the circuit renders, which on a busy CI machine can take longer than the 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Playwright's own browser download is not reachable; Debian's chromium is (test.sh installs it when missing).
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Without the networking flags Chromium keeps calling Google's services, which a closed CI network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A page in a context of its own, so each test starts signed out with no cookies.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-GB",
            AcceptDownloads = true,
        });
        // A Blazor Server page on a busy two-core CI machine can take a while to connect its circuit.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }
}
