using Microsoft.EntityFrameworkCore;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

/// <summary>For the supplier's dashboard: its contracts with an outcomes framework, the next return due, late ones and queries to answer.</summary>
public sealed class SupplierReturnsListService(IDbContextFactory<PortalDbContext> contexts, ICurrentActor currentActor, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupplierReturnsItem>> ListForSupplierAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken) is not { } supplierId) return [];
        var frameworks = await db.OutcomesFrameworks.AsNoTracking().Where(f => f.SupplierId == supplierId).ToListAsync(cancellationToken);
        if (frameworks.Count == 0) return [];
        var contractIds = frameworks.Select(f => f.ContractId).ToList();
        var contracts = await db.Contracts.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var frameworkIds = frameworks.Select(f => f.Id).ToList();
        var returns = await db.SupplierReturns.AsNoTracking().Where(r => frameworkIds.Contains(r.FrameworkId)).ToListAsync(cancellationToken);
        var today = UkTime.DateOf(clock.GetUtcNow());
        return frameworks.Select(framework =>
        {
            var contract = contracts[framework.ContractId];
            var own = returns.Where(r => r.FrameworkId == framework.Id).ToList();
            var unsubmitted = ReportingPeriods.Between(contract.CommencementDate, contract.CurrentEndsOn)
                .Where(p => p.Starts <= today && own.SingleOrDefault(r => r.PeriodStarts == p.Starts) is not { Status: ReturnStatus.Submitted })
                .ToList();
            var next = unsubmitted.FirstOrDefault();
            return new SupplierReturnsItem(framework.CommissionId, contract.Title, next?.Name, next is null ? null : framework.ReturnDueOn(next),
                unsubmitted.Count(p => today > framework.ReturnDueOn(p)),
                own.Sum(r => r.Figures.Count(f => f.Status == FigureStatus.Queried)));
        }).ToList();
    }
}
