using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.EvaluationResults;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using Portal.Domain.Identity;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.EvaluationResults;

/// <summary>
/// A commission taken to evaluation for real (issued, three bidders' sealed responses submitted, the box opened by two
/// officers), and a moderated sheet over those responses: Q1 35%, Q2 25%, social value 10%, price 30%.
/// </summary>
public sealed class ResultsSteps(PortalAppFactory app, ScriptedModeratedSheets sheets)
{
    public ResponseSteps Responses { get; } = new(app);

    /// <summary>Each bidder's two yearly prices; the totals are £150,000, £200,000 and £190,000.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> YearlyPrice = new Dictionary<string, decimal>
    {
        [ResponseSteps.Pathways] = 75_000,
        [ResponseSteps.SecondChance] = 100_000,
        [ResponseSteps.Midlands] = 95_000,
    };

    public Guid CommissionId { get; private set; }
    public Guid IttId { get; private set; }
    public Dictionary<string, Guid> ResponseIds { get; } = [];
    public Dictionary<string, Guid> SupplierIds { get; } = [];

    public async Task InEvaluationAsync(string title)
    {
        (CommissionId, IttId) = await Responses.IssuedTenderAsync(title);
        foreach (var (supplier, yearly) in YearlyPrice) await SubmitPricedBidAsync(Responses, IttId, supplier, yearly);
        await Responses.PastTheDeadlineAsync(CommissionId, IttId);
        await Responses.OpenTheBoxAsync(CommissionId);
        Assert.Equal(CommissionState.Evaluation, (await Responses.Tenders.CommissionAsync(CommissionId)).State);
        foreach (var supplier in YearlyPrice.Keys)
        {
            var response = await Responses.ResponseOfAsync(IttId, supplier);
            ResponseIds[supplier] = response.Id;
            SupplierIds[supplier] = response.SupplierId;
        }
    }

    /// <summary>A complete response priced at the same amount every year, saved and submitted by the bidder's user.</summary>
    public static async Task SubmitPricedBidAsync(ResponseSteps responses, Guid ittId, string organisation, decimal yearlyPrice)
    {
        var supplier = await responses.SupplierAsync(organisation);
        var view = await responses.ViewAsync(ittId, supplier);
        var content = ResponseSteps.CompleteAnswers(view) with
        {
            YearlyPrices = view.Content.YearlyPrices.Select(_ => (Money?)Money.FromPounds(yearlyPrice)).ToList(),
        };
        var saved = await responses.Responses(supplier).SaveDraftAsync(ittId, content, view.ConcurrencyToken);
        Assert.True(saved.Succeeded, saved.Message);
        await responses.SubmitAsync(ittId, supplier);
    }

    /// <summary>
    /// Pathways (Q1 4, Q2 4, SV 3; £150,000) totals 28 + 20 + 6 + 30 = 84.00; Second Chance (5, 5, 5; £200,000) totals
    /// 35 + 25 + 10 + 22.5 = 92.50; Midlands (4, 3, 3; £190,000) totals 28 + 15 + 6 + 23.68 = 72.68.
    /// </summary>
    public ModeratedSheet Moderated(bool complete = true, int secondChanceQ1 = 5) => new(CommissionId, IttId,
    [
        Bid(ResponseSteps.Pathways, 4, 4, 3),
        Bid(ResponseSteps.SecondChance, secondChanceQ1, 5, 5),
        Bid(ResponseSteps.Midlands, 4, 3, 3),
    ], complete);

    public void Put(ModeratedSheet sheet) => sheets.Put(sheet);

    private ModeratedBid Bid(string supplier, int q1, int q2, int socialValue) =>
        new(ResponseIds[supplier], SupplierIds[supplier], supplier, Money.FromPounds(YearlyPrice[supplier] * 2), null,
        [
            new("Q1", q1, $"Moderated Q1 for {supplier}: placements evidenced."),
            new("Q2", q2, $"Moderated Q2 for {supplier}: partnership working."),
            new("SV", socialValue, $"Moderated social value for {supplier}."),
        ]);

    public Task<Actor> OfficerAsync() => Responses.ProcurementOfficerAsync();

    public Task<Actor> ActorAsync(DemoUsers.DemoUser user) => Responses.OfficeActorAsync(user);

    public EvaluationResultsService Results(Actor actor) => ScopedFor<EvaluationResultsService>(actor);

    public AwardRecommendationService Recommendations(Actor actor) => ScopedFor<AwardRecommendationService>(actor);

    public PostTenderClarificationService Clarifications(Actor actor) => ScopedFor<PostTenderClarificationService>(actor);

    /// <summary>A service built in a scope of its own for this actor: the results read moderation's sheet source, which may be scoped.</summary>
    private T ScopedFor<T>(Actor actor) where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(app.Services.CreateScope().ServiceProvider, new FixedActor(actor));

    public async Task<Commission> CommissionAsync() => await Responses.Tenders.CommissionAsync(CommissionId);

    public async Task<string> UserIdAsync(DemoUsers.DemoUser user)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync();
    }
}
