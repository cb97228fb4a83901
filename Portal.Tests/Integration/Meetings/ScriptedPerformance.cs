using Portal.Domain.Performance;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Meetings;

/// <summary>
/// Quarterly returns for the reference contract (commencing 27 June 2022) from July 2022 to March 2024, standing in for the outcomes
/// framework until it is built: seed 001's measures and 12-week sustained employment, every quarter verified except the last, whose
/// figures are self-reported and one queried. The same returns for any contract asked about.
/// </summary>
public sealed class ScriptedPerformance : IContractPerformanceSource
{
    public static readonly (string Key, string Name, string Unit, decimal Target)[] Measures =
    [
        ("training", "Training placements created", "clients", 6),
        ("employment", "Employment placements created", "clients", 5),
        ("referred", "Clients referred for placements", "clients", 12),
        ("pathway", "Progress against ETE pathway plans", "%", 75),
        ("starting", "Clients starting placements", "clients", 8),
        ("completing", "Clients completing placements", "clients", 6),
        ("orders", "Clients completing community orders", "clients", 4),
        ("not-reoffending", "Clients not reoffending", "%", 80),
        ("sustained-12", "Sustained employment at 12 weeks", "clients", 3),
    ];

    public const int Capacity = 30;

    public static IReadOnlyList<ReportingPeriod> Quarters { get; } = ReportingPeriods.Between(new DateOnly(2022, 6, 27), new DateOnly(2024, 4, 30))
        .Where(q => q.Starts >= new DateOnly(2022, 7, 1) && q.Ends <= new DateOnly(2024, 3, 31)).ToList();

    public Task<ContractPerformance> GetAsync(Guid contractId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ContractPerformance(contractId, Capacity, Quarters.Select((q, i) => Period(q, i, last: i == Quarters.Count - 1)).ToList()));

    private static PeriodPerformance Period(ReportingPeriod quarter, int index, bool last)
    {
        var figures = Measures.Select((m, j) =>
        {
            // Ups and downs around the target, the same every run.
            var swing = ((index * 3 + j * 5) % 7 - 2) * (m.Unit == "%" ? 3 : 1);
            var actual = Math.Max(0, m.Target + swing);
            var status = !last ? FigureStatus.Verified : j == 1 ? FigureStatus.Queried : FigureStatus.SelfReported;
            return new MeasureFigure(m.Key, m.Name, m.Unit, BetterWhen.Higher, m.Target, actual, status, Rate(m.Target, actual));
        }).ToList();
        var submitted = new DateTimeOffset(quarter.Ends.AddDays(12).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        return new PeriodPerformance(quarter, quarter.Ends.AddDays(15), submitted, false, 14 + index % 4, 11 + index % 3, 22 + index % 6,
            $"Quarter {index + 1}: two new employer partners in Stoke; one ETE worker on leave for three weeks.", figures);
    }

    private static RagRating Rate(decimal target, decimal actual) =>
        actual >= target ? RagRating.Green : actual >= target * 0.85m ? RagRating.Amber : RagRating.Red;
}
