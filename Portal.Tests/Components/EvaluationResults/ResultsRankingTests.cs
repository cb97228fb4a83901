using Bunit;
using MudBlazor.Services;
using Portal.Components.EvaluationResults;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;

namespace Portal.Tests.Components.EvaluationResults;

public sealed class ResultsRankingTests : BunitContext, IAsyncLifetime
{
    public ResultsRankingTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void Before_moderation_is_complete_the_ranking_is_called_provisional_and_says_why_it_will_change()
    {
        var ranking = Render<ResultsRanking>(p => p.Add(r => r.View, View(moderationComplete: false)));

        Assert.Equal("Provisional ranking", ranking.Find("h2").TextContent.Trim());
        Assert.Contains("will change as moderation goes on", ranking.Find("[data-testid='provisional-note']").TextContent);
    }

    [Fact]
    public void Once_moderation_is_complete_the_ranking_stands_without_a_caveat()
    {
        var ranking = Render<ResultsRanking>(p => p.Add(r => r.View, View(moderationComplete: true)));

        Assert.Equal("Ranking", ranking.Find("h2").TextContent.Trim());
        Assert.Empty(ranking.FindAll("[data-testid='provisional-note']"));
        Assert.Equal(2, ranking.FindAll("[data-testid='ranked-bid']").Count);
    }

    private static EvaluationResultsView View(bool moderationComplete) => new(
        Guid.NewGuid(), "COM-0005", "Employment support", CommissionState.Evaluation, HasSheet: true, moderationComplete,
        new Portal.Domain.Evaluations.EvaluationResults([Bid("Pathways to Work CIC", 1, 85.03m), Bid("Second Chance Skills Trust", 2, 56m)]),
        AbnormallyLowPercent: 20, new IttContent { PriceWeightingPercent = 30 }, [], null, [], false, false, false);

    private static BidderResult Bid(string name, int rank, decimal total) => new(Guid.NewGuid(), Guid.NewGuid(), name, null,
        Money.FromPounds(150_000), [], total - 30, 0, 30, total, rank, null, false);
}
