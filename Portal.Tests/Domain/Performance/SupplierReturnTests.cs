using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Domain.Performance;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Performance;

public class SupplierReturnTests
{
    private static readonly Guid AwardedSupplier = Guid.NewGuid();
    private static readonly DateOnly Commencement = new(2022, 7, 11);
    private static readonly DateTimeOffset At = new(2022, 10, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Supplier = Make("sup-1", "Nadia Brooks", Roles.SupplierUser);

    private readonly OutcomesFramework framework;
    private readonly ReportingPeriod firstPeriod;

    public SupplierReturnTests()
    {
        var contract = Contract.Award(new ContractTerms(Guid.NewGuid(), Guid.NewGuid(), AwardedSupplier, "Pathways to Work CIC", "Employment support",
            Money.FromPounds(155_000), Money.FromPounds(77_500), new DateOnly(2022, 5, 1), Commencement, 24, 2, 12, At, At, At, "rule"),
            ProcurementOfficer, At);
        framework = OutcomesFramework.FromReferenceSet(contract, 30, RagThresholds.Default, 15, CommissioningOfficer, At);
        firstPeriod = ReportingPeriods.Between(contract.CommencementDate, contract.EndsOn)[0];
    }

    private OutcomeMeasure Measure(string key) => framework.Measures.Single(m => m.Key == key);

    private SupplierReturn NewReturn() => SupplierReturn.Start(framework, firstPeriod, Supplier, AwardedSupplier, At);

    private ReturnEntry Complete(Func<OutcomeMeasure, FigureEntry>? figure = null) => new(12, 10, 24, "A steady quarter.", "",
        framework.Measures.Select(figure ?? (m => new FigureEntry(m.Id, 5, []))).ToList());

    private SupplierReturn Submitted()
    {
        var supplierReturn = NewReturn();
        supplierReturn.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At);
        supplierReturn.Submit(framework, Supplier, AwardedSupplier, At);
        return supplierReturn;
    }

    private void Refused(string expected, Action action) => Assert.Contains(expected, Assert.Throws<DomainRuleException>(action).Message);

    [Fact]
    public void A_return_is_due_the_configured_days_after_its_period_and_late_only_after_that_day()
    {
        var supplierReturn = NewReturn();

        Assert.Equal(new DateOnly(2022, 10, 15), supplierReturn.DueOn);
        Assert.False(supplierReturn.IsLate(new DateOnly(2022, 10, 15)));
        Assert.True(supplierReturn.IsLate(new DateOnly(2022, 10, 16)));
    }

    [Fact]
    public void A_return_submitted_after_its_due_date_stays_late()
    {
        var supplierReturn = NewReturn();
        supplierReturn.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At);
        supplierReturn.Submit(framework, Supplier, AwardedSupplier, new DateTimeOffset(2022, 10, 20, 9, 0, 0, TimeSpan.Zero));

