using Microsoft.EntityFrameworkCore;
using Portal.Components.Award;
using Portal.Components.Notifications;
using Portal.Domain.Award;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Tendering;
using Portal.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.Award;

/// <summary>Issuing the intention to award: a letter for every bidder, sent in the portal and by email, and the standstill begun.</summary>
public sealed class IntentionToAwardTests
{
    [Fact]
    public async Task Issuing_sends_each_bidder_its_own_letter_in_the_portal_and_by_email_with_the_time_recorded_and_starts_standstill()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (commissionId, ittId) = await steps.EvaluatedAsync("Letters to every bidder");
        var issuedAt = app.Clock.GetUtcNow();

        var issued = await steps.Award(await steps.OfficerAsync()).IssueAsync(commissionId, await steps.TokenAsync(commissionId));

        Assert.True(issued.Succeeded, issued.Message);
        await using var db = await app.OpenDbAsync();
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.Id == ittId);
        var intention = await db.IntentionsToAward.AsNoTracking().SingleAsync(i => i.CommissionId == commissionId);
        var expectedEnd = AwardStandstill.From(itt.Content, UkTime.DateOf(issuedAt));
        Assert.Equal(CommissionState.Standstill, commission.State);
        Assert.True(commission.BidderLettersReady);
        Assert.Equal(expectedEnd.EndsAt, commission.StandstillEndsAt);
        Assert.Equal((expectedEnd.EndsAt, expectedEnd.Rule), (intention.StandstillEndsAt, intention.StandstillRule));
        Assert.Equal([(ResponseSteps.Pathways, BidOutcome.Successful), (ResponseSteps.SecondChance, BidOutcome.Unsuccessful)],
            intention.Letters.OrderBy(l => l.Outcome).Select(l => (l.SupplierName, l.Outcome)));
        Assert.All(intention.Letters, l => Assert.Equal(issuedAt, l.SentAt));

        var subject = $"Outcome of your tender: {commission.Title}";
        var emails = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Subject == subject).ToListAsync();
        Assert.Equal([ResponseSteps.EmailOf[ResponseSteps.Pathways], ResponseSteps.EmailOf[ResponseSteps.SecondChance]], emails.Select(m => m.To).Order());
        Assert.All(emails, m => Assert.Equal(issuedAt, m.CreatedAt));
        var toSecondChance = emails.Single(m => m.To == ResponseSteps.EmailOf[ResponseSteps.SecondChance]).BodyText;
        Assert.Contains("Your tender was not successful. We intend to award the contract to Pathways to Work CIC.", toSecondChance);
        Assert.Contains("The relative advantages of Pathways to Work CIC's tender", toSecondChance);
        Assert.Contains(AwardPages.Outcome(ittId), toSecondChance);
        Assert.DoesNotContain("Your tender was successful", toSecondChance);
        Assert.Contains("Your tender was successful", emails.Single(m => m.To == ResponseSteps.EmailOf[ResponseSteps.Pathways]).BodyText);

        var secondChanceUser = (await steps.SupplierAsync(ResponseSteps.SecondChance)).UserId;
        Assert.True(await db.Set<Notification>().AnyAsync(n => n.RecipientUserId == secondChanceUser && n.Link == AwardPages.Outcome(ittId)));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CommissionId == commissionId && e.Action == "AssessmentSummariesSent"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CommissionId == commissionId && e.Trigger == nameof(CommissionTrigger.IssueIntentionToAward)));
    }

    [Fact]
    public async Task Issuing_is_refused_before_moderation_is_recorded_by_anyone_but_a_procurement_officer_from_a_stale_page_and_a_second_time()
    {
        await using var app = AwardSteps.App();
        var steps = new AwardSteps(app);
        var (commissionId, _) = await steps.EvaluatedAsync("Letters refused", evaluationRecorded: false);
        var officer = await steps.OfficerAsync();
        var staleToken = await steps.TokenAsync(commissionId);

        var unmoderated = await steps.Award(officer).IssueAsync(commissionId, staleToken);
        var byCommissioning = await steps.Award(TestActors.CommissioningOfficer).IssueAsync(commissionId, staleToken);
        await app.Services.GetRequiredService<Portal.Components.Commissions.CommissionWriter>().ChangeAsync(commissionId, null, officer,
            (c, at) => c.RecordEvaluationProgress(officer, true, true, false, at));
        var stale = await steps.Award(officer).IssueAsync(commissionId, staleToken);
        var first = await steps.Award(officer).IssueAsync(commissionId, await steps.TokenAsync(commissionId));
        var second = await steps.Award(officer).IssueAsync(commissionId, await steps.TokenAsync(commissionId));

        Assert.Equal(OperationOutcome.Refused, unmoderated.Outcome);
        Assert.Contains("Not every compliant tender has been moderated.", unmoderated.Message);
        Assert.Equal(OperationOutcome.Forbidden, byCommissioning.Outcome);
        Assert.Equal(OperationOutcome.Conflict, stale.Outcome);
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal((OperationOutcome.Refused, AwardWriter.AlreadyIssuedMessage), (second.Outcome, second.Message));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.IntentionsToAward.CountAsync(i => i.CommissionId == commissionId));
        var title = (await steps.CommissionAsync(commissionId)).Title;
        Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync(m => m.Subject == $"Outcome of your tender: {title}"));
    }

    [Fact]
    public async Task Without_an_evaluation_outcome_the_letters_cannot_be_written()
    {
        await using var app = new PortalAppFactory();
        var steps = new AwardSteps(app);
        var (commissionId, _) = await steps.EvaluatedAsync("No results yet");

        var view = await steps.Award(await steps.OfficerAsync()).GetIntentionAsync(commissionId);
        var issued = await steps.Award(await steps.OfficerAsync()).IssueAsync(commissionId, await steps.TokenAsync(commissionId));

        Assert.False(view.Value!.CanIssue);
        Assert.Contains(AwardService.NoOutcomeMessage, view.Value.Problems);
        Assert.Equal((OperationOutcome.Refused, AwardService.NoOutcomeMessage), (issued.Outcome, issued.Message));
        Assert.Equal(CommissionState.Evaluation, (await steps.CommissionAsync(commissionId)).State);
    }
}
