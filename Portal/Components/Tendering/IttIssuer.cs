using Microsoft.EntityFrameworkCore;
using Portal.Components.Notifications;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Tendering;

/// <summary>
/// Issues an ITT: in one transaction the ITT invites every supplier active on its lot at that moment, the commission
/// moves to its clarification period, and each invited supplier's users are notified in the portal and by email (a
/// supplier with no portal user yet is emailed at its contact address).
/// </summary>
public sealed class IttIssuer(TenderWriter writer, IConfiguration configuration, ILogger<IttIssuer> logger)
{
    public async Task<OperationResult> IssueAsync(Guid commissionId, Guid? ittToken, Actor actor)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer))
        {
            logger.LogWarning("Refused {UserId}, who is not a procurement officer, the issue of an ITT", actor.UserId);
            return OperationResult.Forbidden();
        }
        return await writer.ChangeAsync(commissionId, ittToken, actor, async work =>
        {
            var itt = work.Itt;
            var commission = work.Commission;
            var suppliers = await RecordReadinessAsync(work.Db, commission, itt, actor, work.At);
            work.Db.Set<IttInvitation>().AddRange(itt.Issue(suppliers, actor, work.At));
            commission.Fire(CommissionTrigger.IssueItt, new TransitionRequest(actor, work.At));
            var office = configuration["Portal:OfficeName"] is { Length: > 0 } name ? name : "The Commissioner's office";
            work.Tell(await TenderRecipients.SuppliersAsync(work.Db, suppliers.Select(s => s.SupplierId).ToList()),
                new NotificationMessage($"Invitation to tender: {commission.Title}",
                    $"{office} invites you to tender for {commission.Title} ({commission.Reference}). " +
                    $"Clarification questions close {UkTime.Format(itt.ClarificationDeadline)} and tenders are due by {UkTime.Format(itt.TenderDeadline)} (UK time). " +
                    "The documents, timetable and questions are in the portal.",
                    TenderService.SupplierLink(itt.Id)));
        });
    }

    /// <summary>
    /// Copies the ITT's readiness (weights, documents, suppliers active on its lot) onto the commission where it differs, so
    /// the Issue ITT guard reads what the ITT says; returns the lot's active suppliers.
    /// </summary>
    internal static async Task<IReadOnlyList<InvitedSupplier>> RecordReadinessAsync(PortalDbContext db, Commission commission,
        InvitationToTender itt, Actor actor, DateTimeOffset at)
    {
        var suppliers = await ActiveSuppliersAsync(db, itt.LotId);
        if (commission.State == CommissionState.IttPreparation
            && (commission.CriteriaWeightTotal != itt.WeightTotal || commission.IttDocumentCount != itt.Documents.Count
                || commission.InvitedActiveSupplierCount != suppliers.Count))
        {
            commission.RecordIttReadiness(actor, itt.WeightTotal, itt.Documents.Count, suppliers.Count, at);
        }
        return suppliers;
    }

    private static async Task<IReadOnlyList<InvitedSupplier>> ActiveSuppliersAsync(PortalDbContext db, Guid? lotId)
    {
        if (lotId is null) return [];
        var lot = await db.Lots.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lotId);
        var ids = lot?.Members.Where(m => m.Status == SupplierStatus.Active).Select(m => m.SupplierId).ToList() ?? [];
        return await db.SupplierOrganisations.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new InvitedSupplier(s.Id, s.Name)).ToListAsync();
    }
}
