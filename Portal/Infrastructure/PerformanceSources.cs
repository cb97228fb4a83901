using Portal.Domain.Performance;

namespace Portal.Infrastructure;

/// <summary>
/// A contract's performance against its outcomes framework, read by the contract register, meetings' data packs and board
/// reports. It checks no access: its callers do.
/// </summary>
public interface IContractPerformanceSource
{
    /// <summary>The contract's periods with their figures; a contract with no outcomes framework yet has no periods.</summary>
    Task<ContractPerformance> GetAsync(Guid contractId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Each contract's performance, keyed by its id, for the pages that list many contracts. A source that can read them all at
    /// once overrides this; otherwise each is read in turn.
    /// </summary>
    async Task<IReadOnlyDictionary<Guid, ContractPerformance>> GetManyAsync(IReadOnlyCollection<Guid> contractIds,
        CancellationToken cancellationToken = default)
    {
        var read = new Dictionary<Guid, ContractPerformance>();
        foreach (var id in contractIds.Distinct()) read[id] = await GetAsync(id, cancellationToken);
        return read;
    }
}
