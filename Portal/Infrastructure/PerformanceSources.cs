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
}
