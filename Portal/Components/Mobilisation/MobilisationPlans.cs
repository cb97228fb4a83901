using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Contracts;
using Portal.Domain.Mobilisation;

namespace Portal.Components.Mobilisation;

/// <summary>Making a plan when an award is confirmed, from the template as the office last saved it (or the default, if never).</summary>
public static class MobilisationPlans
{
    public static async Task<MobilisationPlan> CreateAtAwardAsync(PortalDbContext db, Contract contract, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var plan = MobilisationPlan.FromTemplate(await TemplateItemsAsync(db, cancellationToken), contract, at);
        db.MobilisationPlans.Add(plan);
        return plan;
    }

    public static async Task<IReadOnlyList<MobilisationTemplateItem>> TemplateItemsAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        (await db.MobilisationTemplates.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.Items ?? MobilisationTemplate.DefaultItems;
}
