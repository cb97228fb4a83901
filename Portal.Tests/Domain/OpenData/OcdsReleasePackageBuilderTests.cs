using Portal.Components.OpenData;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using Portal.Tests.Domain.Contracts;

namespace Portal.Tests.Domain.OpenData;

public sealed class OcdsReleasePackageBuilderTests
{
    private static readonly OcdsPublication Publication = new("ocds-demo01", "Office of the Police and Crime Commissioner",
        "https://portal.example/register/contracts/COM-0007/ocds.json", null);

    private static readonly DateTimeOffset Approved = new(2024, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private static readonly DecisionFacts Decision = new("SCP-D-202324-009", Approved, "Affordable and needed.",
        Money.FromPounds(40_000), Money.FromPounds(45_000.50m), 24, 1, 12, null);

    [Theory]
    [InlineData(2022, 5, 1, "2022-04-30T23:00:00Z", "2022-05-01T22:59:59Z")]
    [InlineData(2024, 1, 31, "2024-01-31T00:00:00Z", "2024-01-31T23:59:59Z")]
    public void A_day_runs_from_UK_midnight_to_the_last_second_written_in_UTC(int year, int month, int day, string start, string end)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(start, OcdsDates.StartOf(date));
        Assert.Equal(end, OcdsDates.EndOf(date));
    }

    [Fact]
    public void A_commission_with_no_approved_decision_has_no_release()
    {
        var package = OcdsReleasePackageBuilder.Build(Facts(decision: null), Publication);

        Assert.Empty(package.Releases);
    }

    [Fact]
    public void The_budget_is_the_upper_estimate_over_the_initial_term_to_the_penny()
    {
        var release = Assert.Single(OcdsReleasePackageBuilder.Build(Facts(Decision), Publication).Releases);

        Assert.Equal(90_001m, release.Planning!.Budget.Amount.Amount);
        Assert.Equal("GBP", release.Planning.Budget.Amount.Currency);
        Assert.Contains("£80,000 to £90,001 over the initial term of 24 months", release.Planning.Budget.Description);
        Assert.Contains("one optional extension of 12 months", release.Planning.Budget.Description);
        Assert.Equal("2024-03-04T10:00:00Z", release.Date);
        Assert.Null(release.Planning.Documents);
    }

    [Theory]
    [InlineData(false, "pending")]
    [InlineData(true, "active")]
    public void The_contract_is_pending_until_signed_then_active(bool signed, string status)
    {
        var contract = AwardedContract();
        var progress = new ContractProgress(signed ? contract.AwardedAt.AddDays(2) : null, ServiceCommenced: false, ClosedAt: null);

        var package = OcdsReleasePackageBuilder.Build(Facts(Decision, contract, progress), Publication);

        var release = package.Releases.Single(r => r.Tag[0] == "contract");
        Assert.Equal(status, Assert.Single(release.Contracts!).Status);
        Assert.Equal(signed ? OcdsDates.Instant(contract.AwardedAt.AddDays(2)) : OcdsDates.Instant(contract.AwardedAt), release.Date);
        Assert.DoesNotContain(package.Releases, r => r.Tag[0] is "contractAmendment" or "contractTermination");
    }

    [Fact]
    public void Each_extension_taken_is_an_amendment_release_dated_at_approval_with_the_term_as_it_then_stood()
    {
        var contract = ContractFixtures.Reference();
        ContractFixtures.TakeNext(contract, ContractFixtures.At(2024, 1, 10));
        ContractFixtures.TakeNext(contract, ContractFixtures.At(2025, 1, 10));
        var progress = new ContractProgress(contract.AwardedAt.AddDays(1), ServiceCommenced: true, ClosedAt: null);

        var releases = OcdsReleasePackageBuilder.Build(Facts(Decision, contract, progress), Publication).Releases;

        var signed = Assert.Single(releases.Single(r => r.Tag[0] == "contract").Contracts!);
        Assert.Equal((OcdsDates.EndOf(new DateOnly(2024, 4, 30)), OcdsDates.EndOf(new DateOnly(2026, 4, 30))),
            (signed.Period.EndDate, signed.Period.MaxExtentDate));
        Assert.Null(signed.Amendments);
        var amendments = releases.Where(r => r.Tag[0] == "contractAmendment").ToList();
        Assert.Equal(["ocds-demo01-COM-0007-contractAmendment-1", "ocds-demo01-COM-0007-contractAmendment-2"], amendments.Select(r => r.Id));
        Assert.Equal(OcdsDates.Instant(ContractFixtures.At(2024, 1, 11)), amendments[0].Date);
        var first = Assert.Single(amendments[0].Contracts!);
        Assert.Equal((OcdsDates.EndOf(new DateOnly(2025, 4, 30)), OcdsDates.EndOf(new DateOnly(2026, 4, 30)), "active"),
            (first.Period.EndDate, first.Period.MaxExtentDate, first.Status));
        Assert.Equal("Extension option 1 of 2 taken: the contract now ends on 30 April 2025.", Assert.Single(first.Amendments!).Description);
        var second = Assert.Single(amendments[1].Contracts!);
        Assert.Equal(["COM-0007-amendment-1", "COM-0007-amendment-2"], second.Amendments!.Select(a => a.Id));
        Assert.Equal(OcdsDates.EndOf(new DateOnly(2026, 4, 30)), second.Period.EndDate);
        Assert.DoesNotContain("Performance is good", second.Amendments!.Select(a => a.Rationale));
    }

