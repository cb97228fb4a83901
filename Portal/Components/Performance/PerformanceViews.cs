using Portal.Domain.Performance;

namespace Portal.Components.Performance;

public sealed record MeasureView(Guid Id, string Key, string Name, string Unit, BetterWhen BetterWhen, bool AllowsBreakdown,
    IReadOnlyDictionary<DateOnly, decimal> Targets)
{
    public decimal? TargetFor(ReportingPeriod period) => Targets.TryGetValue(period.Starts, out var target) ? target : null;
}

public sealed record FrameworkView(Guid Token, int Capacity, decimal GreenFromPercent, decimal AmberFromPercent, int ReturnDueDays,
    IReadOnlyList<MeasureView> Measures)
{
    public RagThresholds Thresholds => new(GreenFromPercent, AmberFromPercent);
}

public sealed record ReturnEvidenceView(Guid Id, string FileName, long Size, string UploadedByName, DateTimeOffset UploadedAt);

public sealed record FigureView(MeasureView Measure, decimal? Target, decimal? Actual, IReadOnlyList<BreakdownCount> Breakdown,
    FigureStatus Status, RagRating Rating, string VerifiedByName, DateTimeOffset? VerifiedAt, string Question, string QueriedByName,
    DateTimeOffset? QueriedAt, string Answer, string AnsweredByName, DateTimeOffset? AnsweredAt, decimal? ActualBeforeAnswer)
{
    public bool AwaitingAnswer => Status == FigureStatus.Queried;
}

public sealed record ReturnView(Guid Token, ReturnStatus Status, bool IsVerified, DateTimeOffset? SubmittedAt, string SubmittedByName,
    int? ReferralsReceived, int? ReferralsAccepted, int? Caseload, string Narrative, string CaseStudies,
    IReadOnlyList<FigureView> Figures, IReadOnlyList<ReturnEvidenceView> Evidence);

/// <summary>Where a period's return stands, for its status chip.</summary>
public enum ReturnStage { NotYetOpen, Open, Draft, Submitted, Queried, Verified }

public sealed record PeriodView(ReportingPeriod Period, DateOnly DueOn, ReturnStage Stage, bool IsLate, ReturnView? Return)
{
    public string StageName => Stage switch
    {
        ReturnStage.NotYetOpen => "Not started yet",
        ReturnStage.Open => "Not started",
        ReturnStage.Draft => "Draft",
        ReturnStage.Submitted => "Submitted: being verified",
        ReturnStage.Queried => "Queried: awaiting answer",
        _ => "Verified",
    };
}

/// <summary>A contract's outcomes framework, returns and trends as one person may see them.</summary>
public sealed record PerformanceView(Guid CommissionId, string Reference, string Title, string SupplierName, string StageName,
    bool ForSupplier, bool CanManage, string? SetUpBlockedReason, FrameworkView? Framework, IReadOnlyList<PeriodView> Periods,
    ContractPerformance Performance)
{
    public int LateCount => Periods.Count(p => p.IsLate && p.Stage is ReturnStage.Open or ReturnStage.Draft);
}

/// <summary>A contract of the supplier's with returns, for its dashboard.</summary>
public sealed record SupplierReturnsItem(Guid CommissionId, string Title, string? NextPeriod, DateOnly? NextDueOn, int Late, int QueriesToAnswer);
