namespace Portal.Domain.Performance;

/// <summary>
/// A contract's performance as its managers read it, period by period: each measure's target, the submitted figure (drafts do
/// not count), whether it is self-reported, queried or verified, and its rating against the framework's thresholds.
/// </summary>
public static class PerformanceReport
{
    public static ContractPerformance Build(Guid contractId, OutcomesFramework? framework, IReadOnlyList<ReportingPeriod> periods,
        IReadOnlyList<SupplierReturn> returns, DateOnly today)
    {
        if (framework is null) return new ContractPerformance(contractId, 0, []);
        var measures = framework.Measures.OrderBy(m => m.Position).ToList();
        return new ContractPerformance(contractId, framework.Capacity, periods.Select(period =>
        {
            var submitted = returns.SingleOrDefault(r => r.PeriodStarts == period.Starts) is { Status: ReturnStatus.Submitted } r ? r : null;
            var dueOn = framework.ReturnDueOn(period);
            var figures = measures.Select(m =>
            {
                var target = m.TargetFor(period);
                var figure = submitted?.FigureFor(m.Id);
                var actual = figure?.Actual;
                return new MeasureFigure(m.Key, m.Name, m.Unit, m.BetterWhen, target, actual,
                    figure?.Status ?? FigureStatus.NotReturned, framework.Thresholds.Rate(target, actual, m.BetterWhen));
            }).ToList();
            var isLate = submitted is null ? today > dueOn : submitted.IsLate(today);
            return new PeriodPerformance(period, dueOn, submitted?.SubmittedAt, isLate, submitted?.ReferralsReceived,
                submitted?.ReferralsAccepted, submitted?.Caseload, submitted?.Narrative ?? "", figures);
        }).ToList());
    }
}
