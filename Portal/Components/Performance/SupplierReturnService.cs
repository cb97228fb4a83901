using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Documents;
using Portal.Components.Uploads;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

/// <summary>A stored evidence file opened for reading. The caller disposes <see cref="Content"/>.</summary>

/// <summary>
/// The supplier's side of its returns: drafting, submitting, answering the office's queries and uploading evidence, by the
/// users of the supplier awarded the contract only. Evidence is streamed to disk, checked by its bytes, scanned for viruses and
/// only then recorded; office and supplier may download it.
/// </summary>
public sealed class SupplierReturnService(
    IDbContextFactory<PortalDbContext> contexts,
    PerformanceAccess access,
    PerformanceWriter writer,
    ScannedFileStore evidenceFiles,
    ICurrentActor currentActor)
{

    public long MaxBytes => evidenceFiles.MaxBytes;

    public string MaxDescription => FileSize.Describe(MaxBytes);

    public async Task<OperationResult> SaveDraftAsync(Guid commissionId, DateOnly periodStarts, Guid? token, ReturnEntry entry, CancellationToken cancellationToken = default)
    {
        var (actor, supplierId, refusal) = await SupplierAsync(commissionId, "saving a performance return", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeReturnAsync(commissionId, periodStarts, token, actor, (framework, existing, period, at) =>
        {
            var supplierReturn = existing ?? SupplierReturn.Start(framework, period, actor, supplierId, at);
            supplierReturn.SaveDraft(entry, framework, actor, supplierId, at);
            return (supplierReturn, new PerformanceChange("ReturnDraftSaved",
                $"draft saved ({supplierReturn.Figures.Count(f => f.Actual is not null)} of {framework.Measures.Count} figures entered)"));
        }, cancellationToken);
    }

    public async Task<OperationResult> SubmitAsync(Guid commissionId, DateOnly periodStarts, Guid token, CancellationToken cancellationToken = default)
    {
        var (actor, supplierId, refusal) = await SupplierAsync(commissionId, "submitting a performance return", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeReturnAsync(commissionId, periodStarts, token, actor, (framework, supplierReturn, period, at) =>
        {
            if (supplierReturn is null) throw new DomainRuleException("Save the return's figures before submitting it.");
            supplierReturn.Submit(framework, actor, supplierId, at);
            var late = supplierReturn.IsLate(UkTime.DateOf(at)) ? $", late (due {UkTime.LongDate(supplierReturn.DueOn)})" : "";
            return (supplierReturn, new PerformanceChange("ReturnSubmitted", $"submitted by {actor.DisplayName}{late}", Tell.Office,
                $"{framework.SupplierName} submitted its {period.Name} return",
                $"{framework.SupplierName} submitted its performance return for {period.Label}{late}. Its figures are self-reported until you verify them.",
                $"/commissions/{commissionId}/performance"));
        }, cancellationToken);
    }

    /// <param name="breakdown">The figure's breakdown as it now stands, or null to keep it as it was.</param>
    public async Task<OperationResult> AnswerAsync(Guid commissionId, DateOnly periodStarts, Guid token, Guid measureId, string answer, decimal? correctedActual,
        IReadOnlyList<BreakdownCount>? breakdown = null, CancellationToken cancellationToken = default)
    {
        var (actor, supplierId, refusal) = await SupplierAsync(commissionId, "answering a query on a performance return", cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeReturnAsync(commissionId, periodStarts, token, actor, (framework, supplierReturn, period, at) =>
        {
            if (supplierReturn is null) throw new DomainRuleException("There is no return for that period.");
            var before = supplierReturn.FigureFor(measureId)?.Actual;
            supplierReturn.Answer(measureId, answer, correctedActual, breakdown, framework, actor, supplierId, at);
            var after = supplierReturn.FigureFor(measureId)!.Actual;
            var name = framework.Measure(measureId).Name;
            var corrected = after != before ? $"; figure corrected from {before:0.##} to {after:0.##}" : "";
            return (supplierReturn, new PerformanceChange("ReturnQueryAnswered", $"query on \"{name}\" answered: {answer.Trim()}{corrected}", Tell.Office,
                $"{framework.SupplierName} answered your query on its {period.Name} return",
                $"{framework.SupplierName} answered your query on \"{name}\": {answer.Trim()}{corrected}. The figure is self-reported until you verify it.",
                $"/commissions/{commissionId}/performance"));
        }, cancellationToken);
    }

    /// <summary>
    /// Streams a file chosen in the browser to a temporary file (size limit, SHA-256, checked against its extension by its bytes),
    /// scans it for viruses, renames it to a name the server chose, then adds it to the return in its write transaction; a
    /// refused file is deleted.
    /// </summary>
    public async Task<OperationResult> UploadEvidenceAsync(Guid commissionId, DateOnly periodStarts, IBrowserFile browserFile, CancellationToken cancellationToken = default)
    {
        var (actor, supplierId, refusal) = await SupplierAsync(commissionId, "uploading evidence to a performance return", cancellationToken);
        if (refusal is not null) return refusal;
        return await evidenceFiles.StoreAsync(browserFile, actor.UserId, "return evidence", file =>
            writer.ChangeReturnAsync(commissionId, periodStarts, null, actor, (framework, existing, period, at) =>
            {
                var supplierReturn = existing ?? SupplierReturn.Start(framework, period, actor, supplierId, at);
                supplierReturn.AddEvidence(new ReturnEvidence(file.OriginalName, file.StoredName, file.ContentType, file.Size, file.Sha256,
                    actor.UserId, actor.DisplayName, at), framework, actor, supplierId, at);
                return (supplierReturn, new PerformanceChange("ReturnEvidenceUploaded", $"evidence {file.Describe()} added"));
            }, cancellationToken), cancellationToken);
    }

    /// <summary>An evidence file, to the office or to the supplier whose return it is in.</summary>
    public async Task<OperationResult<OpenedFile>> OpenEvidenceAsync(Guid commissionId, Guid evidenceId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await access.LoadAsync(db, actor, commissionId, cancellationToken);
        if (refusal is not null) return OperationResult<OpenedFile>.From(refusal);
        var evidence = scope!.Framework is null ? null : await db.SupplierReturns.AsNoTracking()
            .Where(r => r.FrameworkId == scope.Framework.Id).SelectMany(r => r.Evidence).SingleOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        return evidence is not null && evidenceFiles.Open(evidence, "Return evidence") is { } opened
            ? OperationResult<OpenedFile>.Ok(opened)
            : OperationResult<OpenedFile>.From(OperationResult.NotFound("document"));
    }

    /// <summary>The actor and their organisation, if a user of the supplier awarded this contract; the office and other suppliers are refused.</summary>
    private async Task<(Actor Actor, Guid? SupplierId, OperationResult? Refusal)> SupplierAsync(Guid commissionId, string what, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (scope, refusal) = await access.LoadAsync(db, actor, commissionId, cancellationToken);
        if (refusal is not null) return (actor, null, refusal);
        if (scope!.ActorSupplierId is { } supplierId) return (actor, supplierId, null);
        await access.RecordRefusedAsync(actor, what, commissionId);
        return (actor, null, OperationResult.Refused("Only the users of the supplier awarded this contract fill in its returns."));
    }
}
