using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Identity;

namespace Portal.Components.Evaluation;

/// <summary>
/// Whether someone reading as an evaluator may see a bidder's response, wherever they ask for it (a response page, a file):
/// only an evaluator on the panel who has declared for every bidder, and never one who declared a conflict with this bidder.
/// Procurement and commissioning officers read opened responses by their own role and are not asked.
/// </summary>
public static class EvaluatorGate
{
    public static bool Applies(Actor actor) =>
        actor.IsInRole(Roles.Evaluator) && !actor.IsInRole(Roles.ProcurementOfficer) && !actor.IsInRole(Roles.CommissioningOfficer);

    /// <returns>Why the evaluator may not see the response, in words for them; null when they may, or when the gate does not apply.</returns>
    public static async Task<string?> WhyRefusedAsync(PortalDbContext db, Actor actor, Guid commissionId, Guid supplierId,
        CancellationToken cancellationToken = default)
    {
        if (!Applies(actor)) return null;
        var evaluation = await db.TenderEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.CommissionId == commissionId, cancellationToken);
        return evaluation is null ? "You are not on this tender's evaluation panel." : evaluation.WhyNotVisible(actor.UserId, supplierId);
    }
}
