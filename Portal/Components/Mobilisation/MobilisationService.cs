using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Documents;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Mobilisation;
using Portal.Infrastructure;

namespace Portal.Components.Mobilisation;

/// <summary>A stored evidence file opened for reading. The caller disposes <see cref="Content"/>.</summary>

/// <summary>
/// A contract's mobilisation plan for the people who work on it: the office sees and updates every item; the users of the supplier
/// awarded the contract see and update the items it owns. Anyone else asking is refused as not found, logged and audited.
/// </summary>
public sealed class MobilisationService(
    IDbContextFactory<PortalDbContext> contexts,
    MobilisationWriter writer,
    ScannedFileStore evidenceFiles,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock)
{
    public const string NoPlanMessage = "This commission has no mobilisation plan: plans are made when an award is confirmed in the portal.";

    public long MaxBytes => evidenceFiles.MaxBytes;

    public string MaxDescription => FileSize.Describe(MaxBytes);

    public async Task<OperationResult<MobilisationPlanView>> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (plan, supplierId, refusal) = await LoadForAsync(db, actor, commissionId, cancellationToken);
        if (refusal is not null) return OperationResult<MobilisationPlanView>.From(refusal);
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == commissionId, cancellationToken);
        return OperationResult<MobilisationPlanView>.Ok(ToView(plan!, commission, actor, supplierId));
    }

    public async Task<OperationResult> UpdateItemAsync(Guid commissionId, Guid token, Guid itemId, MobilisationItemStatus status, string notes,
        DateOnly? dueOn, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var (supplierId, refusal) = await CheckAccessAsync(actor, commissionId, cancellationToken);
        if (refusal is not null) return refusal;
        return await writer.ChangeAsync(commissionId, token, actor, (plan, _) =>
        {
            var changes = plan.Update(itemId, status, notes, dueOn, actor, supplierId);
            return changes.Length == 0 ? null : ("MobilisationItemUpdated", $"Mobilisation item \"{plan.Item(itemId).Title}\": {changes}");
        }, cancellationToken);
    }

    /// <summary>
    /// Streams a file chosen in the browser to a temporary file (size limit, SHA-256, checked against its extension by its bytes),
    /// renames it to a name the server chose, then adds it to the item in the plan's write transaction; if that is refused the file goes again.
    /// </summary>
    public async Task<OperationResult> UploadEvidenceAsync(Guid commissionId, Guid itemId, IBrowserFile browserFile, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var (supplierId, refusal) = await CheckAccessAsync(actor, commissionId, cancellationToken);
        if (refusal is not null) return refusal;
        return await evidenceFiles.StoreAsync(browserFile, actor.UserId, "mobilisation evidence", file =>
            writer.ChangeAsync(commissionId, null, actor, (plan, at) =>
            {
                plan.AddEvidence(itemId, new MobilisationEvidence(file.OriginalName, file.StoredName, file.ContentType, file.Size, file.Sha256,
                    actor.UserId, actor.DisplayName, at), actor, supplierId);
                return ("MobilisationEvidenceUploaded", $"Evidence {file.Describe()} added to mobilisation item \"{plan.Item(itemId).Title}\"");
            }, cancellationToken), cancellationToken);
    }

    /// <summary>An evidence file, to someone who may see the item it belongs to.</summary>
    public async Task<OperationResult<OpenedFile>> OpenEvidenceAsync(Guid commissionId, Guid evidenceId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (plan, supplierId, refusal) = await LoadForAsync(db, actor, commissionId, cancellationToken);
        if (refusal is not null) return OperationResult<OpenedFile>.From(refusal);
        var item = plan!.Items.FirstOrDefault(i => i.Evidence.Any(e => e.Id == evidenceId));
        if (item is null || !MaySee(actor, plan, supplierId, item))
        {
            await refusals.RecordAsync(actor, $"evidence file {evidenceId}, which is not on a mobilisation item of theirs", commissionId);
            return OperationResult<OpenedFile>.From(OperationResult.NotFound("document"));
        }
        return evidenceFiles.Open(item.Evidence.Single(e => e.Id == evidenceId), "Mobilisation evidence") is { } opened
            ? OperationResult<OpenedFile>.Ok(opened)
            : OperationResult<OpenedFile>.From(OperationResult.NotFound("document"));
    }

    /// <summary>Whether the actor may act on the plan and, if so, their supplier (null for the office), which the plan's rules read.</summary>
    private async Task<(Guid? SupplierId, OperationResult? Refusal)> CheckAccessAsync(Actor actor, Guid commissionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (_, supplierId, refusal) = await LoadForAsync(db, actor, commissionId, cancellationToken);
        return (supplierId, refusal);
    }

    /// <summary>The plan, if the actor may see it: an office user, or a user of the supplier awarded the contract.</summary>
    private async Task<(MobilisationPlan?, Guid?, OperationResult?)> LoadForAsync(PortalDbContext db, Actor actor, Guid commissionId, CancellationToken cancellationToken)
    {
        var plan = await db.MobilisationPlans.AsNoTracking().SingleOrDefaultAsync(p => p.CommissionId == commissionId, cancellationToken);
        if (actor.IsOfficeUser)
            return plan is null ? (null, null, new OperationResult(OperationOutcome.NotFound, NoPlanMessage)) : (plan, null, null);
        var supplierId = await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken);
        if (plan is null || supplierId is null || plan.SupplierId != supplierId)
        {
            await refusals.RecordAsync(actor, $"the mobilisation plan of commission {commissionId}, whose contract is not their organisation's");
            return (null, null, OperationResult.NotFound("mobilisation plan"));
        }
        return (plan, supplierId, null);
    }

    private static bool MaySee(Actor actor, MobilisationPlan plan, Guid? supplierId, MobilisationItem item) =>
        actor.IsOfficeUser || (supplierId == plan.SupplierId && item.Owner == MobilisationOwner.Supplier);

    private MobilisationPlanView ToView(MobilisationPlan plan, Commission commission, Actor actor, Guid? supplierId)
    {
        var today = Today();
        var forSupplier = !actor.IsOfficeUser;
        var shown = plan.Items.Where(i => MaySee(actor, plan, supplierId, i)).OrderBy(i => i.Position).Select(i => new MobilisationItemView(
            i.Id, i.Title, i.Owner, i.Mandatory, i.DueOn, i.Status, i.Notes, i.IsOverdue(today), plan.MayUpdate(actor, supplierId, i),
            actor.IsContractManager,
            i.Evidence.OrderBy(e => e.UploadedAt).Select(e => new EvidenceView(e.Id, e.OriginalName, e.Size, e.UploadedByName, e.UploadedAt)).ToList())).ToList();
        return new MobilisationPlanView(plan.CommissionId, commission.Reference, commission.Title, plan.SupplierName,
            CommissionStages.DescribeState(commission.State), plan.CallOffEffectiveDate, plan.ConcurrencyToken, shown,
            plan.ContractSigned, plan.DpiaCompleted, forSupplier);
    }

    private DateOnly Today() => UkTime.DateOf(clock.GetUtcNow());
}
