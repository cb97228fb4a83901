using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Meetings;
using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Components.BoardReports;

/// <summary>
/// The half-yearly report to the Reducing Reoffending Board, for the office: one contract or all the contracts being managed (or since
/// closed) that ran in the half. Performance comes from <see cref="IContractPerformanceSource"/>; actions and risks from the meetings.
/// </summary>
public sealed class BoardReportService(
    IDbContextFactory<PortalDbContext> contexts,
    IContractPerformanceSource performance,
    RefusedAccessLog refusals,
    ICurrentActor currentActor,
    TimeProvider clock)
{
    public const string AllContracts = "All contracts";

    /// <param name="half">The half-year; none for the most recent one with returns.</param>
    /// <param name="commissionId">One contract, by its commission; none for all.</param>
    public async Task<OperationResult<BoardReportView>> GetAsync(HalfYear? half, Guid? commissionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOfficeUser)
        {
            await refusals.RecordAsync(actor, "the board report, which is the office's");
            return OperationResult<BoardReportView>.From(OperationResult.Forbidden());
        }
        var today = UkTime.DateOf(clock.GetUtcNow());
        if (half is { } asked && asked.Starts > today)
            return OperationResult<BoardReportView>.From(OperationResult.Refused(
                $"There is no board report for {asked.Label} yet: that half-year has not begun. Choose a half-year that has."));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var managed = await (from contract in db.Contracts.AsNoTracking()
                             join commission in db.Commissions.AsNoTracking() on contract.CommissionId equals commission.Id
                             where commission.State == CommissionState.ContractManagement || commission.State == CommissionState.Closed
                             select new { contract, commission.Number }).ToListAsync(cancellationToken);
        var options = managed.OrderBy(m => m.Number)
            .Select(m => new ContractOption(m.contract.CommissionId, Commission.FormatReference(m.Number), m.contract.Title, m.contract.SupplierName)).ToList();
        if (commissionId is { } id && options.All(o => o.CommissionId != id))
            return OperationResult<BoardReportView>.From(OperationResult.NotFound("contract"));
        var chosen = managed.Where(m => commissionId is null || m.contract.CommissionId == commissionId).OrderBy(m => m.Number).ToList();

        var performances = await performance.GetManyAsync(chosen.Select(m => m.contract.Id).ToList(), cancellationToken);
        var reported = half ?? BoardReport.LatestWithReturns(performances.Values) ?? HalfYear.Containing(today).Previous;

        var running = chosen.Where(m => m.contract.CommencementDate <= reported.Ends && m.contract.CurrentEndsOn >= reported.Starts).ToList();
        var ids = running.Select(m => m.contract.CommissionId).ToList();
        var meetings = await db.ContractMeetings.AsNoTracking().Where(c => ids.Contains(c.CommissionId)).ToDictionaryAsync(c => c.CommissionId, cancellationToken);
        var sources = running.Select(m => new BoardReportSource(Commission.FormatReference(m.Number), m.contract.Title, m.contract.SupplierName,
            performances[m.contract.Id], meetings.GetValueOrDefault(m.contract.CommissionId))).ToList();

        var report = BoardReport.Assemble(reported, sources, today);
        var scope = commissionId is null ? AllContracts : $"{options.Single(o => o.CommissionId == commissionId).Reference} · {options.Single(o => o.CommissionId == commissionId).Title}";
        return OperationResult<BoardReportView>.Ok(new BoardReportView(report, scope, commissionId, Halves(managed.Select(m => m.contract.CommencementDate), today), options));
    }

    /// <summary>Every half-year from the earliest contract's commencement to the one running today, latest first.</summary>
    private static IReadOnlyList<HalfYear> Halves(IEnumerable<DateOnly> commencements, DateOnly today)
    {
        var earliest = commencements.DefaultIfEmpty(today).Min();
        var halves = new List<HalfYear>();
        for (var half = HalfYear.Containing(today); half.Ends >= earliest; half = half.Previous) halves.Add(half);
        return halves;
    }
}
