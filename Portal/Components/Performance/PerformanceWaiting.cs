using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Performance;

namespace Portal.Components.Performance;

/// <summary>What contract performance puts on the office dashboard: returns to verify, and returns the supplier has let go late.</summary>
public static class PerformanceWaiting
{
    public const string VerifyReturns = "Verify the supplier's performance return";
    public const string ChaseLateReturns = "Chase a late performance return";

    /// <summary>Commissions with a submitted return that still has a figure waiting for an officer.</summary>
    public static IQueryable<Commission> WithReturnsToVerify(PortalDbContext db) =>
        db.Commissions.AsNoTracking().Where(c => db.SupplierReturns.Any(r => r.CommissionId == c.Id && r.Status == ReturnStatus.Submitted
            && r.Figures.Any(f => f.Status == FigureStatus.SelfReported)));

    /// <summary>
    /// The owner's commissions in contract management with a period whose return is past its due date and not submitted. Periods
    /// come from each contract's dates, so this is worked out here rather than in SQL; one owner has few live contracts.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> WithLateReturnsAsync(PortalDbContext db, string ownerId, DateOnly today, CancellationToken cancellationToken)
    {
        var frameworks = await (from f in db.OutcomesFrameworks.AsNoTracking()
                                join c in db.Contracts.AsNoTracking() on f.ContractId equals c.Id
                                join m in db.Commissions.AsNoTracking() on f.CommissionId equals m.Id
                                where m.State == CommissionState.ContractManagement && m.OwnerId == ownerId
                                select new { f.Id, f.CommissionId, f.ReturnDueDays, c.CommencementDate, EndsOn = c.RevisedEndsOn ?? c.EndsOn }).ToListAsync(cancellationToken);
        var ids = frameworks.Select(f => f.Id).ToList();
        var submitted = (await db.SupplierReturns.AsNoTracking().Where(r => ids.Contains(r.FrameworkId) && r.Status == ReturnStatus.Submitted)
            .Select(r => new { r.FrameworkId, r.PeriodStarts }).ToListAsync(cancellationToken)).ToHashSet();
        return frameworks.Where(f => ReportingPeriods.Between(f.CommencementDate, f.EndsOn)
                .Any(p => today > OutcomesFramework.ReturnDueOn(p, f.ReturnDueDays) && !submitted.Contains(new { FrameworkId = f.Id, PeriodStarts = p.Starts })))
            .Select(f => f.CommissionId).ToList();
    }
}
