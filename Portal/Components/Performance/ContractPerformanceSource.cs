using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

/// <summary>
/// A contract's performance from its outcomes framework and submitted returns, for the contract register, meetings' data packs
/// and board reports. Periods run from the contract's commencement to its current end, so an extension adds periods. Many
/// contracts are read in three queries in all: their terms, their frameworks, and the frameworks' returns.
/// </summary>
public sealed class ContractPerformanceSource(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IContractPerformanceSource
{
    public async Task<ContractPerformance> GetAsync(Guid contractId, CancellationToken cancellationToken = default) =>
        (await GetManyAsync([contractId], cancellationToken))[contractId];

    public async Task<IReadOnlyDictionary<Guid, ContractPerformance>> GetManyAsync(IReadOnlyCollection<Guid> contractIds,
        CancellationToken cancellationToken = default)
    {
        var ids = contractIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The contract's current end (Contract.CurrentEndsOn) read as its two columns, without loading its owned collections.
        var terms = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.CommencementDate, CurrentEndsOn = c.RevisedEndsOn ?? c.EndsOn }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var frameworks = await db.OutcomesFrameworks.AsNoTracking().Where(f => ids.Contains(f.ContractId)).ToListAsync(cancellationToken);
        var frameworkIds = frameworks.Select(f => f.Id).ToList();
        var returns = (await db.SupplierReturns.AsNoTracking().Where(r => frameworkIds.Contains(r.FrameworkId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.FrameworkId);
        var today = UkTime.DateOf(clock.GetUtcNow());
        var performances = new Dictionary<Guid, ContractPerformance>();
        foreach (var id in ids)
        {
            var framework = frameworks.SingleOrDefault(f => f.ContractId == id);
            performances[id] = terms.TryGetValue(id, out var term) && framework is not null
                ? PerformanceReport.Build(id, framework, ReportingPeriods.Between(term.CommencementDate, term.CurrentEndsOn),
                    returns[framework.Id].ToList(), today)
                : new ContractPerformance(id, 0, []);
        }
        return performances;
    }
}
