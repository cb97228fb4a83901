using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Evaluation;
using Portal.Components.Responses;
using Portal.Components.SealedBox;
using Portal.Components.Tendering;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.TenderBox;

/// <summary>
/// The office's side of the sealed box. Before it is opened nobody in the office (administrators included) reads any part
/// of any response, by any page or endpoint; it opens after the deadline when two different procurement officers have
/// each confirmed; from then on every read of a response or of one of its files is audited.
/// </summary>
public sealed class TenderBoxService(
    IDbContextFactory<PortalDbContext> contexts,
    TenderWriter writer,
    TenderBoxOpener opener,
    ResponseVault vault,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock,
    ILogger<TenderBoxService> logger)
{
    public async Task<OperationResult<TenderBoxView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, $"the tender box of commission {commissionId}") is { } refusal)
            return OperationResult<TenderBoxView>.From(refusal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (commission is null || itt is null) return OperationResult<TenderBoxView>.From(OperationResult.NotFound());
        var opening = await db.Set<TenderOpeningRecord>().AsNoTracking().SingleOrDefaultAsync(o => o.InvitationToTenderId == itt.Id, cancellationToken);
        var canConfirm = commission.State == CommissionState.Opening && actor.IsInRole(Roles.ProcurementOfficer)
            && commission.OpeningConfirmations.All(c => c.UserId != actor.UserId);
        return OperationResult<TenderBoxView>.Ok(new TenderBoxView(commissionId, commission.Reference, commission.Title, commission.State,
            itt.TenderDeadline, commission.TendersReceivedCount, commission.OpeningConfirmations.Select(c => c.OfficerName).ToList(), canConfirm,
            opening is not null && TenderBoxAccess.MayReadOpenedResponses(actor), opening));
    }

    /// <summary>
    /// Records the officer's confirmation. When another procurement officer has already confirmed, this one opens the box:
    /// every response is decrypted and checked against its receipt, and the opening record is made.
    /// </summary>
    public async Task<OperationResult> ConfirmOpeningAsync(Guid commissionId)
    {
        var actor = await currentActor.GetAsync();
        if (OfficeAccess.Refuse(actor, logger, $"opening the tender box of commission {commissionId}") is { } refusal) return refusal;
        Guid? ittId;
        bool opensNow;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId);
            ittId = await db.Set<InvitationToTender>().AsNoTracking().Where(i => i.CommissionId == commissionId).Select(i => (Guid?)i.Id).SingleOrDefaultAsync();
            if (commission is null || ittId is null) return OperationResult.NotFound();
            opensNow = commission.OpeningConfirmations.Any(c => c.UserId != actor.UserId);
        }
        var found = opensNow ? await opener.CheckAsync(ittId.Value) : default;
        return await writer.ChangeAsync(commissionId, null, actor, async work =>
        {
            work.Commission.ConfirmTenderOpening(actor, work.At);
            var request = new TransitionRequest(actor, work.At, "Two procurement officers confirmed the opening");
            if (!opensNow || !work.Commission.CanFire(CommissionTrigger.OpenTenders, request)) return;
            work.Commission.Fire(CommissionTrigger.OpenTenders, request);
            var record = new TenderOpeningRecord(commissionId, work.Itt.Id, work.Itt.TenderDeadline!.Value, work.At,
                work.Commission.OpeningConfirmations.Select(c => $"{c.OfficerName} ({Domain.Common.UkTime.Format(c.ConfirmedAt)})").ToList(),
                found.Responses, found.Withdrawn, found.LateAttempts);
            work.Db.Set<TenderOpeningRecord>().Add(record);
            var broken = found.Responses.Count(r => !r.Intact);
            await AuditTrail.AppendAsync(work.Db, commissionId, actor, work.At, "TenderBoxOpened",
                $"Tender box opened: {found.Responses.Count} response(s), {found.LateAttempts.Count} late attempt(s)" +
                (broken > 0 ? $"; {broken} response(s) did not match their receipts" : "; every response matched its receipt"));
        });
    }

    public async Task<OperationResult<OpenedResponseView>> ReadAsync(Guid commissionId, Guid responseId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var access = await CheckReadAsync(commissionId, responseId, actor, "the response", cancellationToken);
        if (access.Refusal is { } refusal) return OperationResult<OpenedResponseView>.From(refusal);
        var (response, opened, reference, title, shape, cipher) = access.Found!.Value;
        using (cipher) ResponseVault.Reveal(response, cipher);
        await AuditReadAsync(commissionId, actor, $"{actor.DisplayName} read the response of {response.SupplierName}");
        return OperationResult<OpenedResponseView>.Ok(new OpenedResponseView(commissionId, reference, title, response.Id, response.SupplierName,
            opened, shape.Itt, response.Content.ShapedFor(shape), response.CurrentFiles.ToList()));
    }

    public async Task<(ResponseFile File, Stream Content)?> OpenFileAsync(Guid commissionId, Guid responseId, Guid fileId,
        CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var access = await CheckReadAsync(commissionId, responseId, actor, $"file {fileId} of a response", cancellationToken);
        if (access.Found is not { } found) return null;
        using var cipher = found.Cipher;
        if (found.Response.CurrentFiles.FirstOrDefault(f => f.Id == fileId) is not { } file)
        {
            await refusals.RecordAsync(actor, $"file {fileId}, which is not part of the response of {found.Response.SupplierName}", commissionId);
            return null;
        }
        await AuditReadAsync(commissionId, actor, $"{actor.DisplayName} opened \"{file.OriginalName}\" from the response of {found.Response.SupplierName}");
        return (file, vault.OpenFile(found.Response.InvitationToTenderId, file, cipher));
    }

    private sealed record ReadAccess(OperationResult? Refusal,
        (TenderResponse Response, OpenedResponse Opened, string Reference, string Title, ResponseShape Shape, SealedBoxCipher Cipher)? Found);

    /// <summary>
    /// Only an office reader, only once the box is opened, only a response that was in it, and for an evaluator only once
    /// they have declared for every bidder and hold no conflict with this one: anything else is refused and the attempt
    /// audited, whatever page or address it came by.
    /// </summary>
    private async Task<ReadAccess> CheckReadAsync(Guid commissionId, Guid responseId, Actor actor, string what, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().Where(c => c.Id == commissionId).Select(c => new { c.Number, c.Title, c.InitialTermMonths }).SingleOrDefaultAsync(cancellationToken);
        var response = await db.Set<TenderResponse>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == responseId && r.CommissionId == commissionId, cancellationToken);
        var description = $"{what} {responseId} of commission {commissionId}";
        if (!actor.IsOfficeUser || commission is null || response is null)
        {
            await refusals.RecordAsync(actor, description, actor.IsOfficeUser && commission is not null ? commissionId : null);
            return new ReadAccess(actor.IsOfficeUser ? OperationResult.NotFound("response") : OperationResult.Forbidden(), null);
        }
        if (!TenderBoxAccess.MayReadOpenedResponses(actor))
        {
            await refusals.RecordAsync(actor, description, commissionId);
            return new ReadAccess(new OperationResult(OperationOutcome.Forbidden, TenderBoxAccess.NotPermittedMessage), null);
        }
        var opening = await db.Set<TenderOpeningRecord>().AsNoTracking().SingleOrDefaultAsync(o => o.InvitationToTenderId == response.InvitationToTenderId, cancellationToken);
        var opened = opening?.Responses.FirstOrDefault(r => r.ResponseId == responseId);
        if (opening is null || opened is null)
        {
            await refusals.RecordAsync(actor, $"{description} while the tender box is sealed", commissionId);
            return new ReadAccess(new OperationResult(OperationOutcome.Forbidden, opening is null ? TenderBoxAccess.SealedMessage
                : "That response was not in the tender box at the deadline, so it is not part of this tender."), null);
        }
        if (await EvaluatorGate.WhyRefusedAsync(db, actor, commissionId, response.SupplierId, cancellationToken) is { } kept)
        {
            await refusals.RecordAsync(actor, $"{description} ({response.SupplierName}): {kept}", commissionId);
            return new ReadAccess(new OperationResult(OperationOutcome.Forbidden, kept), null);
        }
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleAsync(i => i.Id == response.InvitationToTenderId, cancellationToken);
        return new ReadAccess(null, (response, opened, Commission.FormatReference(commission.Number), commission.Title,
            ResponseShape.Of(itt, commission.InitialTermMonths), await vault.ExistingCipherAsync(db, response.InvitationToTenderId, cancellationToken)));
    }

    private Task AuditReadAsync(Guid commissionId, Actor actor, string summary) =>
        AuditTrail.AppendAloneAsync(contexts, commissionId, actor, clock.GetUtcNow(), "ResponseRead", summary);
}
