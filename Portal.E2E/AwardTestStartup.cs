using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Clarifications;
using Portal.Components.Commissions;
using Portal.Components.Responses;
using Portal.Components.Scheduling;
using Portal.Components.TenderBox;
using Portal.Data;
using Portal.Domain.Clarifications;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;
using Portal.Tests.Integration.Award;

[assembly: HostingStartup(typeof(Portal.E2E.AwardTestStartup))]

namespace Portal.E2E;

/// <summary>
/// Loaded into the portal under test (Development only, through <c>Portal:Testing:StartupAssembly</c>) for the award journey: the
/// stand-in for the evaluation stage's outcome, and <c>POST /testing/award/evaluated-tender?commission=3</c>, which takes a demo
/// tender to evaluation through the portal's own services, as its bidders and officers would in their pages.
/// </summary>
public sealed class AwardTestStartup : IHostingStartup
{
    public const string PreparePath = "/testing/award/evaluated-tender";

    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices(services =>
    {
        services.AddSingleton<IEvaluationOutcomeSource, StandInEvaluationOutcomes>();
        services.AddTransient<IStartupFilter, PrepareEndpoint>();
    });

    private sealed class PrepareEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path != PreparePath)
                {
                    await following();
                    return;
                }
                var number = int.Parse(context.Request.Query["commission"].ToString());
                await using var scope = context.RequestServices.CreateAsyncScope();
                var (commissionId, ittId) = await new EvaluatedTender(scope.ServiceProvider).PrepareAsync(number);
                await context.Response.WriteAsJsonAsync(new { commissionId, ittId });
            });
            next(app);
        };
    }
}

/// <summary>Two demo bidders submit, the deadline passes, two officers open the box and moderation is recorded as done.</summary>
internal sealed class EvaluatedTender(IServiceProvider services)
{
    private static readonly (DemoUsers.DemoUser Bidder, decimal YearlyPrice)[] Bids =
        [(DemoUsers.Suppliers[0], 78_000m), (DemoUsers.Suppliers[1], 75_000m)];

    public async Task<(Guid CommissionId, Guid IttId)> PrepareAsync(int commissionNumber)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var clock = services.GetRequiredService<ShiftedClock>();
        await using var db = await contexts.CreateDbContextAsync();
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Number == commissionNumber);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.CommissionId == commission.Id);
        var officer = await ActorAsync(db, DemoUsers.ProcurementOfficer);

        var waiting = await db.Set<ClarificationQuestion>().AsNoTracking().Where(q => q.InvitationToTenderId == itt.Id && q.AnsweredAt == null).ToListAsync();
        foreach (var question in waiting)
            Succeed(await As<ClarificationService>(officer).AnswerAsync(commission.Id, question.Id,
                "Yes: describe it in your answer to the relevant quality question.", AnswerAudience.AllInvitedSuppliers, null, null));

        foreach (var (bidder, yearlyPrice) in Bids)
        {
            var supplier = await ActorAsync(db, bidder);
            var responses = As<TenderResponseService>(supplier);
            var view = (await responses.GetAsync(itt.Id)).Value!;
            await UploadPricingScheduleAsync(itt.Id, supplier);
            Succeed(await responses.SaveDraftAsync(itt.Id, Answers(view, yearlyPrice), (await responses.GetAsync(itt.Id)).Value!.ConcurrencyToken));
            Succeed(await responses.SubmitAsync(itt.Id));
            // The stand-in evaluation ranks bids partly by their order of arrival.
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        if (clock.GetUtcNow() <= itt.TenderDeadline) clock.Set(itt.TenderDeadline!.Value.AddMinutes(1));
        var moves = services.GetRequiredService<TimedMoveService>();
        for (var run = 0; run < 3; run++) await moves.RunDueMovesAsync();
        foreach (var opener in new[] { officer, await ActorAsync(db, DemoUsers.SecondProcurementOfficer) })
            Succeed(await As<TenderBoxService>(opener).ConfirmOpeningAsync(commission.Id));
        Succeed(await services.GetRequiredService<CommissionWriter>().ChangeAsync(commission.Id, null, officer,
            (c, at) => c.RecordEvaluationProgress(officer, true, true, false, at)));
        return (commission.Id, itt.Id);
    }

    private static ResponseContent Answers(ResponseEditorView view, decimal yearlyPrice) => new()
    {
        Compliance = view.ComplianceQuestions.Select(_ => new ComplianceAnswer(true, "Certificate held.")).ToList(),
        Quality = view.QualityQuestions.Select((_, i) => $"Our answer to question {i + 1}, with named partners and measurable targets.").ToList(),
        YearlyPrices = view.Content.YearlyPrices.Select(_ => (Money?)Money.FromPounds(yearlyPrice)).ToList(),
        SocialValue = "Two paid apprenticeships for local women each year.",
        Declarations = TenderDeclarations.All.Select(d => d.Key).ToList(),
    };

    private async Task UploadPricingScheduleAsync(Guid ittId, Actor supplier)
    {
        using var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent("%PDF-1.4\n% pricing schedule\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray());
        pdf.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(pdf, "file", "pricing-schedule.pdf");
        var request = new DefaultHttpContext { RequestServices = services }.Request;
        request.Method = HttpMethods.Post;
        request.ContentType = form.Headers.ContentType!.ToString();
        request.Body = new MemoryStream(await form.ReadAsByteArrayAsync());
        var uploaded = await services.GetRequiredService<ResponseFileStore>()
            .UploadAsync(ittId, ResponseFileSlot.PricingSchedule, null, supplier, request, CancellationToken.None);
        Succeed(new OperationResult(uploaded.Outcome, uploaded.Message));
    }

    private T As<T>(Actor actor) where T : notnull => ActivatorUtilities.CreateInstance<T>(services, new FixedActor(actor));

    private static async Task<Actor> ActorAsync(PortalDbContext db, DemoUsers.DemoUser user)
    {
        var id = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
        return new Actor(id, user.DisplayName, new HashSet<string> { user.Role }, user.Position);
    }

    private static void Succeed(OperationResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Preparing the tender failed: {result.Message}");
    }

    private sealed class FixedActor(Actor actor) : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(actor);
    }
}
