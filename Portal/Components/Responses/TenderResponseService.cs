using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Notifications;
using Portal.Components.Suppliers;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Responses;

/// <summary>
/// A bidder's own response: reading it, saving drafts, submitting into the sealed box (the deadline checked by the
/// server's clock inside the submitting transaction), withdrawing, and its receipts. Only the invited organisation's
/// users reach any of it; everyone else is told it does not exist, and the attempt is logged.
/// </summary>
public sealed class TenderResponseService(
    IDbContextFactory<PortalDbContext> contexts,
    TenderWriter tenders,
    ResponseWriter writer,
    ResponseVault vault,
    ICurrentActor currentActor,
    RefusedAccessLog refusals,
    IConfiguration configuration,
    TimeProvider clock)
{
    public async Task<OperationResult<ResponseEditorView>> GetAsync(Guid ittId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.InvitationOfAsync(db, actor, ittId, cancellationToken) is not { } invitation)
            return OperationResult<ResponseEditorView>.From(await NotInvitedAsync(actor, ittId, "a tender response"));
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.Id == ittId, cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == itt.CommissionId, cancellationToken);
        var response = await db.Set<TenderResponse>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.InvitationToTenderId == ittId && r.SupplierId == invitation.SupplierId, cancellationToken);
        var shape = ResponseShape.Of(itt, commission.InitialTermMonths);
        if (response is not null)
        {
            using var cipher = await vault.ExistingCipherAsync(db, ittId, cancellationToken);
            ResponseVault.Reveal(response, cipher);
        }
        var content = (response?.Content ?? new ResponseContent()).ShapedFor(shape);
        var files = response?.CurrentFiles.OrderBy(f => f.UploadedAt)
            .Select(ResponseFileView.Of).ToList() ?? [];
        var limits = ResponseLimits.From(configuration);
        return OperationResult<ResponseEditorView>.Ok(new ResponseEditorView(ittId, commission.Reference, commission.Title, invitation.SupplierName,
            itt.TenderDeadline, SupplierTenderService.StageOf(commission.State, itt.ClarificationDeadline, itt.TenderDeadline, clock.GetUtcNow()),
            shape, response?.Status, content, files,
            response?.Submissions.OrderByDescending(s => s.Number).Select(Summary).ToList() ?? [],
            ResponseRules.ProblemsBeforeSubmit(content, shape, files.Any(f => f.Slot == ResponseFileSlot.PricingSchedule)),
            response?.LastSavedAt, response?.LastSavedByName, response?.ConcurrencyToken, invitation.HasDeclined,
            limits.MaxFileBytes, limits.MaxResponseBytes));
    }

    /// <returns>The response's new version, to send with the next save.</returns>
    public async Task<OperationResult<Guid>> SaveDraftAsync(Guid ittId, ResponseContent content, Guid? expectedToken)
    {
        var actor = await currentActor.GetAsync();
        var token = Guid.Empty;
        var result = await writer.ChangeAsync(ittId, actor, "a draft save", expectedToken, (work, response, shape) =>
        {
            response.SaveDraft(content, shape, work.Itt.TenderDeadline, actor, work.At);
            token = response.ConcurrencyToken;
            return Task.CompletedTask;
        });
        return result.Succeeded ? OperationResult<Guid>.Ok(token) : OperationResult<Guid>.From(result);
    }

    /// <summary>
    /// Puts the response in the box. The deadline is read from the server's clock inside the transaction; a late attempt
    /// is refused, recorded for the opening record and audited. The receipt is emailed to the organisation's users.
    /// </summary>
    /// <returns>The receipt's id.</returns>
    public async Task<OperationResult<Guid>> SubmitAsync(Guid ittId)
    {
        var actor = await currentActor.GetAsync();
        ResponseSubmission? receipt = null;
        string? lateMessage = null;
        // A late attempt records only itself, before any response is loaded: nothing of a response changes after the deadline.
        var result = await tenders.ChangeAsInvitedSupplierAsync(ittId, actor, "a submission", async (work, invitation) =>
        {
            if (work.Itt.TenderDeadline is { } deadline && work.At >= deadline)
            {
                lateMessage = $"The tender deadline was {UkTime.Format(deadline)}. Your response reached the portal at {UkTime.Format(work.At)}, " +
                    "after it, so it was not accepted. This attempt is recorded.";
                work.Db.Set<LateSubmissionAttempt>().Add(new LateSubmissionAttempt(ittId, invitation.SupplierId, invitation.SupplierName, actor, work.At));
                await AuditTrail.AppendAsync(work.Db, work.Commission.Id, actor, work.At, "LateSubmissionRefused",
                    $"{invitation.SupplierName} tried to submit a response at {UkTime.Format(work.At)}, after the deadline of {UkTime.Format(deadline)}");
                return;
            }
            await writer.ChangeWithinAsync(work, invitation, actor, null, (within, response, shape) => SubmitWithinAsync(within, response, shape));
        });
        if (!result.Succeeded) return OperationResult<Guid>.From(result);
        return lateMessage is not null ? OperationResult<Guid>.From(OperationResult.Refused(lateMessage)) : OperationResult<Guid>.Ok(receipt!.Id);

        async Task SubmitWithinAsync(TenderChange work, TenderResponse response, ResponseShape shape)
        {
            if (work.Db.Entry(response).State == EntityState.Added) throw new DomainRuleException("Write your response before submitting it.");
            receipt = response.Submit(shape, work.Itt.TenderDeadline, actor, work.At);
            work.Commission.RecordTenderReceived(actor, work.At);
            await AuditTrail.AppendAsync(work.Db, work.Commission.Id, actor, work.At, "ResponseSubmitted",
                $"{response.SupplierName} submitted its response (submission {receipt.Number}; whole-response SHA-256 {receipt.ResponseSha256})");
            work.Tell(await TenderRecipients.SuppliersAsync(work.Db, [response.SupplierId]), ReceiptMessage(work, receipt));
        }
    }

    public async Task<OperationResult> WithdrawAsync(Guid ittId)
    {
        var actor = await currentActor.GetAsync();
        return await writer.ChangeAsync(ittId, actor, "a withdrawal", null, async (work, response, _) =>
        {
            var withdrawn = response.Withdraw(work.Itt.TenderDeadline, actor, work.At);
            work.Commission.RecordTenderWithdrawn(actor, work.At);
            await AuditTrail.AppendAsync(work.Db, work.Commission.Id, actor, work.At, "ResponseWithdrawn",
                $"{response.SupplierName} withdrew its response (submission {withdrawn.Number})");
        });
    }

    public async Task<OperationResult> RemoveFileAsync(Guid ittId, Guid fileId)
    {
        var actor = await currentActor.GetAsync();
        // Another organisation's file id is a probe, not a slip: it is told the file does not exist and is logged, as reads are.
        await using (var db = await contexts.CreateDbContextAsync())
        {
            if (await ResponseFileStore.OwnFileAsync(db, actor, ittId, fileId) is null)
                return await NotInvitedAsync(actor, ittId, $"removing response file {fileId}", "file");
        }
        return await writer.ChangeAsync(ittId, actor, "a file removal", null, (work, response, _) =>
        {
            response.RemoveFile(fileId, work.Itt.TenderDeadline, actor, work.At);
            return Task.CompletedTask;
        });
    }

    public async Task<OperationResult<ReceiptView>> GetReceiptAsync(Guid ittId, Guid receiptId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await SupplierMembership.InvitationOfAsync(db, actor, ittId, cancellationToken);
        var receipt = invitation is null ? null : await db.Set<ResponseSubmission>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == receiptId && s.InvitationToTenderId == ittId && s.SupplierId == invitation.SupplierId, cancellationToken);
        if (receipt is null) return OperationResult<ReceiptView>.From(await NotInvitedAsync(actor, ittId, $"receipt {receiptId}", "receipt"));
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == invitation!.CommissionId, cancellationToken);
        return OperationResult<ReceiptView>.Ok(new ReceiptView(receipt.Id, ittId, commission.Reference, commission.Title, receipt.SupplierName,
            receipt.Number, receipt.ReceivedAt, receipt.SubmittedByName, receipt.ContentSha256, receipt.ResponseSha256, receipt.Files,
            receipt.WithdrawnAt, receipt.WithdrawnByName, OfficeIdentity.From(configuration).Name));
    }

    public static string ReceiptLink(Guid ittId, Guid receiptId) => $"/tenders/{ittId}/receipts/{receiptId}";

    public static string ResponseLink(Guid ittId) => $"/tenders/{ittId}/response";

    private static NotificationMessage ReceiptMessage(TenderChange work, ResponseSubmission receipt)
    {
        var files = receipt.Files.Count == 0 ? "No files." : string.Join("\n", receipt.Files.Select(f =>
            $"- {f.Name} ({FileSize.Describe(f.SizeBytes)}, {f.SizeBytes:N0} bytes), SHA-256 {f.Sha256}"));
        return new NotificationMessage($"Receipt: your response to {work.Commission.Reference} is in the tender box",
            $"Your response to {work.Commission.Title} was received at {UkTime.Format(receipt.ReceivedAt)} (server time), " +
            $"submitted by {receipt.SubmittedByName}.\n\nAnswers SHA-256: {receipt.ContentSha256}\n\nFiles:\n{files}\n\n" +
            $"Whole-response SHA-256: {receipt.ResponseSha256}\n({ResponseSubmission.HashRecipe})\n\n" +
            "Keep this receipt. No one at the office can read your response before the deadline.",
            ReceiptLink(work.Itt.Id, receipt.Id));
    }

    private static ReceiptSummary Summary(ResponseSubmission s) =>
        new(s.Id, s.Number, s.ReceivedAt, s.SubmittedByName, s.ResponseSha256, s.WithdrawnAt, s.WithdrawnByName);

    private async Task<OperationResult> NotInvitedAsync(Portal.Domain.Identity.Actor actor, Guid ittId, string what, string noun = "invitation to tender")
    {
        await refusals.RecordAsync(actor, $"{what} of ITT {ittId}, which is not their organisation's");
        return OperationResult.NotFound(noun);
    }
}
