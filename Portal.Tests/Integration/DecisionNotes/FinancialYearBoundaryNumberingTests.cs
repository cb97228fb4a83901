using Portal.Domain.DecisionNotes;

namespace Portal.Tests.Integration.DecisionNotes;

/// <summary>The sequence restarts at 001 when the UK date passes into April, though the UTC date is still 31 March.</summary>
public sealed class FinancialYearBoundaryNumberingTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    /// <summary>23:30 BST on 31 March 2036: the last half-hour of the financial year 2035/36.</summary>
    private static readonly DateTimeOffset LateOn31March = new(2036, 3, 31, 22, 30, 0, TimeSpan.Zero);

    /// <summary>00:30 BST on 1 April 2036: the first half-hour of 2036/37.</summary>
    private static readonly DateTimeOffset EarlyOn1April = new(2036, 3, 31, 23, 30, 0, TimeSpan.Zero);

    private readonly DecisionSteps _steps = new(app);

    [Fact]
    public async Task Approvals_either_side_of_midnight_on_31_March_number_into_their_own_years()
    {
        _ = app.Started;
        var march = new List<Guid>();
        var april = new List<Guid>();
        for (var i = 1; i <= 3; i++) march.Add(await _steps.SignedOffAsync($"Decided on 31 March, {i}"));
        for (var i = 1; i <= 2; i++) april.Add(await _steps.SignedOffAsync($"Decided on 1 April, {i}"));

        app.Clock.SetUtcNow(LateOn31March);
        var marchResults = await _steps.ApproveTogetherAsync(march);
        app.Clock.SetUtcNow(EarlyOn1April);
        var aprilResults = await _steps.ApproveTogetherAsync(april);

        Assert.All(marchResults.Concat(aprilResults), r => Assert.True(r.Succeeded, r.Message));
        Assert.Equal([$"{_steps.Prefix}-203536-001", $"{_steps.Prefix}-203536-002", $"{_steps.Prefix}-203536-003"],
            (await _steps.DecisionNumbersAsync(march)).Values.Order(StringComparer.Ordinal));
        Assert.Equal([DecisionNumbers.Format(_steps.Prefix, 2036, 1), DecisionNumbers.Format(_steps.Prefix, 2036, 2)],
            (await _steps.DecisionNumbersAsync(april)).Values.Order(StringComparer.Ordinal));
        Assert.Equal(3, await _steps.LastSequenceAsync(2035));
        Assert.Equal(2, await _steps.LastSequenceAsync(2036));
    }
}
