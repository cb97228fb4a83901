using Microsoft.EntityFrameworkCore;
using Portal.Domain.Tendering.Responses;

namespace Portal.Tests.Integration.Responses;

/// <summary>The deadline is the server's clock inside the submitting transaction, to the second. Each test has its own app, as each moves the clock.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public async Task A_submission_at_exactly_the_deadline_second_is_refused_recorded_and_audited()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var (_, ittId) = await steps.IssuedTenderAsync("Submitted at the deadline");
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        await steps.SaveCompleteAsync(ittId, pathways);
        var deadline = await steps.DeadlineAsync(ittId);
        app.Clock.SetUtcNow(deadline);

        var submitted = await steps.Responses(pathways).SubmitAsync(ittId);

        Assert.False(submitted.Succeeded);
        Assert.Contains("after it, so it was not accepted", submitted.Message);
        Assert.Contains("This attempt is recorded", submitted.Message);
        await using var db = await app.OpenDbAsync();
        var late = await db.Set<LateSubmissionAttempt>().AsNoTracking().SingleAsync(a => a.InvitationToTenderId == ittId);
        Assert.Equal((ResponseSteps.Pathways, pathways.UserId, deadline), (late.SupplierName, late.AttemptedByUserId, late.AttemptedAt));
        Assert.Equal(1, await steps.AuditCountAsync("LateSubmissionRefused", pathways.UserId));
        var response = await steps.ResponseOfAsync(ittId, ResponseSteps.Pathways);
        Assert.Equal(ResponseStatus.Draft, response.Status);
        Assert.Empty(response.Submissions);
    }

    [Fact]
    public async Task A_submission_one_second_before_the_deadline_is_accepted_with_that_time_on_its_receipt()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var (commissionId, ittId) = await steps.IssuedTenderAsync("Submitted a second before the deadline");
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        await steps.SaveCompleteAsync(ittId, pathways);
        var deadline = await steps.DeadlineAsync(ittId);
        app.Clock.SetUtcNow(deadline.AddSeconds(-1));

        var receiptId = await steps.SubmitAsync(ittId, pathways);

        var receipt = await steps.Responses(pathways).GetReceiptAsync(ittId, receiptId);
        Assert.Equal(deadline.AddSeconds(-1), receipt.Value!.ReceivedAt);
        Assert.Equal(1, (await steps.Tenders.CommissionAsync(commissionId)).TendersReceivedCount);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.Set<LateSubmissionAttempt>().AnyAsync(a => a.InvitationToTenderId == ittId));
    }

    [Fact]
    public async Task A_page_opened_before_the_deadline_cannot_submit_after_it()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var (_, ittId) = await steps.IssuedTenderAsync("Page left open over the deadline");
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        await steps.SaveCompleteAsync(ittId, pathways);
        var deadline = await steps.DeadlineAsync(ittId);
        app.Clock.SetUtcNow(deadline.AddMinutes(-10));
        var page = await steps.ViewAsync(ittId, pathways);
        Assert.True(page.CanSubmit, string.Join(" ", page.ProblemsBeforeSubmit));

        app.Clock.SetUtcNow(deadline.AddMinutes(2));
        var submitted = await steps.Responses(pathways).SubmitAsync(ittId);

        Assert.False(submitted.Succeeded);
        Assert.Contains("was not accepted", submitted.Message);
        Assert.Empty((await steps.ResponseOfAsync(ittId, ResponseSteps.Pathways)).Submissions);
        await using var db = await app.OpenDbAsync();
        Assert.Equal(deadline.AddMinutes(2), (await db.Set<LateSubmissionAttempt>().AsNoTracking().SingleAsync(a => a.InvitationToTenderId == ittId)).AttemptedAt);
    }

    [Fact]
    public async Task A_late_attempt_leaves_the_response_as_it_was_and_starts_none_for_a_bidder_who_wrote_nothing()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var (_, ittId) = await steps.IssuedTenderAsync("Late attempts change no response");
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        var secondChance = await steps.SupplierAsync(ResponseSteps.SecondChance);
        await steps.SaveCompleteAsync(ittId, pathways);
        byte[] SealedAnswers(Portal.Data.PortalDbContext db) =>
            db.Set<TenderResponse>().AsNoTracking().Single(r => r.InvitationToTenderId == ittId).SealedContent;
        byte[] before;
        await using (var db = await app.OpenDbAsync()) before = SealedAnswers(db);
        app.Clock.SetUtcNow((await steps.DeadlineAsync(ittId)).AddSeconds(5));

        Assert.False((await steps.Responses(pathways).SubmitAsync(ittId)).Succeeded);
        Assert.False((await steps.Responses(secondChance).SubmitAsync(ittId)).Succeeded);

        await using var after = await app.OpenDbAsync();
        Assert.Equal(before, SealedAnswers(after));
        Assert.Equal(2, await after.Set<LateSubmissionAttempt>().CountAsync(a => a.InvitationToTenderId == ittId));
    }
}
