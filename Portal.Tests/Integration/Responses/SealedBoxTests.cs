using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Responses;
using Portal.Components.TenderBox;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;
using Portal.Tests.Integration.Documents;

namespace Portal.Tests.Integration.Responses;

/// <summary>
/// No one in the office reads any part of a response until the deadline has passed and two different procurement
/// officers have confirmed the opening; then the opening record checks each response against its receipt. Each test
/// has an app of its own, because each moves the clock past its tender's deadline.
/// </summary>
public sealed class SealedBoxTests
{
    private const string Answer = "Our placements team of six works with forty employers across the region.";

    [Fact]
    public async Task Before_the_deadline_every_office_user_administrator_included_is_refused_every_part_of_a_response()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var (commissionId, ittId) = await steps.IssuedTenderAsync("Sealed before the deadline");
        var pathways = await steps.SupplierAsync(ResponseSteps.Pathways);
        var (bidder, token) = await steps.UploaderAsync(ResponseSteps.Pathways, ittId);
        var file = await ResponseSteps.UploadedAsync(bidder, token, ittId, "method.pdf", DocumentClients.SamplePdf("Method statement"));
        var receiptId = await steps.SubmitCompleteAsync(ittId, pathways, Answer);
        var responseId = (await steps.ResponseOfAsync(ittId, ResponseSteps.Pathways)).Id;

