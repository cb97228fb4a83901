using Portal.Domain.Meetings;
using Portal.Domain.Performance;
using static Portal.Tests.Domain.Meetings.MeetingFixtures;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Meetings;

public class BoardReportTests
{
    private static readonly HalfYear FirstHalf2023 = new(2023, 1);

    private static MeasureFigure Figure(string key, string unit, decimal? target, decimal? actual, FigureStatus status, RagRating rating,
        BetterWhen betterWhen = BetterWhen.Higher) => new(key, key, unit, betterWhen, target, actual, status, rating);

    private static PeriodPerformance Period(int year, int month, int received, int accepted, int caseload, params MeasureFigure[] figures)
    {
        var quarter = Quarter(year, month);
        return new PeriodPerformance(quarter, quarter.Ends.AddDays(15), Uk(year, month + 3 > 12 ? 1 : month + 3, 10), false, received, accepted, caseload, "", figures);
    }

    private static ContractPerformance Performance() => new(Guid.NewGuid(), 30,
    [
        Period(2023, 1, 12, 9, 22, Figure("employment", "clients", 5, 7, FigureStatus.Verified, RagRating.Green), Figure("reoffending", "%", 80, 70, FigureStatus.Verified, RagRating.Red)),
        Period(2023, 4, 10, 8, 24, Figure("employment", "clients", 5, 4, FigureStatus.Verified, RagRating.Amber), Figure("reoffending", "%", 80, 85, FigureStatus.Verified, RagRating.Green)),
        Period(2023, 7, 14, 11, 27, Figure("employment", "clients", 6, 5, FigureStatus.SelfReported, RagRating.Amber), Figure("reoffending", "%", 80, 76, FigureStatus.Queried, RagRating.Amber)),
        new PeriodPerformance(Quarter(2023, 10), new DateOnly(2024, 1, 15), null, true, null, null, null, "", []),
    ]);

    private static BoardReportSource Source(ContractMeetings? meetings = null) =>
        new("COM-0001", "Employment support", "Pathways to Work CIC", Performance(), meetings);

    [Fact]
    public void The_half_totals_counts_against_summed_targets_averages_rates_and_counts_the_ratings()
    {
        var report = BoardReport.Assemble(FirstHalf2023, [Source()], new DateOnly(2024, 2, 1));
        var section = Assert.Single(report.Contracts);

        Assert.Equal(["Q1 2023/24", "Q2 2023/24"], section.Quarters);
        var employment = section.Measures.Single(m => m.Key == "employment");
        Assert.Equal((11m, 9m, "Below target"), (employment.TotalTarget!.Value, employment.TotalActual!.Value, employment.AgainstTarget));
        var reoffending = section.Measures.Single(m => m.Key == "reoffending");
        Assert.Equal((80m, 80.5m), (reoffending.TotalTarget!.Value, reoffending.TotalActual!.Value));
        Assert.Equal(new RagCounts(Green: 1, Amber: 3, Red: 0, NotRated: 0), section.Rag);
        Assert.Equal((24, 19, 27, 30), (section.ReferralsReceived, section.ReferralsAccepted, section.LatestCaseload!.Value, section.Capacity));
    }

    [Fact]
    public void Figures_not_verified_are_marked_self_reported_and_so_is_any_total_they_are_in()
    {
        var report = BoardReport.Assemble(FirstHalf2023, [Source()], new DateOnly(2024, 2, 1));
        var section = report.Contracts[0];
        var employment = section.Measures.Single(m => m.Key == "employment");

        Assert.Equal([false, true], employment.Points.Select(p => p.SelfReported));
        Assert.True(employment.TotalSelfReported);
        Assert.Equal((2, 2), (section.SelfReportedFigures, section.VerifiedFigures));
        Assert.Contains(section.Measures.Single(m => m.Key == "reoffending").Points, p => p is { Status: FigureStatus.Queried, SelfReported: true });
    }

    [Fact]
    public void A_half_without_returns_says_so_and_the_latest_half_with_returns_is_found()
    {
        var report = BoardReport.Assemble(new HalfYear(2023, 2), [Source()], new DateOnly(2024, 2, 1));

        Assert.False(report.HasReturns);
        Assert.Equal(["Q3 2023/24"], report.Contracts[0].Quarters);
        Assert.Equal(new HalfYear(2023, 1), BoardReport.LatestWithReturns([Performance()]));
        Assert.Null(BoardReport.LatestWithReturns([new ContractPerformance(Guid.NewGuid(), 0, [])]));
    }

    [Fact]
    public void Actions_opened_closed_and_overdue_in_the_half_and_risks_open_during_it_are_reported()
    {
        var meetings = NewMeetings();
        var april = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 4, 25), Quarter(2023, 1));
        var earlier = Held(meetings, MeetingKind.PerformanceMeeting, Uk(2023, 2, 1), Quarter(2022, 10));
        var old = meetings.RaiseAction(earlier.Id, "Old action", ActionOwnerKind.Supplier, null, null, new DateOnly(2023, 3, 1), CommissioningOfficer, Uk(2023, 2, 1, 12));
        var closedInHalf = meetings.RaiseAction(april.Id, "Closed in half", ActionOwnerKind.Supplier, null, null, new DateOnly(2023, 6, 1), CommissioningOfficer, Uk(2023, 4, 25, 12));
        meetings.RaiseAction(april.Id, "Overdue", ActionOwnerKind.Supplier, null, null, new DateOnly(2023, 8, 1), CommissioningOfficer, Uk(2023, 4, 25, 12));
        meetings.CloseAction(closedInHalf.Id, "Done", CommissioningOfficer, Uk(2023, 5, 20));
        meetings.CloseAction(old.Id, "Done late", CommissioningOfficer, Uk(2023, 11, 20));
        meetings.AddRisk("Closed before the half", 2, 2, "", "Office", CommissioningOfficer, Uk(2022, 9, 1));
        meetings.UpdateRisk(meetings.Risks[0].Id, "Closed before the half", 2, 2, "", "Office", RiskStatus.Closed, CommissioningOfficer, Uk(2023, 1, 10));
        meetings.AddRisk("Staff vacancy", 4, 4, "Agency cover", "Supplier", CommissioningOfficer, Uk(2023, 5, 1));

        var section = BoardReport.Assemble(FirstHalf2023, [Source(meetings)], new DateOnly(2024, 2, 1)).Contracts[0];

        Assert.Equal((2, 1), (section.ActionsOpened, section.ActionsClosed));
        Assert.Equal(["Old action", "Overdue"], section.OverdueActions.Select(a => a.Description));
        Assert.StartsWith("Closed later", section.OverdueActions[0].Status);
        Assert.Equal(["Staff vacancy"], section.Risks.Select(r => r.Description));
    }
}
