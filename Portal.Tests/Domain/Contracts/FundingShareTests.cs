using Portal.Domain.Common;
using Portal.Domain.Contracts;
using static Portal.Tests.Domain.Contracts.ContractFixtures;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Contracts;

public class FundingShareTests
{
    private const string Office = "Office of the Police and Crime Commissioner";

    [Fact]
    public void A_partners_contribution_is_shown_as_its_share_of_the_periods_value_with_the_office_paying_the_rest()
    {
        var contract = Reference();
        var partner = contract.AddPartner(Owner, "Staffordshire Reducing Reoffending Partnership", "partnership@example.test", CommissioningOfficer, At(2023, 12, 1));

        contract.SetContribution(Owner, partner.Id, 1, Money.FromPounds(19_375), CommissioningOfficer, At(2023, 12, 1));

        var periods = contract.FundingPeriods(Office);
        Assert.Equal(["Initial term", "Extension 1", "Extension 2"], periods.Select(p => p.Name));
        Assert.Equal([Money.FromPounds(155_000), Money.FromPounds(77_500), Money.FromPounds(77_500)], periods.Select(p => p.Value));
        Assert.Equal((new DateOnly(2024, 5, 1), new DateOnly(2025, 4, 30)), (periods[1].Starts, periods[1].Ends));
        Assert.Equal([(Office, Money.FromPounds(58_125), 75.0m), ("Staffordshire Reducing Reoffending Partnership", Money.FromPounds(19_375), 25.0m)],
            periods[1].Shares.Select(s => (s.Funder, s.Amount, s.Percent)));
        Assert.Equal([(Office, 100.0m)], periods[0].Shares.Select(s => (s.Funder, s.Percent)));
    }

    [Fact]
    public void Contributions_above_the_periods_value_are_refused_and_the_earlier_ones_kept()
    {
        var contract = Reference();
        var first = contract.AddPartner(Owner, "Partner A", null, CommissioningOfficer, At(2023, 12, 1));
        var second = contract.AddPartner(Owner, "Partner B", null, CommissioningOfficer, At(2023, 12, 1));
        contract.SetContribution(Owner, first.Id, 1, Money.FromPounds(50_000), CommissioningOfficer, At(2023, 12, 1));

        var refused = Assert.Throws<DomainRuleException>(() =>
            contract.SetContribution(Owner, second.Id, 1, Money.FromPounds(27_500.01m), CommissioningOfficer, At(2023, 12, 2)));

        Assert.Equal("Partners' contributions to Extension 1 would total £77,500.01, more than the period's value of £77,500.", refused.Message);
        Assert.Equal([Money.FromPounds(50_000)], contract.Contributions.Select(c => c.Amount));
        contract.SetContribution(Owner, second.Id, 1, Money.FromPounds(27_500), CommissioningOfficer, At(2023, 12, 2));
        Assert.Equal(0m, contract.FundingPeriods(Office)[1].Shares[0].Percent);
    }

    [Fact]
    public void Negative_contributions_unknown_periods_and_duplicate_partners_are_refused()
    {
        var contract = Reference();
        var partner = contract.AddPartner(Owner, "Partner A", null, CommissioningOfficer, At(2023, 12, 1));

        Assert.Throws<DomainRuleException>(() => contract.SetContribution(Owner, partner.Id, 1, new Money(-1), CommissioningOfficer, At(2023, 12, 1)));
        Assert.Throws<DomainRuleException>(() => contract.SetContribution(Owner, partner.Id, 3, Money.FromPounds(1), CommissioningOfficer, At(2023, 12, 1)));
        Assert.Throws<DomainRuleException>(() => contract.AddPartner(Owner, "partner a", null, CommissioningOfficer, At(2023, 12, 1)));
        Assert.Empty(contract.Contributions);
    }

    [Theory]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 8, "12.5")]
    public void Shares_are_rounded_to_one_decimal_place(long part, long whole, string expected) =>
        Assert.Equal(decimal.Parse(expected), FundingPeriod.PercentOf(new Money(part), new Money(whole)));
}