    [Fact]
    public void An_early_end_gives_its_ground_not_the_officers_words_and_closing_is_a_termination_release()
    {
        var contract = ContractFixtures.Reference();
        var proposal = contract.ProposeEarlyEnd(ContractFixtures.Owner, ContractFixtures.Approver, EarlyEndReason.FundingWithdrawn,
            "Grant not renewed by the Ministry", new DateOnly(2023, 9, 30), TestActors.CommissioningOfficer, ContractFixtures.At(2023, 6, 1));
        contract.Approve(proposal.Id, "", TestActors.Commissioner, ContractFixtures.At(2023, 6, 2));
        var closedAt = ContractFixtures.At(2023, 10, 2);
        var progress = new ContractProgress(contract.AwardedAt.AddDays(1), ServiceCommenced: true, closedAt);

        var releases = OcdsReleasePackageBuilder.Build(Facts(Decision, contract, progress), Publication).Releases;

        var amendment = Assert.Single(Assert.Single(releases.Single(r => r.Tag[0] == "contractAmendment").Contracts!).Amendments!);
        Assert.Equal(("Funding withdrawn", "Ended early: the contract's last day is 30 September 2023."), (amendment.Rationale, amendment.Description));
        var termination = releases.Single(r => r.Tag[0] == "contractTermination");
        Assert.Equal(OcdsDates.Instant(closedAt), termination.Date);
        var terminated = Assert.Single(termination.Contracts!);
        Assert.Equal(("terminated", OcdsDates.EndOf(new DateOnly(2023, 9, 30)), OcdsDates.EndOf(new DateOnly(2023, 9, 30))),
            (terminated.Status, terminated.Period.EndDate, terminated.Period.MaxExtentDate));
        Assert.Equal(releases.Count, releases.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Releases_come_in_date_order_with_ids_unique_and_one_buyer_throughout()
    {
        var package = OcdsReleasePackageBuilder.Build(Facts(Decision, AwardedContract(), ContractProgress.None), Publication);

        Assert.Equal(["planning", "award", "contract"], package.Releases.Select(r => r.Tag[0]));
        Assert.Equal(package.Releases.Count, package.Releases.Select(r => r.Id).Distinct().Count());
        Assert.Single(package.Releases.Select(r => r.Buyer.Id).Distinct());
        Assert.Equal(package.Releases[^1].Date, package.PublishedDate);
        Assert.Equal("office-of-the-police-and-crime-commissioner", package.Releases[0].Buyer.Id);
        Assert.Equal("supplier-bridge-training-charity", package.Releases[1].Awards![0].Suppliers[0].Id);
    }

    [Fact]
    public void The_standstill_rule_reads_as_a_sentence_before_the_next()
    {
        var award = OcdsReleasePackageBuilder.Build(Facts(Decision, AwardedContract(), ContractProgress.None), Publication)
            .Releases.Single(r => r.Awards is not null).Awards![0];

        Assert.Contains("10 working days from the award notice. The award was confirmed", award.Description);
    }

    private static OpenDataFacts Facts(DecisionFacts? decision, Contract? contract = null, ContractProgress? progress = null) =>
        new("COM-0007", "Accommodation Support for Prison Leavers", "A summary.", ProcurementRoute.FrameworkCallOff, decision, null, contract,
            progress ?? ContractProgress.None);

    private static Contract AwardedContract()
    {
        var letters = new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero);
        var terms = new ContractTerms(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Bridge Training Charity", "Accommodation Support",
            Money.FromPounds(88_000), Money.FromPounds(44_000), new DateOnly(2024, 7, 1), new DateOnly(2024, 8, 1), 24, 1, 12,
            letters, letters, letters.AddDays(14), "Procurement Act 2023: 10 working days from the award notice");
        var officer = new Actor("p1", "Pat Procurement", new HashSet<string> { Roles.ProcurementOfficer });
        return Contract.Award(terms, officer, letters.AddDays(15));
    }
}
