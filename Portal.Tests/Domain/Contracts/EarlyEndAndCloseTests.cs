using Portal.Domain.Common;
using Portal.Domain.Contracts;
using static Portal.Tests.Domain.Contracts.ContractFixtures;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Contracts;

public class EarlyEndAndCloseTests
{
    [Fact]
    public void An_early_end_in_the_future_moves_the_end_date_and_leaves_the_closing_for_later()
    {
        var contract = Reference();
        var proposal = contract.ProposeEarlyEnd(Owner, Approver, EarlyEndReason.FundingWithdrawn, "Grant not renewed",
            new DateOnly(2023, 9, 30), CommissioningOfficer, At(2023, 6, 1));

        var move = contract.Approve(proposal.Id, "", Commissioner, At(2023, 6, 2));

        Assert.Equal(CommissionMove.None, move);
        Assert.Equal((new DateOnly(2023, 9, 30), new DateOnly(2023, 9, 30), EarlyEndReason.FundingWithdrawn, false),
            (contract.CurrentEndsOn, contract.EndedEarlyOn, contract.EarlyEndReason, contract.IsClosed));
        Assert.All(contract.ExtensionOptions(new DateOnly(2023, 6, 2), Notice, Lead), o => Assert.Equal(ExtensionOptionState.Lapsed, o.State));
    }

    [Fact]
    public void An_early_end_on_a_day_already_past_closes_the_contract_at_once()
    {
        var contract = Reference();
        var proposal = contract.ProposeEarlyEnd(Owner, Approver, EarlyEndReason.BreachOfContract, "Safeguarding failures",
            new DateOnly(2023, 5, 31), CommissioningOfficer, At(2023, 6, 1));

        var move = contract.Approve(proposal.Id, "Legal advice taken", Commissioner, At(2023, 6, 2));

        Assert.Equal(CommissionMove.CloseContract, move);
        Assert.True(contract.IsClosed);
    }

    [Fact]
    public void An_early_end_whose_last_day_is_today_closes_the_contract_at_once()
    {
        var contract = Reference();
        var proposal = contract.ProposeEarlyEnd(Owner, Approver, EarlyEndReason.MutualAgreement, "Agreed with the supplier",
            new DateOnly(2023, 6, 2), CommissioningOfficer, At(2023, 6, 1));

        Assert.Equal(CommissionMove.CloseContract, contract.Approve(proposal.Id, "", Commissioner, At(2023, 6, 2)));
    }

    [Fact]
    public void An_early_end_must_come_before_the_current_end_and_not_before_the_call_off()
    {
        var contract = Reference();

        var late = Assert.Throws<DomainRuleException>(() => contract.ProposeEarlyEnd(Owner, Approver, EarlyEndReason.Other, "x",
            new DateOnly(2024, 4, 30), CommissioningOfficer, At(2023, 6, 1)));
        Assert.Equal("The contract already ends on 30 April 2024: an early end must come before that.", late.Message);
        Assert.Throws<DomainRuleException>(() => contract.ProposeEarlyEnd(Owner, Approver, EarlyEndReason.Other, "x",
            new DateOnly(2022, 4, 30), CommissioningOfficer, At(2023, 6, 1)));
        Assert.Throws<DomainRuleException>(() => contract.ProposeEarlyEnd(Owner, Approver, EarlyEndReason.Other, " ",
            new DateOnly(2023, 8, 31), CommissioningOfficer, At(2023, 6, 1)));
        Assert.Null(contract.PendingProposal);
    }

    [Fact]
    public void Closing_is_refused_until_the_last_day_has_passed()
    {
        var contract = Reference();

        var early = Assert.Throws<DomainRuleException>(() => contract.Close(Owner, "Expired", CommissioningOfficer, At(2024, 4, 30)));
        Assert.StartsWith("The contract runs until 30 April 2024", early.Message);
        contract.Close(Owner, "Expired without extension", CommissioningOfficer, At(2024, 5, 1));

        Assert.True(contract.IsClosed);
        Assert.Throws<DomainRuleException>(() => contract.Close(Owner, "Again", CommissioningOfficer, At(2024, 5, 2)));
        Assert.Throws<DomainRuleException>(() => contract.ProposeExtension(Owner, Approver, "Too late", CommissioningOfficer, At(2024, 5, 2)));
    }

    [Fact]
    public void Only_the_owner_closes_the_contract()
    {
        var contract = Reference();

        var refused = Assert.Throws<DomainRuleException>(() => contract.Close(Owner, "Expired", OtherCommissioningOfficer, At(2024, 5, 1)));

        Assert.Equal($"Only {CommissioningOfficer.DisplayName}, who owns this contract, can close the contract.", refused.Message);
        Assert.False(contract.IsClosed);
    }
}
