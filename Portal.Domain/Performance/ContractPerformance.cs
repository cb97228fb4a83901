namespace Portal.Domain.Performance;

public enum RagRating { NotRated, Red, Amber, Green }

public enum BetterWhen { Higher, Lower }

/// <summary>Where a figure stands: an officer's verification is what turns a supplier's claim into a fact.</summary>
public enum FigureStatus { NotReturned, SelfReported, Queried, Verified }

/// <summary>One measure's figure for one period, against its target.</summary>
public sealed record MeasureFigure(
    string MeasureKey, string MeasureName, string Unit, BetterWhen BetterWhen,
    decimal? Target, decimal? Actual, FigureStatus Status, RagRating Rating);

/// <summary>A period's return as the contract's managers read it.</summary>
public sealed record PeriodPerformance(
    ReportingPeriod Period, DateOnly ReturnDueOn, DateTimeOffset? SubmittedAt, bool IsLate,
    int? ReferralsReceived, int? ReferralsAccepted, int? Caseload, string Narrative,
    IReadOnlyList<MeasureFigure> Figures);

/// <summary>A contract's outcomes framework and returns, period by period, oldest first.</summary>
public sealed record ContractPerformance(Guid ContractId, int Capacity, IReadOnlyList<PeriodPerformance> Periods)
{
    /// <summary>The latest period with a submitted return, or none.</summary>
    public PeriodPerformance? Latest => Periods.LastOrDefault(p => p.SubmittedAt is not null);

    public IEnumerable<PeriodPerformance> Within(DateOnly from, DateOnly to) =>
        Periods.Where(p => p.Period.Starts <= to && p.Period.Ends >= from);
}
