using Microsoft.EntityFrameworkCore;
using Portal.Domain.Commissions;
using Portal.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Two people editing the same commission: the second to save from a stale page is told to reload, and nothing is lost.</summary>
public sealed class ConcurrentEditTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly CommissionSteps _steps = new(app);

    [Fact]
    public async Task Second_save_from_a_stale_page_is_a_conflict_and_the_first_change_survives()
    {
        var id = await _steps.CreateAsync("Shared draft");
        var firstUsersPage = await _steps.ViewAsync(id, TestActors.CommissioningOfficer);
        var secondUsersPage = await _steps.ViewAsync(id, TestActors.OtherCommissioningOfficer);
        Assert.Equal(firstUsersPage.ConcurrencyToken, secondUsersPage.ConcurrencyToken);

        var first = await _steps.As(TestActors.CommissioningOfficer).UpdateDetailsAsync(id, firstUsersPage.ConcurrencyToken,
            firstUsersPage.Details with { Title = "Shared draft, retitled by the first user" });
        var second = await _steps.As(TestActors.OtherCommissioningOfficer).UpdateDetailsAsync(id, secondUsersPage.ConcurrencyToken,
            secondUsersPage.Details with { Title = "Shared draft, retitled by the second user", AnnualValueHigh = null });

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(OperationOutcome.Conflict, second.Outcome);
        Assert.Contains("changed by someone else", second.Message);
        Assert.Contains("reload", second.Message);
        await using var db = await app.OpenDbAsync();
        var stored = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal("Shared draft, retitled by the first user", stored.Title);
        Assert.Equal(firstUsersPage.Details.AnnualValueHigh, stored.AnnualValueHigh);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.CommissionId == id && e.Action == "DecisionNoteUpdated"));
    }

    [Fact]
    public async Task Two_saves_at_the_same_moment_from_the_same_page_let_exactly_one_through()
    {
        var id = await _steps.CreateAsync("Raced draft");
        var page = await _steps.ViewAsync(id);

        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => Task.Run(() =>
            _steps.As(TestActors.CommissioningOfficer).UpdateDetailsAsync(id, page.ConcurrencyToken, page.Details with { Title = $"Raced draft {n}" }))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(OperationOutcome.Conflict, r.Outcome));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.CommissionId == id && e.Action == "DecisionNoteUpdated"));
    }

    [Fact]
    public async Task A_move_fired_from_a_stale_page_is_a_conflict_and_the_state_is_unchanged()
    {
        var id = await _steps.CreateAsync("Moved under someone's feet");
        var stalePage = await _steps.ViewAsync(id);
        await _steps.SucceedAsync(TestActors.CommissioningOfficer, id, (s, token) => s.UpdateDetailsAsync(id, token,
            stalePage.Details with { Summary = "A fuller summary written meanwhile." }));

        var result = await _steps.As(TestActors.CommissioningOfficer).FireAsync(id, stalePage.ConcurrencyToken, CommissionTrigger.SubmitForDecision);

        Assert.Equal(OperationOutcome.Conflict, result.Outcome);
        Assert.Equal(CommissionState.DecisionNoteDraft, (await _steps.ViewAsync(id)).State);
    }
}