        foreach (var user in DemoUsers.Office)
        {
            var actor = await steps.OfficeActorAsync(user);
            var client = await app.SignedInClientAsync(user.Email);
            var refusedBefore = await steps.AuditCountAsync(RefusedAccessLog.Action, actor.UserId);

            var read = await steps.Box(actor).ReadAsync(commissionId, responseId);
            var opened = await steps.Box(actor).OpenFileAsync(commissionId, responseId, file.Id);
            var officeDownload = await client.GetAsync(TenderBoxEndpoints.FileUrl(commissionId, responseId, file.Id));
            var bidderPage = await steps.Responses(actor).GetAsync(ittId);
            var receipt = await steps.Responses(actor).GetReceiptAsync(ittId, receiptId);
            var bidderDownload = await client.GetAsync(ResponseEndpoints.FileUrl(ittId, file.Id));
            var receiptPdf = await client.GetAsync(ResponseEndpoints.ReceiptPdfUrl(ittId, receiptId));

            Assert.False(read.Succeeded, $"{user.Email} read the sealed response.");
            Assert.Null(opened);
            Assert.Equal(HttpStatusCode.NotFound, officeDownload.StatusCode);
            Assert.False(bidderPage.Succeeded, $"{user.Email} opened the bidder's response page.");
            Assert.False(receipt.Succeeded, $"{user.Email} read the bidder's receipt.");
            Assert.Equal(HttpStatusCode.NotFound, bidderDownload.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, receiptPdf.StatusCode);
            Assert.DoesNotContain(Answer, read.Message ?? "");
            Assert.Equal(refusedBefore + 7, await steps.AuditCountAsync(RefusedAccessLog.Action, actor.UserId));
        }
        Assert.Equal(0, await steps.AuditCountAsync("ResponseRead"));
    }

    [Fact]
    public async Task After_the_deadline_the_box_opens_only_on_a_second_different_procurement_officers_confirmation_and_only_readers_read()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var (commissionId, ittId) = await steps.IssuedTenderAsync("Two officers open the box");
        var pdf = DocumentClients.SamplePdf("Method statement of Pathways to Work");
        var (bidder, token) = await steps.UploaderAsync(ResponseSteps.Pathways, ittId);
        var file = await ResponseSteps.UploadedAsync(bidder, token, ittId, "method.pdf", pdf);
        await steps.SubmitCompleteAsync(ittId, await steps.SupplierAsync(ResponseSteps.Pathways), Answer);
        await steps.SubmitCompleteAsync(ittId, await steps.SupplierAsync(ResponseSteps.SecondChance));
        var midlands = await steps.SupplierAsync(ResponseSteps.Midlands);
        await steps.SaveCompleteAsync(ittId, midlands);
        var deadline = await steps.DeadlineAsync(ittId);
        await steps.ClockAtAsync(deadline.AddSeconds(5));
        Assert.False((await steps.Responses(midlands).SubmitAsync(ittId)).Succeeded);
        await steps.PastTheDeadlineAsync(commissionId, ittId);
        var first = await steps.ProcurementOfficerAsync();
        var second = await steps.SecondProcurementOfficerAsync();
        var administrator = await steps.OfficeActorAsync(DemoUsers.Administrator);
        var responseId = (await steps.ResponseOfAsync(ittId, ResponseSteps.Pathways)).Id;

        Assert.True((await steps.Box(first).ConfirmOpeningAsync(commissionId)).Succeeded);
        var afterOne = await steps.Box(first).ReadAsync(commissionId, responseId);
        var fileAfterOne = await steps.Box(first).OpenFileAsync(commissionId, responseId, file.Id);
        var firstClient = await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email);
        var downloadAfterOne = await firstClient.GetAsync(TenderBoxEndpoints.FileUrl(commissionId, responseId, file.Id));
        var again = await steps.Box(first).ConfirmOpeningAsync(commissionId);

        Assert.Equal(OperationOutcome.Forbidden, afterOne.Outcome);
        Assert.Equal(TenderBoxAccess.SealedMessage, afterOne.Message);
        Assert.Null(fileAfterOne);
        Assert.Equal(HttpStatusCode.NotFound, downloadAfterOne.StatusCode);
        Assert.False(again.Succeeded);
        Assert.Contains("already confirmed", again.Message);
        Assert.Equal(CommissionState.Opening, (await steps.Tenders.CommissionAsync(commissionId)).State);
        await using (var db = await app.OpenDbAsync())
            Assert.False(await db.Set<TenderOpeningRecord>().AnyAsync(o => o.InvitationToTenderId == ittId));

        Assert.True((await steps.Box(second).ConfirmOpeningAsync(commissionId)).Succeeded);
        var readsBefore = await steps.AuditCountAsync("ResponseRead", first.UserId);
        var read = await steps.Box(first).ReadAsync(commissionId, responseId);
        var download = await firstClient.GetAsync(TenderBoxEndpoints.FileUrl(commissionId, responseId, file.Id));
        var byAdministrator = await steps.Box(administrator).ReadAsync(commissionId, responseId);
        var administratorClient = await app.SignedInClientAsync(DemoUsers.Administrator.Email);
        var administratorDownload = await administratorClient.GetAsync(TenderBoxEndpoints.FileUrl(commissionId, responseId, file.Id));

        Assert.Equal(CommissionState.Evaluation, (await steps.Tenders.CommissionAsync(commissionId)).State);
        Assert.True(read.Succeeded, read.Message);
        Assert.Equal(Answer, read.Value!.Content.Quality[0]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(readsBefore + 2, await steps.AuditCountAsync("ResponseRead", first.UserId));
        Assert.Equal(OperationOutcome.Forbidden, byAdministrator.Outcome);
        Assert.Equal(TenderBoxAccess.NotPermittedMessage, byAdministrator.Message);
        Assert.Equal(HttpStatusCode.NotFound, administratorDownload.StatusCode);
        Assert.Equal(0, await steps.AuditCountAsync("ResponseRead", administrator.UserId));
    }

    [Fact]
    public async Task The_opening_record_lists_each_response_with_its_receipt_time_and_hashes_and_every_late_attempt()
    {
        await using var app = new PortalAppFactory();
        var steps = new ResponseSteps(app);
        var (commissionId, ittId) = await steps.IssuedTenderAsync("The opening record");
        var pdf = DocumentClients.SamplePdf("Pricing notes of Pathways to Work");
        var (bidder, token) = await steps.UploaderAsync(ResponseSteps.Pathways, ittId);
        var file = await ResponseSteps.UploadedAsync(bidder, token, ittId, "pricing-notes.pdf", pdf);
        var pathwaysReceipt = await steps.SubmitCompleteAsync(ittId, await steps.SupplierAsync(ResponseSteps.Pathways), Answer);
        app.Clock.Advance(TimeSpan.FromHours(3));
        var secondChanceReceipt = await steps.SubmitCompleteAsync(ittId, await steps.SupplierAsync(ResponseSteps.SecondChance));
        var midlands = await steps.SupplierAsync(ResponseSteps.Midlands);
        await steps.SaveCompleteAsync(ittId, midlands);
        var deadline = await steps.DeadlineAsync(ittId);
        await steps.ClockAtAsync(deadline.AddSeconds(30));
        Assert.False((await steps.Responses(midlands).SubmitAsync(ittId)).Succeeded);

        await steps.PastTheDeadlineAsync(commissionId, ittId);
        await steps.OpenTheBoxAsync(commissionId);

        await using var db = await app.OpenDbAsync();
        var record = await db.Set<TenderOpeningRecord>().AsNoTracking().SingleAsync(o => o.InvitationToTenderId == ittId);
        var receipts = await db.Set<ResponseSubmission>().AsNoTracking().Where(s => s.InvitationToTenderId == ittId).ToDictionaryAsync(s => s.Id);
        Assert.Equal(deadline, record.TenderDeadline);
        Assert.Contains(DemoUsers.ProcurementOfficer.DisplayName, record.ConfirmedBy);
        Assert.Contains(DemoUsers.SecondProcurementOfficer.DisplayName, record.ConfirmedBy);
        Assert.Collection(record.Responses,
            pathways => AssertMatches(pathways, receipts[pathwaysReceipt], ResponseSteps.Pathways),
            secondChance => AssertMatches(secondChance, receipts[secondChanceReceipt], ResponseSteps.SecondChance));
        var openedFile = Assert.Single(record.Responses[0].Files);
        Assert.Equal(("pricing-notes.pdf", Convert.ToHexStringLower(SHA256.HashData(pdf)), true), (openedFile.Name, openedFile.Sha256, openedFile.MatchesReceipt));
        Assert.Equal(file.Sha256, openedFile.Sha256);
        var late = Assert.Single(record.LateAttempts);
        Assert.Equal((ResponseSteps.Midlands, deadline.AddSeconds(30)), (late.SupplierName, late.AttemptedAt));
        Assert.Equal(0, record.WithdrawnCount);
    }

    private static void AssertMatches(OpenedResponse opened, ResponseSubmission receipt, string supplier)
    {
        Assert.Equal(supplier, opened.SupplierName);
        Assert.Equal(receipt.ReceivedAt, opened.ReceivedAt);
        Assert.Equal(receipt.ResponseSha256, opened.ResponseSha256);
        Assert.Equal(receipt.ContentSha256, opened.AnswersSha256);
        Assert.True(opened.Intact, $"The response of {supplier} did not match its receipt.");
    }
}
