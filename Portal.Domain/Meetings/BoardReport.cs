using Portal.Domain.Common;
using Portal.Domain.Performance;

namespace Portal.Domain.Meetings;

/// <summary>What the board report reads about one contract: its names, its performance and its meetings (none yet is allowed).</summary>
public sealed record BoardReportSource(string Reference, string Title, string SupplierName, ContractPerformance Performance, ContractMeetings? Meetings);

public sealed record RagCounts(int Green, int Amber, int Red, int NotRated)
{
    public static RagCounts Of(IEnumerable<RagRating> ratings)
    {
        var list = ratings.ToList();
        return new RagCounts(list.Count(r => r == RagRating.Green), list.Count(r => r == RagRating.Amber), list.Count(r => r == RagRating.Red),
            list.Count(r => r == RagRating.NotRated));
    }

    public static RagCounts operator +(RagCounts a, RagCounts b) => new(a.Green + b.Green, a.Amber + b.Amber, a.Red + b.Red, a.NotRated + b.NotRated);

    public int Total => Green + Amber + Red + NotRated;
}

/// <summary>One quarter's figure for a measure; a figure not yet verified by an officer is the supplier's claim, and says so.</summary>
public sealed record MeasurePoint(string PeriodName, decimal? Target, decimal? Actual, FigureStatus Status, RagRating Rating)
{
    public bool SelfReported => Actual is not null && Status != FigureStatus.Verified;
}

/// <summary>A measure across the half-year's quarters, with the half's total (or, for a rate, its average) against the target.</summary>
public sealed record MeasureSeries(string Key, string Name, string Unit, BetterWhen BetterWhen, IReadOnlyList<MeasurePoint> Points,
    decimal? TotalTarget, decimal? TotalActual, bool TotalSelfReported, string AgainstTarget)
{
    public bool IsRate => BoardReport.IsRate(Unit);
}

public sealed record ActionLine(string Reference, string Description, string OwnerName, DateOnly DueOn, string Status);

public sealed record RiskLine(string Reference, string Description, int Likelihood, int Impact, int Score, string Level, string Mitigation, string Owner, string Status);

/// <summary>A contract's part of the board report.</summary>
public sealed record ContractSection(string Reference, string Title, string SupplierName, IReadOnlyList<string> Quarters, bool HasReturns,
    IReadOnlyList<MeasureSeries> Measures, RagCounts Rag, int SelfReportedFigures, int VerifiedFigures, int Capacity,
    int ReferralsReceived, int ReferralsAccepted, int? LatestCaseload, int ActionsOpened, int ActionsClosed, IReadOnlyList<ActionLine> OverdueActions,
    IReadOnlyList<RiskLine> Risks);

/// <summary>
/// The half-yearly report to the Reducing Reoffending Board, for one contract or all: each measure against its target per quarter
/// with the half's total, the red/amber/green counts, capacity and referrals, the actions opened, closed and overdue in the half, and
/// the risks open during it. Figures an officer has not verified are marked self-reported, throughout (seed 003: an inspection found
/// managers relying on providers' own figures with nobody checking them).
/// </summary>
public sealed record BoardReport(HalfYear Half, DateOnly AsAt, IReadOnlyList<ContractSection> Contracts)
{
    public bool HasReturns => Contracts.Any(c => c.HasReturns);

    public RagCounts Rag => Contracts.Aggregate(new RagCounts(0, 0, 0, 0), (total, c) => total + c.Rag);

    public int SelfReportedFigures => Contracts.Sum(c => c.SelfReportedFigures);

    /// <summary>A rate or percentage is averaged over the half; a count is added up.</summary>
    public static bool IsRate(string unit) =>
        unit.Contains('%') || unit.Contains("percent", StringComparison.OrdinalIgnoreCase) || unit.Contains("rate", StringComparison.OrdinalIgnoreCase);

    /// <summary>The most recent half-year in which any of the contracts has a submitted return, or none.</summary>
    public static HalfYear? LatestWithReturns(IEnumerable<ContractPerformance> performances) =>
        performances.SelectMany(p => p.Periods).Where(p => p.SubmittedAt is not null)
            .Select(p => p.Period.Starts).DefaultIfEmpty().Max() is { } latest && latest != default ? HalfYear.Containing(latest) : null;

    /// <param name="today">The report is as at the half's end, or today while the half is still running.</param>
    public static BoardReport Assemble(HalfYear half, IReadOnlyList<BoardReportSource> sources, DateOnly today)
    {
        var asAt = today < half.Ends ? today : half.Ends;
        return new BoardReport(half, asAt, sources.Select(s => Section(half, asAt, s)).ToList());
    }

