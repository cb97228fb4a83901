using Microsoft.EntityFrameworkCore;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Mobilisation;
using Portal.Infrastructure;

namespace Portal.Components.Mobilisation;

/// <summary>For the supplier's dashboard: the contracts awarded to its organisation that are being mobilised.</summary>
public sealed class SupplierMobilisationService(IDbContextFactory<PortalDbContext> contexts, ICurrentActor currentActor, TimeProvider clock)
{
    /// <summary>The contracts of the actor's organisation that have a plan, with how much of its part is left.</summary>
    public async Task<IReadOnlyList<SupplierMobilisationItem>> ListForSupplierAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken) is not { } supplierId) return [];
        var plans = await db.MobilisationPlans.AsNoTracking().Where(p => p.SupplierId == supplierId).ToListAsync(cancellationToken);
        var ids = plans.Select(p => p.CommissionId).ToList();
        var titles = await db.Commissions.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var today = Today();
        return plans.Select(p =>
        {
            var own = p.Items.Where(i => i.Owner == MobilisationOwner.Supplier).ToList();
            return new SupplierMobilisationItem(p.CommissionId, titles[p.CommissionId],
                own.Count(i => i.Status != MobilisationItemStatus.Done), own.Count(i => i.IsOverdue(today)));
        }).ToList();
    }

    private DateOnly Today() => UkTime.DateOf(clock.GetUtcNow());
}