        Assert.True(supplierReturn.IsLate(new DateOnly(2022, 10, 20)));
        Assert.True(supplierReturn.IsLate(new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void A_return_submitted_on_its_due_date_is_in_time()
    {
        var supplierReturn = NewReturn();
        supplierReturn.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At);
        supplierReturn.Submit(framework, Supplier, AwardedSupplier, new DateTimeOffset(2022, 10, 15, 12, 0, 0, TimeSpan.Zero));

        Assert.False(supplierReturn.IsLate(new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void A_negative_count_is_refused_and_the_saved_draft_kept()
    {
        var supplierReturn = NewReturn();
        supplierReturn.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At);
        var starting = Measure("clients-starting");

        Refused("cannot be negative", () => supplierReturn.SaveDraft(Complete(m => new FigureEntry(m.Id, m == starting ? -1 : 5, [])),
            framework, Supplier, AwardedSupplier, At));
        Refused("cannot be negative", () => supplierReturn.SaveDraft(Complete() with { Caseload = -3 }, framework, Supplier, AwardedSupplier, At));

        Assert.Equal(5, supplierReturn.FigureFor(starting.Id)!.Actual);
        Assert.Equal(24, supplierReturn.Caseload);
    }

    [Fact]
    public void A_figure_for_a_measure_not_in_the_framework_is_refused()
    {
        var entry = Complete() with { Figures = [new FigureEntry(Guid.NewGuid(), 3, [])] };

        Refused("not in this contract's outcomes framework", () => NewReturn().SaveDraft(entry, framework, Supplier, AwardedSupplier, At));
    }

    [Fact]
    public void More_referrals_accepted_than_received_is_refused() =>
        Refused("Referrals accepted (13) cannot be more than referrals received (12)",
            () => NewReturn().SaveDraft(Complete() with { ReferralsAccepted = 13 }, framework, Supplier, AwardedSupplier, At));

    [Fact]
    public void A_breakdown_may_fall_short_of_its_total_but_never_exceed_it()
    {
        var starting = Measure("clients-starting");
        var supplierReturn = NewReturn();
        supplierReturn.SaveDraft(Complete(m => new FigureEntry(m.Id, 5, m == starting
            ? [new BreakdownCount("Sex", "Female", 2), new BreakdownCount("Sex", "Male", 3), new BreakdownCount("Age", "18 to 24", 1)] : [])),
            framework, Supplier, AwardedSupplier, At);
        Assert.Equal(3, supplierReturn.FigureFor(starting.Id)!.Breakdown.Count);

        Refused("sex breakdown of \"Clients starting placements\" adds up to 6, more than its total of 5", () => supplierReturn.SaveDraft(
            Complete(m => new FigureEntry(m.Id, 5, m == starting ? [new BreakdownCount("Sex", "Female", 3), new BreakdownCount("Sex", "Male", 3)] : [])),
            framework, Supplier, AwardedSupplier, At));
    }

    [Fact]
    public void A_measure_that_is_not_about_people_has_no_breakdown()
    {
        var training = Measure("training-placements");

        Refused("is not broken down", () => NewReturn().SaveDraft(
            Complete(m => new FigureEntry(m.Id, 5, m == training ? [new BreakdownCount("Sex", "Female", 1)] : [])),
            framework, Supplier, AwardedSupplier, At));
    }

    [Fact]
    public void A_return_is_submitted_only_when_its_period_is_over_and_every_figure_is_in()
    {
        var supplierReturn = NewReturn();
        supplierReturn.SaveDraft(Complete() with { Figures = [] }, framework, Supplier, AwardedSupplier, At);
        Refused("Enter a figure for every measure", () => supplierReturn.Submit(framework, Supplier, AwardedSupplier, At));
        supplierReturn.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At);
        Refused("once the period ends on 30 September 2022",
            () => supplierReturn.Submit(framework, Supplier, AwardedSupplier, new DateTimeOffset(2022, 9, 30, 12, 0, 0, TimeSpan.Zero)));

        supplierReturn.Submit(framework, Supplier, AwardedSupplier, At);

        Assert.Equal(ReturnStatus.Submitted, supplierReturn.Status);
        Assert.All(supplierReturn.Figures, f => Assert.Equal(FigureStatus.SelfReported, f.Status));
    }

    [Fact]
    public void After_submission_the_figures_are_locked()
    {
        var supplierReturn = Submitted();

        Refused("its figures are locked", () => supplierReturn.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At));
    }

    [Fact]
    public void A_verified_return_cannot_be_changed()
    {
        var supplierReturn = Submitted();
        foreach (var measure in framework.Measures) supplierReturn.Verify(measure.Id, CommissioningOfficer, At);

        Assert.True(supplierReturn.IsVerified);
        Refused("has been verified", () => supplierReturn.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At));
        Refused("has been verified", () => supplierReturn.Submit(framework, Supplier, AwardedSupplier, At));
    }

