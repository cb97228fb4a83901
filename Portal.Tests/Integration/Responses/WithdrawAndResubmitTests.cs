using Microsoft.EntityFrameworkCore;
using Portal.Components.Notifications;
using Portal.Domain.Tendering.Responses;

namespace Portal.Tests.Integration.Responses;

/// <summary>A bidder takes its response out of the box, changes it and puts it back: both receipts kept, the first marked withdrawn.</summary>
public sealed class WithdrawAndResubmitTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly ResponseSteps _steps = new(app);

    [Fact]
    public async Task Submit_withdraw_change_and_resubmit_leaves_two_receipts_one_tender_in_the_box_and_emails_each_receipt_with_its_hashes()
    {
        var (commissionId, ittId) = await _steps.IssuedTenderAsync("Withdrawn and resubmitted");
        var pathways = await _steps.SupplierAsync(ResponseSteps.Pathways);
        var first = await _steps.SubmitCompleteAsync(ittId, pathways, "Our first answer.");
        Assert.Equal(1, (await _steps.Tenders.CommissionAsync(commissionId)).TendersReceivedCount);

        var withdrawn = await _steps.Responses(pathways).WithdrawAsync(ittId);
        Assert.True(withdrawn.Succeeded, withdrawn.Message);
        Assert.Equal(0, (await _steps.Tenders.CommissionAsync(commissionId)).TendersReceivedCount);
        await _steps.SaveCompleteAsync(ittId, pathways, "Our second, better answer.");
        var second = await _steps.SubmitAsync(ittId, pathways);

        var response = await _steps.ResponseOfAsync(ittId, ResponseSteps.Pathways);
        Assert.Equal(ResponseStatus.Submitted, response.Status);
        Assert.Equal([(1, true), (2, false)], response.Submissions.OrderBy(s => s.Number).Select(s => (s.Number, s.IsWithdrawn)));
        Assert.Equal(second, response.InTheBox!.Id);
        Assert.NotEqual(response.Submissions.Single(s => s.Id == first).ContentSha256, response.InTheBox.ContentSha256);
        Assert.Equal(1, (await _steps.Tenders.CommissionAsync(commissionId)).TendersReceivedCount);
        var firstReceipt = (await _steps.Responses(pathways).GetReceiptAsync(ittId, first)).Value!;
        Assert.NotNull(firstReceipt.WithdrawnAt);
        var page = await _steps.ViewAsync(ittId, pathways);
        Assert.Equal([second, first], page.Receipts.Select(r => r.Id));

        await using var db = await app.OpenDbAsync();
        var subject = "Receipt: your response to " + (await _steps.Tenders.CommissionAsync(commissionId)).Reference + " is in the tender box";
        var emails = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Subject == subject).ToListAsync();
        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.Equal(ResponseSteps.EmailOf[ResponseSteps.Pathways], e.To));
        foreach (var receipt in response.Submissions)
        {
            Assert.Single(emails, e => e.BodyText.Contains(receipt.ResponseSha256) && e.BodyText.Contains(receipt.ContentSha256));
        }
        var notified = await db.Set<Notification>().AsNoTracking().Where(n => n.Subject == subject).Select(n => n.RecipientUserId).ToListAsync();
        Assert.Equal([pathways.UserId, pathways.UserId], notified);
    }
}
