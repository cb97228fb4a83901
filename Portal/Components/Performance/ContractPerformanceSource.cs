using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

/// <summary>
/// A contract's performance from its outcomes framework and submitted returns, for the contract register, meetings' data packs
/// and board reports. Periods run from the contract's commencement to its current end, so an extension adds periods.
/// </summary>
public sealed class ContractPerformanceSource(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IContractPerformanceSource
{
    public async Task<ContractPerformance> GetAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        var framework = contract is null ? null
            : await db.OutcomesFrameworks.AsNoTracking().SingleOrDefaultAsync(f => f.ContractId == contractId, cancellationToken);
        if (contract is null || framework is null) return new ContractPerformance(contractId, 0, []);
        var returns = await db.SupplierReturns.AsNoTracking().Where(r => r.FrameworkId == framework.Id).ToListAsync(cancellationToken);
        return PerformanceReport.Build(contractId, framework, ReportingPeriods.Between(contract.CommencementDate, contract.CurrentEndsOn), returns,
            UkTime.DateOf(clock.GetUtcNow()));
    }
}
