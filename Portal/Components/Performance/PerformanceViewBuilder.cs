using Portal.Domain.Commissions;
using Portal.Domain.Performance;

namespace Portal.Components.Performance;

/// <summary>Turns a contract's framework and returns into what its pages show.</summary>
internal static class PerformanceViewBuilder
{
    public static PerformanceView Build(PerformanceScope scope, IReadOnlyList<SupplierReturn> returns, bool forSupplier, bool canManage, DateOnly today)
    {
        var commission = scope.Commission;
        var periods = scope.Periods;
        var framework = scope.Framework;
        var performance = PerformanceReport.Build(scope.Contract.Id, framework, periods, returns, today);
        string? blocked = commission.State == CommissionState.ContractManagement
            ? null
            : $"The outcomes framework is set up once the service has commenced: the commission is at {CommissionStages.DescribeState(commission.State)}.";
        if (framework is null)
            return new PerformanceView(commission.Id, commission.Reference, commission.Title, scope.Contract.SupplierName,
                CommissionStages.DescribeState(commission.State), forSupplier, canManage, blocked, null, [], performance);
        var measures = framework.Measures.OrderBy(m => m.Position).Select(m => new MeasureView(m.Id, m.Key, m.Name, m.Unit, m.BetterWhen,
            m.AllowsBreakdown, m.Targets.ToDictionary(t => t.PeriodStarts, t => t.Value))).ToList();
        var frameworkView = new FrameworkView(framework.ConcurrencyToken, framework.Capacity, framework.GreenFromPercent, framework.AmberFromPercent,
            framework.ReturnDueDays, measures);
        var periodViews = periods.Select(period =>
        {
            var supplierReturn = returns.SingleOrDefault(r => r.PeriodStarts == period.Starts);
            var dueOn = framework.ReturnDueOn(period);
            var returnView = supplierReturn is null ? null : ToView(supplierReturn, measures, period, framework.Thresholds);
            var stage = Stage(supplierReturn, period, today);
            var late = supplierReturn?.IsLate(today) ?? today > dueOn;
            return new PeriodView(period, dueOn, stage, late, returnView);
        }).ToList();
        return new PerformanceView(commission.Id, commission.Reference, commission.Title, scope.Contract.SupplierName,
            CommissionStages.DescribeState(commission.State), forSupplier, canManage, blocked, frameworkView, periodViews, performance);
    }

    private static ReturnStage Stage(SupplierReturn? supplierReturn, ReportingPeriod period, DateOnly today) => supplierReturn switch
    {
        null => today < period.Starts ? ReturnStage.NotYetOpen : ReturnStage.Open,
        { Status: ReturnStatus.Draft } => ReturnStage.Draft,
        { IsVerified: true } => ReturnStage.Verified,
        _ when supplierReturn.Figures.Any(f => f.Status == FigureStatus.Queried) => ReturnStage.Queried,
        _ => ReturnStage.Submitted,
    };

    private static ReturnView ToView(SupplierReturn r, IReadOnlyList<MeasureView> measures, ReportingPeriod period, RagThresholds thresholds)
    {
        var figures = measures.Select(m =>
        {
            var figure = r.FigureFor(m.Id);
            var target = m.TargetFor(period);
            var status = r.Status == ReturnStatus.Submitted ? figure?.Status ?? FigureStatus.NotReturned : FigureStatus.NotReturned;
            return new FigureView(m, target, figure?.Actual, figure?.Breakdown ?? [], status,
                r.Status == ReturnStatus.Submitted ? thresholds.Rate(target, figure?.Actual, m.BetterWhen) : RagRating.NotRated,
                figure?.VerifiedByName ?? "", figure?.VerifiedAt, figure?.Question ?? "", figure?.QueriedByName ?? "", figure?.QueriedAt,
                figure?.Answer ?? "", figure?.AnsweredByName ?? "", figure?.AnsweredAt, figure?.ActualBeforeAnswer);
        }).ToList();
        return new ReturnView(r.ConcurrencyToken, r.Status, r.IsVerified, r.SubmittedAt, r.SubmittedByName, r.ReferralsReceived, r.ReferralsAccepted,
            r.Caseload, r.Narrative, r.CaseStudies, figures,
            r.Evidence.OrderBy(e => e.UploadedAt).Select(e => new ReturnEvidenceView(e.Id, e.OriginalName, e.Size, e.UploadedByName, e.UploadedAt)).ToList());
    }
}
