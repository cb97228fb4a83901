using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Components.Responses;
using Portal.Data;

namespace Portal.Benchmark.Responses;

/// <summary>
/// The upload command: a supplier user uploads a 100 MB PDF to the demo's open tender in Chromium, through the response
/// page's own upload control, to the portal running as its own process on loopback. Timed from choosing the file to the
/// file appearing in the page's list; the portal's memory is sampled from /proc while it runs.
/// </summary>
public static class UploadBenchmark
{
    public const long FileBytes = 100_000_000;
    public const double TargetSeconds = 10;
    public const double TargetGrowthMb = 50;
    private const string Bidder = "bids@pathwaystowork.test";

    public static async Task<int> RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("portal-upload-").FullName;
        try
        {
            var dataFolder = Path.Combine(folder, "data");
            var pdf = Path.Combine(folder, "supporting-evidence.pdf");
            LargePdf.Write(pdf, FileBytes);
            await using var portal = await PortalProcess.StartAsync(dataFolder, new Dictionary<string, string>
            {
                ["Portal__Responses__MaxFileBytes"] = ResponseLimits.DefaultMaxFileBytes.ToString(),
            });
            var ittId = await IttIdAsync(dataFolder);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                // Playwright's own browser download is not reachable; Debian's chromium is.
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.ToString(), Locale = "en-GB" });
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await SignInAsync(page);
            await page.GotoAsync($"/tenders/{ittId}/response");
            await WaitForInteractiveAsync(page);
            var listed = page.Locator("[data-testid=files-supporting] [data-testid=response-file]");

            Console.WriteLine($"Uploading {FileBytes:N0} bytes as {Bidder} to /tenders/{ittId}/response on {Environment.ProcessorCount} cores; {Machine.LoadAverage()}");
            TimeSpan elapsed;
            MemorySampler memory;
            await using (memory = new MemorySampler(portal.ProcessId))
            {
                var started = Stopwatch.GetTimestamp();
                await page.Locator("#upload-supporting").SetInputFilesAsync(pdf);
                await listed.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 300_000 });
                elapsed = Stopwatch.GetElapsedTime(started);
            }
            var shown = await listed.First.InnerTextAsync();
            var stored = StoredBytes(dataFolder, ittId);

            Console.WriteLine($"Upload: {elapsed.TotalSeconds:N2} s ({FileBytes / elapsed.TotalSeconds / 1_000_000:N1} MB/s); listed as \"{shown.Split('\n')[0].Trim()}\"; " +
                $"{stored:N0} bytes stored sealed");
            Console.WriteLine($"Portal memory over {memory.Samples} samples: working set (VmRSS) {memory.BaselineRssKb / 1024.0:N1} MB before, " +
                $"peak {memory.PeakRssKb / 1024.0:N1} MB, growth {memory.RssGrowthMb:N1} MB; private (RssAnon) growth {memory.AnonGrowthMb:N1} MB; " +
                Machine.LoadAverage());
            var passed = elapsed.TotalSeconds < TargetSeconds && memory.RssGrowthMb < TargetGrowthMb;
            Console.WriteLine(passed
                ? $"PASS: under {TargetSeconds:N0} s and under {TargetGrowthMb:N0} MB of growth"
                : $"FAIL: target is under {TargetSeconds:N0} s and under {TargetGrowthMb:N0} MB of growth");
            return passed ? 0 : 1;
        }
        finally
        {
            Machine.DeleteFolder(folder);
        }
    }

    private static async Task<Guid> IttIdAsync(string dataFolder)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(BenchmarkStorage.For(dataFolder).ConnectionString).Options;
        await using var db = new PortalDbContext(options);
        return (await DemoOpenTender.IttAsync(db)).Id;
    }

    /// <summary>The size of what was written to the ITT's response folder: the sealed file, slightly larger than what was sent.</summary>
    private static long StoredBytes(string dataFolder, Guid ittId)
    {
        var folder = Path.Combine(dataFolder, "files", "responses", ittId.ToString("N"));
        return Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) : 0;
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(Bidder);
        await page.Locator("#password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>
    /// Waits for the page's Blazor circuit: the server prerenders the page, and a file chosen before the interactive render
    /// replaces the markup is lost. The circuit API appears once it starts, and the interactive renderer marks each component
    /// it places with an empty "!" comment.
    /// </summary>
    private static Task WaitForInteractiveAsync(IPage page) => page.WaitForFunctionAsync("""
        () => typeof window.Blazor?.disconnect === 'function'
            && document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT, { acceptNode: c => c.data === '!' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP }).nextNode() !== null
        """);
}
