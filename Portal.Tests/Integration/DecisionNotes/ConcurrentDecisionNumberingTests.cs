using Portal.Domain.Commissions;
using Portal.Domain.DecisionNotes;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.DecisionNotes;

/// <summary>Decisions recorded at the same moment take consecutive numbers: unique, gap-free, and none taken by a refused decision.</summary>
public sealed class ConcurrentDecisionNumberingTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const int Decisions = 6;

    /// <summary>A day in the financial year 2034/35, which the demo data does not reach.</summary>
    private static readonly DateTimeOffset DecisionDay = new(2034, 11, 14, 10, 0, 0, TimeSpan.Zero);

    private readonly DecisionSteps _steps = new(app);

    [Fact]
    public async Task Approvals_recorded_together_are_numbered_1_to_N_in_their_year()
    {
        _ = app.Started;
        app.Clock.SetUtcNow(DecisionDay);
        var ids = new List<Guid>();
        for (var i = 1; i <= Decisions; i++) ids.Add(await _steps.SignedOffAsync($"Concurrent decision {i}"));
        // One more that the Commissioner cannot yet approve: its refusal, in the same rush, must take no number.
        var unsigned = await _steps.Commissions.CreateAwaitingDecisionAsync("Concurrent decision without sign-offs");

        var results = await _steps.ApproveTogetherAsync([.. ids, unsigned]);

        Assert.All(results.Take(Decisions), r => Assert.True(r.Succeeded, r.Message));
        Assert.Equal(OperationOutcome.Refused, results[^1].Outcome);
        var numbers = await _steps.DecisionNumbersAsync(ids);
        var expected = Enumerable.Range(1, Decisions).Select(n => DecisionNumbers.Format(_steps.Prefix, 2034, n)).ToList();
        Assert.Equal(expected, numbers.Values.Order(StringComparer.Ordinal));
        Assert.Equal(expected, await _steps.NumbersInYearAsync(2034));
        Assert.Equal(Decisions, await _steps.LastSequenceAsync(2034));
        Assert.Null((await _steps.DecisionNumbersAsync([unsigned]))[unsigned]);
        Assert.Equal(CommissionState.AwaitingDecision, (await _steps.Commissions.ViewAsync(unsigned)).State);
    }
}
