using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Unknown addresses, invalid details and moves that no longer apply get a clear answer and change nothing.</summary>
public sealed class BadInputTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly CommissionSteps _steps = new(app);

    [Fact]
    public async Task Unknown_commission_address_shows_a_friendly_page_not_an_error()
    {
        var client = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);

        var response = await client.GetAsync($"/commissions/{Guid.NewGuid()}");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("does not exist", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Malformed_commission_address_shows_the_not_found_page()
    {
        var client = await app.SignedInClientAsync(DemoUsers.CommissioningOfficer.Email);

        var response = await client.GetAsync("/commissions/not-a-guid");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "Give the commission a title.")]
    [InlineData("   ", "Give the commission a title.")]
    [InlineData(null, "Keep the title to 200 characters.")]
    public async Task Commission_with_an_invalid_title_is_refused_and_nothing_is_saved(string? title, string message)
    {
        var (commissions, events) = await CountsAsync();

        var result = await _steps.As(TestActors.CommissioningOfficer).CreateAsync(TestActors.CompleteDetails(title ?? new string('T', 500)));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains(message, result.Message);
        Assert.Equal((commissions, events), await CountsAsync());
    }

    [Fact]
    public async Task Firing_a_move_from_a_state_the_commission_has_left_is_refused_and_changes_nothing()
    {
        var id = await _steps.CreateAwaitingDecisionAsync("Submitted twice");
        var page = await _steps.ViewAsync(id);

        var again = await _steps.As(TestActors.CommissioningOfficer).FireAsync(id, page.ConcurrencyToken, CommissionTrigger.SubmitForDecision);

        Assert.Equal(OperationOutcome.Refused, again.Outcome);
        Assert.Contains("not possible now", again.Message);
        var after = await _steps.ViewAsync(id);
        Assert.Equal(CommissionState.AwaitingDecision, after.State);
        Assert.Equal(page.ConcurrencyToken, after.ConcurrencyToken);
    }

    [Fact]
    public async Task Over_long_reason_is_refused_and_the_commission_stays_put()
    {
        var id = await _steps.CreateAwaitingDecisionAsync("Returned with an essay");

        var result = await _steps.TryAsync(TestActors.Commissioner, id,
            (s, token) => s.FireAsync(id, token, CommissionTrigger.ReturnForChanges, new string('x', Commission.ReasonMaxLength + 1)));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains($"{Commission.ReasonMaxLength} characters", result.Message);
        Assert.Equal(CommissionState.AwaitingDecision, (await _steps.ViewAsync(id)).State);
    }

    [Fact]
    public async Task Move_on_an_unknown_commission_is_not_found()
    {
        var result = await _steps.As(TestActors.CommissioningOfficer).FireAsync(Guid.NewGuid(), Guid.NewGuid(), CommissionTrigger.SubmitForDecision);

        Assert.Equal(OperationOutcome.NotFound, result.Outcome);
        Assert.Contains("does not exist", result.Message);
    }

    private async Task<(int Commissions, int Events)> CountsAsync()
    {
        await using var db = await app.OpenDbAsync();
        return (await db.Commissions.CountAsync(), await db.AuditEvents.CountAsync());
    }
}