    private static ContractSection Section(HalfYear half, DateOnly asAt, BoardReportSource source)
    {
        var periods = source.Performance.Within(half.Starts, half.Ends).ToList();
        var returned = periods.Where(p => p.SubmittedAt is not null).ToList();
        var measures = returned.SelectMany(p => p.Figures).Select(f => f.MeasureKey).Distinct()
            .Select(key => Series(key, returned)).ToList();
        var figures = returned.SelectMany(p => p.Figures).Where(f => f.Actual is not null).ToList();
        var (opened, closed, overdue) = Actions(source.Meetings, half, asAt);
        return new ContractSection(source.Reference, source.Title, source.SupplierName, periods.Select(p => p.Period.Name).ToList(), returned.Count > 0,
            measures, RagCounts.Of(returned.SelectMany(p => p.Figures).Select(f => f.Rating)),
            figures.Count(f => f.Status != FigureStatus.Verified), figures.Count(f => f.Status == FigureStatus.Verified), source.Performance.Capacity,
            returned.Sum(p => p.ReferralsReceived ?? 0), returned.Sum(p => p.ReferralsAccepted ?? 0), returned.LastOrDefault()?.Caseload,
            opened, closed, overdue, Risks(source.Meetings, half));
    }

    private static MeasureSeries Series(string key, IReadOnlyList<PeriodPerformance> periods)
    {
        var points = periods.Select(p => p.Figures.FirstOrDefault(f => f.MeasureKey == key) is { } f
            ? (Figure: f, Point: new MeasurePoint(p.Period.Name, f.Target, f.Actual, f.Status, f.Rating))
            : (Figure: null, Point: new MeasurePoint(p.Period.Name, null, null, FigureStatus.NotReturned, RagRating.NotRated))).ToList();
        var first = points.First(p => p.Figure is not null).Figure!;
        var rate = IsRate(first.Unit);
        var targets = points.Where(p => p.Point.Target is not null).Select(p => p.Point.Target!.Value).ToList();
        var actuals = points.Where(p => p.Point.Actual is not null).Select(p => p.Point.Actual!.Value).ToList();
        decimal? Combine(List<decimal> values) => values.Count == 0 ? null : rate ? Math.Round(values.Average(), 1) : values.Sum();
        var totalTarget = Combine(targets);
        var totalActual = Combine(actuals);
        return new MeasureSeries(key, first.MeasureName, first.Unit, first.BetterWhen, points.Select(p => p.Point).ToList(), totalTarget, totalActual,
            points.Any(p => p.Point.SelfReported), AgainstTarget(first.BetterWhen, totalTarget, totalActual));
    }

    private static string AgainstTarget(BetterWhen betterWhen, decimal? target, decimal? actual) => (target, actual) switch
    {
        (_, null) => "No figures returned",
        (null, _) => "No target set",
        var (t, a) when betterWhen == BetterWhen.Higher => a >= t ? "Target met" : "Below target",
        var (t, a) => a <= t ? "Target met" : "Above target (lower is better)",
    };

    private static (int Opened, int Closed, IReadOnlyList<ActionLine> Overdue) Actions(ContractMeetings? meetings, HalfYear half, DateOnly asAt)
    {
        if (meetings is null) return (0, 0, []);
        var actions = meetings.Actions;
        var opened = actions.Count(a => half.Contains(UkTime.DateOf(a.RaisedAtMeetingStart)));
        var closed = actions.Count(a => a.ClosedAt is { } at && half.Contains(UkTime.DateOf(at)));
        var endOfDay = UkTime.FromUkLocal(asAt.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var overdue = actions
            .Where(a => a.RaisedAtMeetingStart < endOfDay && a.DueOn < asAt && (a.ClosedAt is null || a.ClosedAt >= endOfDay))
            .OrderBy(a => a.DueOn)
            .Select(a => new ActionLine(a.Reference, a.Description, a.OwnerName, a.DueOn, a.IsClosed ? $"Closed later, {UkTime.LongDate(a.ClosedAt!.Value)}" : a.Status.Describe()))
            .ToList();
        return (opened, closed, overdue);
    }

    /// <summary>The risks on the log at some time during the half: raised before it ended, not closed before it began.</summary>
    private static IReadOnlyList<RiskLine> Risks(ContractMeetings? meetings, HalfYear half)
    {
        if (meetings is null) return [];
        return meetings.Risks
            .Where(r => UkTime.DateOf(r.RaisedAt) <= half.Ends && (r.ClosedAt is null || UkTime.DateOf(r.ClosedAt.Value) >= half.Starts))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Number)
            .Select(r => new RiskLine(r.Reference, r.Description, r.Likelihood, r.Impact, r.Score, r.Level, r.Mitigation, r.Owner,
                r.Status == RiskStatus.Open ? "Open" : $"Closed {UkTime.LongDate(r.ClosedAt!.Value)}"))
            .ToList();
    }
}