    [Fact]
    public void Only_the_awarded_suppliers_users_fill_in_its_returns()
    {
        Refused("Only the users of the supplier awarded", () => SupplierReturn.Start(framework, firstPeriod, Supplier, Guid.NewGuid(), At));
        Refused("Only the users of the supplier awarded", () => SupplierReturn.Start(framework, firstPeriod, CommissioningOfficer, null, At));
    }

    [Fact]
    public void A_supplier_cannot_verify_or_query_its_own_figures()
    {
        var supplierReturn = Submitted();
        var figure = framework.Measures[0].Id;

        Refused("A supplier cannot verify", () => supplierReturn.Verify(figure, Supplier, At));
        Refused("A supplier cannot verify", () => supplierReturn.Query(figure, "Really?", Supplier, At));
        Refused("Only a commissioning or procurement officer", () => supplierReturn.Verify(figure, Evaluator, At));
        Assert.Equal(FigureStatus.SelfReported, supplierReturn.FigureFor(figure)!.Status);
    }

    [Fact]
    public void A_queried_figure_is_answered_and_corrected_and_goes_back_to_self_reported()
    {
        var supplierReturn = Submitted();
        var starting = Measure("clients-starting").Id;
        supplierReturn.Query(starting, "Five starts with three staff vacancies?", CommissioningOfficer, At);
        Assert.Equal(FigureStatus.Queried, supplierReturn.FigureFor(starting)!.Status);
        Refused("wait for its answer", () => supplierReturn.Verify(starting, CommissioningOfficer, At));

        supplierReturn.Answer(starting, "Two starts were in the next quarter.", 3, null, framework, Supplier, AwardedSupplier, At);

        var figure = supplierReturn.FigureFor(starting)!;
        Assert.Equal(FigureStatus.SelfReported, figure.Status);
        Assert.Equal(3, figure.Actual);
        Assert.Equal(5, figure.ActualBeforeAnswer);
        Assert.Equal("Two starts were in the next quarter.", figure.Answer);
        supplierReturn.Verify(starting, CommissioningOfficer, At);
        Assert.Equal(FigureStatus.Verified, figure.Status);
    }

    [Fact]
    public void A_correction_in_an_answer_is_checked_like_any_figure()
    {
        var supplierReturn = Submitted();
        var starting = Measure("clients-starting").Id;
        supplierReturn.Query(starting, "Check this please", CommissioningOfficer, At);

        Refused("cannot be negative", () => supplierReturn.Answer(starting, "Fixed", -2, null, framework, Supplier, AwardedSupplier, At));
        Assert.Equal(FigureStatus.Queried, supplierReturn.FigureFor(starting)!.Status);
    }

    [Fact]
    public void The_report_rates_only_submitted_figures_against_their_targets()
    {
        var periods = ReportingPeriods.Between(Commencement, new DateOnly(2024, 4, 30));
        var starting = Measure("clients-starting");
        framework.SetTargets([(starting.Id, firstPeriod.Starts, 5.5m)], periods, CommissioningOfficer);
        var draft = SupplierReturn.Start(framework, periods[1], Supplier, AwardedSupplier, At.AddDays(10));
        draft.SaveDraft(Complete(), framework, Supplier, AwardedSupplier, At);

        var report = PerformanceReport.Build(Guid.NewGuid(), framework, periods, [Submitted(), draft], new DateOnly(2023, 2, 1));

        var first = report.Periods[0].Figures.Single(f => f.MeasureKey == "clients-starting");
        Assert.Equal((5.5m, 5m, FigureStatus.SelfReported, RagRating.Amber), (first.Target, first.Actual, first.Status, first.Rating));
        Assert.All(report.Periods[1].Figures, f => Assert.Equal(FigureStatus.NotReturned, f.Status));
        Assert.True(report.Periods[1].IsLate);
        Assert.False(report.Periods[0].IsLate);
        Assert.Equal(30, report.Capacity);
    }
}
