using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Performance;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Performance;

public class OutcomesFrameworkTests
{
    private static readonly DateTimeOffset At = new(2022, 7, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Contract Contract = Contract.Award(new ContractTerms(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Pathways to Work CIC",
        "Employment support", Money.FromPounds(155_000), Money.FromPounds(77_500), new DateOnly(2022, 5, 1), new DateOnly(2022, 7, 11), 24, 2, 12,
        At, At, At, "rule"), ProcurementOfficer, At);

    private static readonly IReadOnlyList<ReportingPeriod> Periods = ReportingPeriods.Between(Contract.CommencementDate, Contract.EndsOn);

    private static OutcomesFramework New() => OutcomesFramework.FromReferenceSet(Contract, 30, RagThresholds.Default, 15, CommissioningOfficer, At);

    [Fact]
    public void The_reference_set_holds_the_decision_notes_eight_measures_and_sustained_employment_at_4_8_and_12_weeks()
    {
        var framework = New();

        Assert.Equal(11, framework.Measures.Count);
        Assert.Contains(framework.Measures, m => m.Name == "Clients not reoffending");
        Assert.Equal(["employed-4-weeks", "employed-8-weeks", "employed-12-weeks"], framework.Measures.TakeLast(3).Select(m => m.Key));
        Assert.Equal(30, framework.Capacity);
    }

    [Fact]
    public void The_office_adds_its_own_measure_and_sets_targets_per_period()
    {
        var framework = New();
        var own = framework.AddMeasure("Clients waiting over 10 days for a first meeting", "people", BetterWhen.Lower, true, ProcurementOfficer);

        var changes = framework.SetTargets([(own.Id, Periods[0].Starts, 2m), (own.Id, Periods[1].Starts, 1m)], Periods, CommissioningOfficer);

        Assert.Equal(2m, own.TargetFor(Periods[0]));
        Assert.Equal(1m, own.TargetFor(Periods[1]));
        Assert.Null(own.TargetFor(Periods[2]));
        Assert.Contains("Q2 2022/23: 2", changes);
    }

    [Fact]
    public void A_negative_target_or_one_for_a_period_outside_the_contract_is_refused()
    {
        var framework = New();
        var measure = framework.Measures[0];

        Assert.Throws<DomainRuleException>(() => framework.SetTargets([(measure.Id, Periods[0].Starts, -1m)], Periods, CommissioningOfficer));
        Assert.Throws<DomainRuleException>(() => framework.SetTargets([(measure.Id, new DateOnly(2030, 1, 1), 1m)], Periods, CommissioningOfficer));
        Assert.Throws<DomainRuleException>(() => framework.SetTargets([(Guid.NewGuid(), Periods[0].Starts, 1m)], Periods, CommissioningOfficer));
    }

    [Fact]
    public void Only_a_commissioning_or_procurement_officer_sets_up_or_changes_a_framework()
    {
        Assert.Throws<DomainRuleException>(() => OutcomesFramework.FromReferenceSet(Contract, 30, RagThresholds.Default, 15, Supplier, At));
        Assert.Throws<DomainRuleException>(() => New().SetCapacity(40, Evaluator));
        Assert.Throws<DomainRuleException>(() => New().AddMeasure("Mine", "people", BetterWhen.Higher, false, Supplier));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_capacity_of_no_one_is_refused(int capacity) =>
        Assert.Throws<DomainRuleException>(() => OutcomesFramework.FromReferenceSet(Contract, capacity, RagThresholds.Default, 15, CommissioningOfficer, At));

    [Fact]
    public void Two_measures_of_the_same_name_are_refused() =>
        Assert.Throws<DomainRuleException>(() => New().AddMeasure("clients NOT reoffending", "people", BetterWhen.Higher, true, CommissioningOfficer));
}
