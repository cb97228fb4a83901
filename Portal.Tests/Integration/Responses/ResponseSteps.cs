using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Documents;
using Portal.Components.Responses;
using Portal.Components.Scheduling;
using Portal.Components.TenderBox;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Tests.Integration.Documents;
using Portal.Tests.Integration.Tendering;

namespace Portal.Tests.Integration.Responses;

/// <summary>A freshly issued tender and its three invited bidders, and what the response tests do with it: write, upload, submit, open.</summary>
public sealed class ResponseSteps(PortalAppFactory app)
{
    public const string Pathways = "Pathways to Work CIC";
    public const string SecondChance = "Second Chance Skills Trust";
    public const string Midlands = "Midlands Employment Partnership Ltd";

    public static readonly IReadOnlyDictionary<string, string> EmailOf = new Dictionary<string, string>
    {
        [Pathways] = "bids@pathwaystowork.test",
        [SecondChance] = "tenders@secondchanceskills.test",
        [Midlands] = "contracts@midlandsemployment.test",
    };

    public TenderSteps Tenders { get; } = new(app);

    /// <summary>A new commission with its ITT issued to the West Midlands lot's three active suppliers; its deadline weeks away.</summary>
    public async Task<(Guid CommissionId, Guid IttId)> IssuedTenderAsync(string title)
    {
        var id = await Tenders.IssuedAsync(title);
        return (id, (await Tenders.TenderAsync(id)).IttId);
    }

