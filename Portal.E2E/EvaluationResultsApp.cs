using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Portal.Components.Clarifications;
using Portal.Components.Responses;
using Portal.Components.Scheduling;
using Portal.Components.TenderBox;
using Portal.Data;
using Portal.Domain.Clarifications;
using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.E2E;

/// <summary>
/// The portal on a real Kestrel port in this process, so the test can stand in for moderation: the demo's COM-0003 is
/// taken to evaluation through the app's own services (its waiting question answered, three bidders' sealed responses
/// submitted, the clock moved past the deadline, the box opened by two officers), and moderation's sheet over those
/// responses comes from <see cref="ScriptedSheets"/> until the panel's own is built.
/// </summary>
public sealed class EvaluationResultsApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Pathways = "Pathways to Work CIC";
    public const string SecondChance = "Second Chance Skills Trust";
    public const string Midlands = "Midlands Employment Partnership Ltd";

    /// <summary>Each bidder's two yearly prices: Midlands' total (£110,000) is more than 20% below the mean.</summary>
    private static readonly Dictionary<string, decimal[]> Prices = new()
    {
        [Pathways] = [78_000, 79_500],
        [SecondChance] = [75_000, 75_000],
        [Midlands] = [55_000, 55_000],
    };

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"portal-e2e-results-{Guid.NewGuid():N}");
    private readonly ScriptedSheets _sheets = new();
    private IPlaywright? _playwright;

    public Uri BaseUrl { get; } = new($"http://127.0.0.1:{FreePort()}");
    public IBrowser Browser { get; private set; } = default!;
    public Guid CommissionId { get; private set; }

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
            services.RemoveAll<IModeratedSheetSource>();
            services.AddSingleton<IModeratedSheetSource>(_sheets);
        });
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        UseKestrel(BaseUrl.Port);
        StartServer();
        await TakeComThreeToEvaluationAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = "en-GB", AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

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

    private async Task TakeComThreeToEvaluationAsync()
    {
        Guid ittId;
        await using (var db = await OpenDbAsync())
        {
            CommissionId = await db.Commissions.Where(c => c.Number == 3).Select(c => c.Id).SingleAsync();
            ittId = await db.Set<InvitationToTender>().Where(i => i.CommissionId == CommissionId).Select(i => i.Id).SingleAsync();
        }
        var officer = await ActorAsync(DemoUsers.ProcurementOfficer);
        await AnswerWaitingQuestionsAsync(ittId, officer);
        foreach (var (supplier, yearly) in Prices)
            await SubmitAsync(ittId, await ActorAsync(DemoUsers.Suppliers.Single(s => s.SupplierName == supplier)), yearly);

        DateTimeOffset deadline;
        await using (var db = await OpenDbAsync())
            deadline = (await db.Set<InvitationToTender>().SingleAsync(i => i.Id == ittId)).TenderDeadline!.Value;
        Services.GetRequiredService<ShiftedClock>().Set(deadline.AddMinutes(1));
        for (var run = 0; run < 3; run++) await Services.GetRequiredService<TimedMoveService>().RunDueMovesAsync();
        foreach (var opener in new[] { officer, await ActorAsync(DemoUsers.SecondProcurementOfficer) })
            Succeeded(await For<TenderBoxService>(opener).ConfirmOpeningAsync(CommissionId));

        await using (var db = await OpenDbAsync())
        {
            var responses = await db.Set<TenderResponse>().Where(r => r.InvitationToTenderId == ittId).ToListAsync();
            _sheets.Put(new ModeratedSheet(CommissionId, ittId,
            [
                Moderated(responses.Single(r => r.SupplierName == Pathways), 5, 4, 4, 4),
                Moderated(responses.Single(r => r.SupplierName == SecondChance), 4, 3, 3, 3),
                Moderated(responses.Single(r => r.SupplierName == Midlands), 2, 2, 2, 2),
            ], Complete: true));
        }
    }

    private static ModeratedBid Moderated(TenderResponse response, int q1, int q2, int q3, int socialValue) =>
        new(response.Id, response.SupplierId, response.SupplierName, Money.FromPounds(Prices[response.SupplierName].Sum()), null,
        [
            new("Q1", q1, $"Consensus: {Descriptor(q1)} account of engaging women in the first week after release."),
            new("Q2", q2, $"Consensus: {Descriptor(q2)} approach to risk and information sharing with probation."),
            new("Q3", q3, $"Consensus: {Descriptor(q3)} partnership with housing, finance and employment services."),
            new("SV", socialValue, $"Consensus: {Descriptor(socialValue)} social value commitments."),
        ]);

    private static string Descriptor(int score) => score switch { 5 => "an excellent", 4 => "a good", 3 => "a satisfactory", _ => "a weak" };

    private async Task AnswerWaitingQuestionsAsync(Guid ittId, Actor officer)
    {
        List<Guid> waiting;
        await using (var db = await OpenDbAsync())
            waiting = await db.Set<ClarificationQuestion>().Where(q => q.InvitationToTenderId == ittId && q.AnsweredAt == null).Select(q => q.Id).ToListAsync();
        foreach (var id in waiting)
            Succeeded(await For<ClarificationService>(officer).AnswerAsync(CommissionId, id, "Yes: the service runs across the whole county.",
                AnswerAudience.AllInvitedSuppliers, null, null));
    }

    private async Task SubmitAsync(Guid ittId, Actor bidder, decimal[] yearly)
    {
        var responses = For<TenderResponseService>(bidder);
        var view = (await responses.GetAsync(ittId)).Value!;
        var content = new ResponseContent
        {
            Compliance = view.ComplianceQuestions.Select(_ => new ComplianceAnswer(true, "Certificate held.")).ToList(),
            Quality = view.QualityQuestions.Select((_, i) => $"{bidder.DisplayName}'s answer to question {i + 1}.").ToList(),
            YearlyPrices = yearly.Select(p => (Money?)Money.FromPounds(p)).ToList(),
            SocialValue = "Apprenticeships for local women.",
            Declarations = TenderDeclarations.All.Select(d => d.Key).ToList(),
        };
        Succeeded(await responses.SaveDraftAsync(ittId, content, view.ConcurrencyToken));
        await UploadPricingScheduleAsync(ittId, bidder);
        Succeeded(await responses.SubmitAsync(ittId));
    }

    /// <summary>The ITT issued a pricing schedule, so each response attaches one, sent as the upload endpoint receives it.</summary>
    private async Task UploadPricingScheduleAsync(Guid ittId, Actor bidder)
    {
        using var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent("%PDF-1.4\n% pricing schedule\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray());
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", "pricing-schedule.pdf");
        var http = new DefaultHttpContext();
        http.Request.ContentType = form.Headers.ContentType!.ToString();
        http.Request.Body = await form.ReadAsStreamAsync();
        using var scope = Services.CreateScope();
        var uploaded = await scope.ServiceProvider.GetRequiredService<ResponseFileStore>()
            .UploadAsync(ittId, ResponseFileSlot.PricingSchedule, null, bidder, http.Request, CancellationToken.None);
        if (uploaded.Outcome != OperationOutcome.Succeeded) throw new InvalidOperationException($"The pricing schedule was refused: {uploaded.Message}");
    }

    private async Task<Actor> ActorAsync(DemoUsers.DemoUser user)
    {
        await using var db = await OpenDbAsync();
        var id = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
        return new Actor(id, user.DisplayName, new HashSet<string> { user.Role }, user.Position);
    }

    private T For<T>(Actor actor) where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(Services.CreateScope().ServiceProvider, new ActingAs(actor));

    private async Task<PortalDbContext> OpenDbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private static void Succeeded(OperationResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Setting up the evaluation was refused: {result.Message}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class ActingAs(Actor actor) : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(actor);
    }

    /// <summary>Moderation's sheet for each commission, as the fixture put it.</summary>
    private sealed class ScriptedSheets : IModeratedSheetSource
    {
        private readonly ConcurrentDictionary<Guid, ModeratedSheet> _sheets = new();

        public void Put(ModeratedSheet sheet) => _sheets[sheet.CommissionId] = sheet;

        public Task<ModeratedSheet?> GetAsync(Guid commissionId, CancellationToken cancellationToken = default) =>
            Task.FromResult(_sheets.GetValueOrDefault(commissionId));
    }
}

/// <summary>Run alone, after the other collections: the app shares this process's thread pool with the tests driving it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EvaluationResultsAppCollection : ICollectionFixture<EvaluationResultsApp>
{
    public const string Name = "Portal app in evaluation, moderation scripted";
}
