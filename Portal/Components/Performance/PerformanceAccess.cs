using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.Performance;

/// <summary>A contract as the performance pages read it: its commission, the contract itself, its framework if set up, and its periods.</summary>
public sealed record PerformanceScope(Commission Commission, Contract Contract, OutcomesFramework? Framework, Guid? ActorSupplierId)
{
    public IReadOnlyList<ReportingPeriod> Periods { get; } = ReportingPeriods.Between(Contract.CommencementDate, Contract.CurrentEndsOn);
}

/// <summary>
/// Who may see a contract's performance: anyone in the office; of suppliers, only the users of the supplier awarded the contract.
/// Anyone else is told it does not exist, and the attempt is logged and audited.
/// </summary>
public sealed class PerformanceAccess(RefusedAccessLog refusals)
{
    public const string NoContractMessage = "This commission has no contract yet: performance is managed once an award is confirmed.";

    public async Task<(PerformanceScope? Scope, OperationResult? Refusal)> LoadAsync(PortalDbContext db, Actor actor, Guid commissionId,
        CancellationToken cancellationToken)
    {
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commissionId, cancellationToken);
        var contract = commission is null ? null : await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commissionId, cancellationToken);
        Guid? supplierId = null;
        if (!actor.IsOfficeUser)
        {
            supplierId = await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken);
            if (contract is null || supplierId is null || contract.SupplierId != supplierId)
            {
                await refusals.RecordAsync(actor, $"the performance returns of commission {commissionId}, whose contract is not their organisation's");
                return (null, OperationResult.NotFound("contract"));
            }
        }
        if (commission is null) return (null, OperationResult.NotFound());
        if (contract is null) return (null, new OperationResult(OperationOutcome.NotFound, NoContractMessage));
        var framework = await db.OutcomesFrameworks.AsNoTracking().SingleOrDefaultAsync(f => f.ContractId == contract.Id, cancellationToken);
        return (new PerformanceScope(commission, contract, framework, supplierId), null);
    }

    /// <summary>Records an office user trying to do what only the framework's managers may, or a supplier trying to verify.</summary>
    public Task RecordRefusedAsync(Actor actor, string what, Guid commissionId) => refusals.RecordAsync(actor, what, actor.IsOfficeUser ? commissionId : null);
}
