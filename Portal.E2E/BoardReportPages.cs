using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Performance;
using Portal.Infrastructure;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>The board report as an officer uses it, step by step, for any browser test that needs it.</summary>
public static class BoardReportPages
{
    /// <summary>Opens the board report from the menu and waits for its charts.</summary>
    public static async Task OpenBoardReportAsync(this IPage officer)
    {
        await officer.GetByRole(AriaRole.Link, new() { Name = "Board reports" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Board report", Exact = true })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("measure-chart").First.Locator("svg").First).ToBeVisibleAsync();
    }

    /// <summary>Downloads the report's PDF and returns the text of its pages, white space collapsed.</summary>
    public static async Task<(string FileName, string Text)> DownloadBoardReportPdfAsync(this IPage officer)
    {
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.GetByTestId("board-report-pdf").ClickAsync());
        using var document = PdfDocument.Open(await download.PathAsync());
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        return (download.SuggestedFilename, text);
    }

    /// <summary>Downloads the report's workbook and opens it; the caller disposes it.</summary>
    public static async Task<(string FileName, XLWorkbook Workbook, string Path)> DownloadBoardReportWorkbookAsync(this IPage officer)
    {
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.GetByTestId("board-report-xlsx").ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, new XLWorkbook(File.OpenRead(path)), path);
    }
}

/// <summary>
/// The portal on a real Kestrel port in this process, its clock set to 10 May 2024 (after the reference contract's last meetings) and its
/// outcomes framework scripted: quarterly returns for COM-0001 from July 2022 to March 2024, the last quarter's figures self-reported.
/// </summary>
public sealed class ContractManagementApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Today = UkTime.FromUkLocal(new DateTime(2024, 5, 10, 9, 0, 0));

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"portal-e2e-meetings-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;

    public Uri BaseUrl { get; } = new($"http://127.0.0.1:{TestBrowser.FreePort()}");
    public IBrowser Browser { get; private set; } = default!;
    public Guid ReferenceCommissionId { get; private set; }

    /// <summary>Moves the portal's clock to a UK wall-clock time.</summary>
    public void SetClock(DateTime ukLocal) => Services.GetRequiredService<ShiftedClock>().Set(UkTime.FromUkLocal(ukLocal));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataFolder", _dataFolder);
        builder.UseSetting("Portal:SeedDemoData", "true");
        builder.UseSetting("Portal:Scheduler:Enabled", "false");
        builder.UseSetting("Portal:TestClock:Enabled", "true");
        builder.UseSetting("Portal:PublicUrl", BaseUrl.ToString());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IContractPerformanceSource>();
            services.AddSingleton<IContractPerformanceSource, ScriptedReturns>();
        });
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        UseKestrel(BaseUrl.Port);
        StartServer();
        Services.GetRequiredService<ShiftedClock>().Set(Today);
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
            ReferenceCommissionId = await db.Commissions.Where(c => c.Number == 1).Select(c => c.Id).SingleAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await TestBrowser.LaunchAsync(_playwright);
    }

    public Task<IPage> NewPageAsync() => TestBrowser.NewPageAsync(Browser, BaseUrl);

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner.
        }
    }

    /// <summary>Seed 001's measures and 12-week sustained employment, quarter by quarter, around their targets.</summary>
    private sealed class ScriptedReturns : IContractPerformanceSource
    {
        private static readonly (string Key, string Name, string Unit, decimal Target)[] Measures =
        [
            ("training", "Training placements created", "clients", 6),
            ("employment", "Employment placements created", "clients", 5),
            ("starting", "Clients starting placements", "clients", 8),
            ("completing", "Clients completing placements", "clients", 6),
            ("not-reoffending", "Clients not reoffending", "%", 80),
            ("sustained-12", "Sustained employment at 12 weeks", "clients", 3),
        ];

        private static readonly IReadOnlyList<ReportingPeriod> Quarters = ReportingPeriods.Between(new DateOnly(2022, 6, 27), new DateOnly(2024, 4, 30))
            .Where(q => q.Starts >= new DateOnly(2022, 7, 1) && q.Ends <= new DateOnly(2024, 3, 31)).ToList();

        public Task<ContractPerformance> GetAsync(Guid contractId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ContractPerformance(contractId, 30, Quarters.Select((q, i) => new PeriodPerformance(q, q.Ends.AddDays(15),
                UkTime.FromUkLocal(q.Ends.AddDays(12).ToDateTime(new TimeOnly(9, 0))), false, 14 + i % 4, 11 + i % 3, 22 + i % 6,
                "Two new employer partners in Stoke; one ETE worker on leave for three weeks.",
                Measures.Select((m, j) =>
                {
                    var actual = Math.Max(0, m.Target + ((i * 3 + j * 5) % 7 - 2) * (m.Unit == "%" ? 3 : 1));
                    var rating = actual >= m.Target ? RagRating.Green : actual >= m.Target * 0.85m ? RagRating.Amber : RagRating.Red;
                    return new MeasureFigure(m.Key, m.Name, m.Unit, BetterWhen.Higher, m.Target, actual,
                        i == Quarters.Count - 1 ? FigureStatus.SelfReported : FigureStatus.Verified, rating);
                }).ToList())).ToList()));
    }
}

[CollectionDefinition(Name)]
public sealed class ContractManagementAppCollection : ICollectionFixture<ContractManagementApp>
{
    public const string Name = "Portal app in contract management, returns scripted";
}
