using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Evaluation;
using Portal.Components.TenderBox;
using Portal.Data;
using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Evaluation;

/// <summary>A tender taken through real submissions and a real opening, and what its evaluation tests do: assign, declare, score, moderate.</summary>
public sealed class EvaluationSteps(PortalAppFactory app)
{
    public static readonly string[] Bidders = [ResponseSteps.Pathways, ResponseSteps.SecondChance, ResponseSteps.Midlands];

    public ResponseSteps Responses { get; } = new(app);

    /// <summary>The commission, and the id of each bidder's response and of the one file Midlands attached.</summary>
    public sealed record OpenedTender(Guid CommissionId, Guid IttId, IReadOnlyDictionary<string, Guid> ResponseOf,
        IReadOnlyDictionary<string, Guid> SupplierOf, Guid MidlandsFileId);

    /// <summary>A tender the three bidders answered (Midlands with a file), past its deadline and opened by two procurement officers.</summary>
    public async Task<OpenedTender> OpenedTenderAsync(string title)
    {
        var (commissionId, ittId) = await Responses.IssuedTenderAsync(title);
        var (client, token) = await Responses.UploaderAsync(ResponseSteps.Midlands, ittId);
        var file = await ResponseSteps.UploadedAsync(client, token, ittId, "safeguarding-policy.pdf",
            Encoding.ASCII.GetBytes("%PDF-1.4\n% Midlands safeguarding policy\n%%EOF"));
        foreach (var bidder in Bidders)
            await Responses.SubmitCompleteAsync(ittId, await Responses.SupplierAsync(bidder), $"The placements plan of {bidder}.");
        await Responses.PastTheDeadlineAsync(commissionId, ittId);
        await Responses.OpenTheBoxAsync(commissionId);
        var responses = new Dictionary<string, Guid>();
        var suppliers = new Dictionary<string, Guid>();
        foreach (var bidder in Bidders)
        {
            var response = await Responses.ResponseOfAsync(ittId, bidder);
            responses[bidder] = response.Id;
            suppliers[bidder] = response.SupplierId;
        }
        return new OpenedTender(commissionId, ittId, responses, suppliers, file.Id);
    }

    public EvaluationService As(Actor actor) => app.ServiceFor<EvaluationService>(actor);

    public TenderBoxService Box(Actor actor) => app.ServiceFor<TenderBoxService>(actor);

    public Task<Actor> OfficerAsync() => Responses.ProcurementOfficerAsync();

    public Task<Actor> SecondOfficerAsync() => Responses.SecondProcurementOfficerAsync();

    public Task<Actor> LeonAsync() => Responses.OfficeActorAsync(DemoUsers.Evaluator);

    public Task<Actor> SofiaAsync() => Responses.OfficeActorAsync(DemoUsers.SecondEvaluator);

    public async Task AssignAsync(Guid commissionId, Actor evaluator, params string[] criteria)
    {
        var assigned = await As(await OfficerAsync()).AssignEvaluatorAsync(commissionId, evaluator.UserId, criteria);
        Assert.True(assigned.Succeeded, assigned.Message);
    }

    public async Task DeclareAsync(OpenedTender tender, Actor evaluator, string? conflictWith = null)
    {
        var declared = await As(evaluator).DeclareAsync(tender.CommissionId, Bidders.Select(b => new DeclarationInput(tender.SupplierOf[b],
            b == conflictWith, b == conflictWith ? "I was a trustee of this organisation until last year." : null)).ToList());
        Assert.True(declared.Succeeded, declared.Message);
    }

    public async Task ScoreAsync(OpenedTender tender, Actor evaluator, string bidder, string criterion, int score)
    {
        var scored = await As(evaluator).ScoreAsync(tender.CommissionId, tender.ResponseOf[bidder], criterion, score, $"{evaluator.DisplayName}: {score} for {criterion}.");
        Assert.True(scored.Succeeded, scored.Message);
    }

    public async Task PassAllAsync(OpenedTender tender, params string[] except)
    {
        var officer = As(await OfficerAsync());
        foreach (var bidder in Bidders)
        {
            var recorded = await officer.RecordComplianceAsync(tender.CommissionId, tender.ResponseOf[bidder],
                [except.Contains(bidder) ? new ComplianceInput(false, "No employer's liability certificate was provided.") : new ComplianceInput(true, null)]);
            Assert.True(recorded.Succeeded, recorded.Message);
        }
    }

    /// <summary>Leon scores every criterion of every bid; Sofia Q2 and social value; compliance passes but for the bidders given; moderation opens.</summary>
    public async Task<(Actor Leon, Actor Sofia)> ScoredAndOpenAsync(OpenedTender tender, params string[] failing)
    {
        var (leon, sofia) = (await LeonAsync(), await SofiaAsync());
        await AssignAsync(tender.CommissionId, leon, "Q1", "Q2", "SV");
        await AssignAsync(tender.CommissionId, sofia, "Q2", "SV");
        await DeclareAsync(tender, leon);
        await DeclareAsync(tender, sofia);
        await PassAllAsync(tender, failing);
        foreach (var bidder in Bidders.Except(failing))
        {
            foreach (var key in new[] { "Q1", "Q2", "SV" }) await ScoreAsync(tender, leon, bidder, key, 4);
            foreach (var key in new[] { "Q2", "SV" }) await ScoreAsync(tender, sofia, bidder, key, 2);
        }
        var opened = await As(await OfficerAsync()).OpenModerationAsync(tender.CommissionId);
        Assert.True(opened.Succeeded, opened.Message);
        return (leon, sofia);
    }

    public Task<int> RefusalsAsync(Actor actor) => Responses.AuditCountAsync(RefusedAccessLog.Action, actor.UserId);

    public async Task<TenderEvaluation> EvaluationAsync(Guid commissionId)
    {
        await using var db = await app.OpenDbAsync();
        return await db.TenderEvaluations.AsNoTracking().SingleAsync(e => e.CommissionId == commissionId);
    }

    public async Task<HttpResponseMessage> DownloadAsync(OpenedTender tender, string email) =>
        await (await app.SignedInClientAsync(email)).GetAsync(TenderBoxEndpoints.FileUrl(tender.CommissionId, tender.ResponseOf[ResponseSteps.Midlands], tender.MidlandsFileId));
}