    public async Task<DateTimeOffset> DeadlineAsync(Guid ittId)
    {
        await using var db = await app.OpenDbAsync();
        return (await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.Id == ittId)).TenderDeadline!.Value;
    }

    public Task<Actor> SupplierAsync(string organisation) => Tenders.SupplierUserAsync(organisation);

    /// <summary>A demo office user as the portal knows them once signed in: their real user id, name and role.</summary>
    public async Task<Actor> OfficeActorAsync(DemoUsers.DemoUser user)
    {
        await using var db = await app.OpenDbAsync();
        var id = await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
        return new Actor(id, user.DisplayName, new HashSet<string> { user.Role }, user.Position);
    }

    public TenderResponseService Responses(Actor actor) => app.ServiceFor<TenderResponseService>(actor);

    public TenderBoxService Box(Actor actor) => app.ServiceFor<TenderBoxService>(actor);

    /// <summary>Every answer given, every price set and every declaration made, with the text of the first quality answer chosen by the test.</summary>
    public static ResponseContent CompleteAnswers(ResponseEditorView view, string firstQualityAnswer = "We will find placements with local employers.") =>
        new()
        {
            Compliance = view.ComplianceQuestions.Select(_ => new ComplianceAnswer(true, "Certificate held.")).ToList(),
            Quality = view.QualityQuestions.Select((_, i) => i == 0 ? firstQualityAnswer : $"Our answer to question {i + 1}.").ToList(),
            YearlyPrices = view.Content.YearlyPrices.Select(_ => (Money?)Money.FromPounds(25_000)).ToList(),
            SocialValue = view.SocialValueWeightingPercent > 0 ? "Local jobs for local people." : "",
            Declarations = TenderDeclarations.All.Select(d => d.Key).ToList(),
        };

    public async Task<ResponseEditorView> ViewAsync(Guid ittId, Actor supplier)
    {
        var view = await Responses(supplier).GetAsync(ittId);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    public async Task SaveCompleteAsync(Guid ittId, Actor supplier, string firstQualityAnswer = "We will find placements with local employers.")
    {
        var view = await ViewAsync(ittId, supplier);
        var saved = await Responses(supplier).SaveDraftAsync(ittId, CompleteAnswers(view, firstQualityAnswer), view.ConcurrencyToken);
        Assert.True(saved.Succeeded, saved.Message);
    }

    /// <returns>The receipt's id.</returns>
    public async Task<Guid> SubmitAsync(Guid ittId, Actor supplier)
    {
        var submitted = await Responses(supplier).SubmitAsync(ittId);
        Assert.True(submitted.Succeeded, submitted.Message);
        return submitted.Value;
    }

    public async Task<Guid> SubmitCompleteAsync(Guid ittId, Actor supplier, string firstQualityAnswer = "We will find placements with local employers.")
    {
        await SaveCompleteAsync(ittId, supplier, firstQualityAnswer);
        return await SubmitAsync(ittId, supplier);
    }

    public async Task<TenderResponse> ResponseOfAsync(Guid ittId, string organisation)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Set<TenderResponse>().AsNoTracking().SingleAsync(r => r.InvitationToTenderId == ittId && r.SupplierName == organisation);
    }

    /// <summary>
    /// Moves the clock to the given time and lets the scheduler run twice, as on its next ticks: once past the
    /// clarification deadline into the tender period, once past the tender deadline into opening.
    /// </summary>
    public async Task ClockAtAsync(DateTimeOffset at)
    {
        app.Clock.SetUtcNow(at);
        var moves = app.Services.GetRequiredService<TimedMoveService>();
        await moves.RunDueMovesAsync();
        await moves.RunDueMovesAsync();
    }

    public async Task PastTheDeadlineAsync(Guid commissionId, Guid ittId)
    {
        await ClockAtAsync((await DeadlineAsync(ittId)).AddMinutes(1));
        Assert.Equal(CommissionState.Opening, (await Tenders.CommissionAsync(commissionId)).State);
    }

    public async Task<Actor> ProcurementOfficerAsync() => await OfficeActorAsync(DemoUsers.ProcurementOfficer);

    public async Task<Actor> SecondProcurementOfficerAsync() => await OfficeActorAsync(DemoUsers.SecondProcurementOfficer);

    /// <summary>Both demo procurement officers confirm, and so open the box.</summary>
    public async Task OpenTheBoxAsync(Guid commissionId)
    {
        foreach (var officer in new[] { await ProcurementOfficerAsync(), await SecondProcurementOfficerAsync() })
        {
            var confirmed = await Box(officer).ConfirmOpeningAsync(commissionId);
            Assert.True(confirmed.Succeeded, confirmed.Message);
        }
    }

    public async Task<int> AuditCountAsync(string action, string? actorId = null)
    {
        await using var db = await app.OpenDbAsync();
        return await db.AuditEvents.CountAsync(e => e.Action == action && (actorId == null || e.ActorId == actorId));
    }

    /// <summary>A signed-in bidder's client and the antiforgery token its response page carries, as the upload script sends it.</summary>
    public async Task<(HttpClient Client, string Token)> UploaderAsync(string organisation, Guid ittId)
    {
        var client = await app.SignedInClientAsync(EmailOf[organisation]);
        var page = await client.GetStringAsync(TenderResponseService.ResponseLink(ittId));
        return (client, SignIn.HiddenInput(page, "__RequestVerificationToken"));
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string? token, Guid ittId, string fileName, byte[] content,
        ResponseFileSlot slot = ResponseFileSlot.Supporting) =>
        UploadAsync(client, token, ittId, fileName, new ByteArrayContent(content), slot);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? token, Guid ittId, string fileName, HttpContent file,
        ResponseFileSlot slot = ResponseFileSlot.Supporting, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, ResponseEndpoints.UploadUrl(ittId, slot, null)) { Content = form };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request, cancellationToken);
    }

    public static async Task<ResponseFileView> UploadedAsync(HttpClient client, string token, Guid ittId, string fileName, byte[] content)
    {
        var response = await UploadAsync(client, token, ittId, fileName, content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"The upload of {fileName} was refused: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ResponseFileView>())!;
    }

    public static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadProblem>())!.Message;
    }

    /// <summary>The files sealed in the ITT's folder, whether recorded or not.</summary>
    public string[] FilesOnDisk(Guid ittId)
    {
        var folder = Path.Combine(app.DataFolder, "files", "responses", ittId.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order().ToArray() : [];
    }
}
