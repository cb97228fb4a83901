using Portal.Domain.Common;
using Portal.Domain.Contracts;
using static Portal.Tests.Domain.Contracts.ContractFixtures;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Contracts;

public class ExtensionOptionTests
{
    [Theory]
    [InlineData("2024-04-30", 12, "2025-04-30")]
    [InlineData("2023-02-28", 12, "2024-02-29")] // the term from 1 March runs to the end of February, leap day included
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2024-11-30", 3, "2025-02-28")]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2025-06-30", 6, "2025-12-31")]
    public void A_new_end_date_is_whole_months_from_the_day_after_the_current_end(string currentEnd, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ContractDates.Extend(DateOnly.Parse(currentEnd), months));

    [Theory]
    [InlineData("2024-04-30", 3, "2024-01-31")]
    [InlineData("2025-04-30", 3, "2025-01-31")]
    [InlineData("2024-05-31", 3, "2024-02-29")]
    [InlineData("2024-04-30", 0, "2024-04-30")]
    public void The_decide_by_date_leaves_whole_months_notice_before_the_term_ends(string termEnd, int notice, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ContractDates.DecideBy(DateOnly.Parse(termEnd), notice));

    [Fact]
    public void Each_option_is_decided_a_notice_period_before_the_term_it_extends_and_reminded_ahead_of_that()
    {
        var options = Reference().ExtensionOptions(new DateOnly(2023, 1, 1), Notice, Lead);

        Assert.Equal(2, options.Count);
        Assert.Equal((new DateOnly(2024, 4, 30), new DateOnly(2025, 4, 30), new DateOnly(2024, 1, 31), new DateOnly(2023, 7, 31)),
            (options[0].ExtendsTermEndingOn, options[0].NewEndsOn, options[0].DecideBy, options[0].ReminderOn));
        Assert.Equal((new DateOnly(2025, 4, 30), new DateOnly(2026, 4, 30), new DateOnly(2025, 1, 31)),
            (options[1].ExtendsTermEndingOn, options[1].NewEndsOn, options[1].DecideBy));
        Assert.All(options, o => Assert.Equal(ExtensionOptionState.Open, o.State));
    }

    [Fact]
    public void A_contracts_own_reminder_lead_overrides_the_default()
    {
        var contract = Reference();
        contract.SetReminderLead(Owner, 2, CommissioningOfficer, At(2023, 1, 1));

        Assert.Equal(new DateOnly(2023, 11, 30), contract.ExtensionOptions(new DateOnly(2023, 1, 1), Notice, Lead)[0].ReminderOn);
    }

    [Fact]
    public void Approving_an_extension_records_the_new_end_who_approved_it_and_asks_the_commission_to_move()
    {
        var contract = Reference();
        var proposal = contract.ProposeExtension(Owner, Approver, "Outcomes on target", CommissioningOfficer, At(2024, 1, 10));

        Assert.Equal(new DateOnly(2024, 4, 30), contract.CurrentEndsOn);
        var move = contract.Approve(proposal.Id, "Agreed", Commissioner, At(2024, 1, 15));

        Assert.Equal(CommissionMove.TakeExtension, move);
        Assert.Equal(new DateOnly(2025, 4, 30), contract.CurrentEndsOn);
        Assert.Equal(1, contract.ExtensionsTaken);
        var taken = contract.ExtensionOptions(new DateOnly(2024, 1, 15), Notice, Lead)[0];
        Assert.Equal((ExtensionOptionState.Taken, Commissioner.DisplayName, At(2024, 1, 15)), (taken.State, taken.DecidedByName, taken.DecidedAt));
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Contains(contract.History, h => h.Action == "ContractExtensionApproved" && h.ActorName == Commissioner.DisplayName);
    }

    [Fact]
    public void An_extension_beyond_the_options_left_is_refused_and_nothing_changes()
    {
        var contract = Reference();
        TakeNext(contract, At(2024, 1, 10));
        TakeNext(contract, At(2025, 1, 10));
        var token = contract.ConcurrencyToken;

        var refused = Assert.Throws<DomainRuleException>(() =>
            contract.ProposeExtension(Owner, Approver, "One more year", CommissioningOfficer, At(2026, 1, 10)));

        Assert.Equal("All 2 extension options have been taken.", refused.Message);
        Assert.Equal(new DateOnly(2026, 4, 30), contract.CurrentEndsOn);
        Assert.Null(contract.PendingProposal);
        Assert.Equal(token, contract.ConcurrencyToken);
    }

    [Fact]
    public void Only_the_named_approver_can_approve_or_reject()
    {
        var contract = Reference();
        var proposal = contract.ProposeExtension(Owner, Approver, "Outcomes on target", CommissioningOfficer, At(2024, 1, 10));

        foreach (var someone in new[] { CommissioningOfficer, ChiefExecutive, ProcurementOfficer, Supplier })
        {
            var refused = Assert.Throws<DomainRuleException>(() => contract.Approve(proposal.Id, "", someone, At(2024, 1, 11)));
            Assert.Equal($"Only {Commissioner.DisplayName}, the approver this proposal names, can approve it.", refused.Message);
            Assert.Throws<DomainRuleException>(() => contract.Reject(proposal.Id, "No", someone, At(2024, 1, 11)));
        }
        Assert.True(proposal.IsPending);
        Assert.Equal(0, contract.ExtensionsTaken);
    }

    [Fact]
    public void Only_the_owner_proposes_and_only_one_proposal_waits_at_a_time()
    {
        var contract = Reference();

        Assert.Throws<DomainRuleException>(() => contract.ProposeExtension(Owner, Approver, "Why not", OtherCommissioningOfficer, At(2024, 1, 10)));
        contract.ProposeExtension(Owner, Approver, "Outcomes on target", CommissioningOfficer, At(2024, 1, 10));
        var second = Assert.Throws<DomainRuleException>(() =>
            contract.ProposeEarlyEnd(Owner, Approver, EarlyEndReason.FundingWithdrawn, "Budget cut", new DateOnly(2024, 2, 29), CommissioningOfficer, At(2024, 1, 11)));
        Assert.StartsWith("A proposal to take extension option 1 is waiting for", second.Message);
    }

    [Fact]
    public void A_rejected_proposal_changes_nothing_and_the_option_can_be_proposed_again()
    {
        var contract = Reference();
        var proposal = contract.ProposeExtension(Owner, Approver, "Outcomes on target", CommissioningOfficer, At(2024, 1, 10));

        contract.Reject(proposal.Id, "Wait for the quarter's figures", Commissioner, At(2024, 1, 11));

        Assert.Equal(ProposalStatus.Rejected, proposal.Status);
        Assert.Equal(new DateOnly(2024, 4, 30), contract.CurrentEndsOn);
        Assert.Equal(1, contract.ProposeExtension(Owner, Approver, "Figures now in", CommissioningOfficer, At(2024, 1, 20)).OptionNumber);
    }

    [Fact]
    public void Declining_an_option_lets_it_and_every_later_one_lapse()
    {
        var contract = Reference();

        contract.DeclineOption(Owner, 1, "The service is to be recommissioned", CommissioningOfficer, At(2024, 1, 10));

        var options = contract.ExtensionOptions(new DateOnly(2024, 1, 10), Notice, Lead);
        Assert.Equal([ExtensionOptionState.Declined, ExtensionOptionState.Lapsed], options.Select(o => o.State));
        var refused = Assert.Throws<DomainRuleException>(() => contract.ProposeExtension(Owner, Approver, "Changed my mind", CommissioningOfficer, At(2024, 1, 11)));
        Assert.Equal("Extension option 1 was declined, so no later option can be taken.", refused.Message);
    }

    [Fact]
    public void An_option_not_taken_before_its_term_ends_has_lapsed()
    {
        var options = Reference().ExtensionOptions(new DateOnly(2024, 5, 1), Notice, Lead);

        Assert.Equal([ExtensionOptionState.Lapsed, ExtensionOptionState.Lapsed], options.Select(o => o.State));
    }

    [Fact]
    public void The_owner_may_move_a_decide_by_date_with_a_reason_but_not_past_the_terms_end()
    {
        var contract = Reference();

        contract.MoveDecideBy(Owner, 1, new DateOnly(2024, 2, 29), "Board meets in February", CommissioningOfficer, At(2023, 6, 1), Notice, Lead);
        var option = contract.ExtensionOptions(new DateOnly(2023, 6, 1), Notice, Lead)[0];

        Assert.Equal((new DateOnly(2024, 2, 29), true, "Board meets in February", new DateOnly(2023, 8, 29)),
            (option.DecideBy, option.DecideByMoved, option.DecideByReason, option.ReminderOn));
        Assert.Throws<DomainRuleException>(() =>
            contract.MoveDecideBy(Owner, 1, new DateOnly(2024, 5, 1), "Too late", CommissioningOfficer, At(2023, 6, 1), Notice, Lead));
        Assert.Throws<DomainRuleException>(() =>
            contract.MoveDecideBy(Owner, 1, new DateOnly(2024, 2, 1), "", CommissioningOfficer, At(2023, 6, 1), Notice, Lead));
    }

    [Fact]
    public void A_reminder_falls_due_on_its_day_and_once_recorded_is_never_due_again()
    {
        var contract = Reference();

        Assert.Empty(contract.DueReminders(new DateOnly(2023, 7, 30), Notice, Lead));
        var due = Assert.Single(contract.DueReminders(new DateOnly(2023, 7, 31), Notice, Lead));
        contract.RecordReminderSent(due, CommissioningOfficer.UserId, At(2023, 7, 31));

        Assert.Empty(contract.DueReminders(new DateOnly(2023, 8, 1), Notice, Lead));
        Assert.Throws<DomainRuleException>(() => contract.RecordReminderSent(due, CommissioningOfficer.UserId, At(2023, 8, 1)));
    }
}
