using Portal.Components.OpenData;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;

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
    [InlineData(false, false, "pending")]
    [InlineData(true, false, "active")]
    [InlineData(true, true, "terminated")]
    public void The_contract_is_pending_until_signed_and_terminated_once_closed(bool signed, bool closed, string status)
    {
        var contract = AwardedContract();
        var progress = new ContractProgress(signed ? contract.AwardedAt.AddDays(2) : null, ServiceCommenced: false, closed);

        var package = OcdsReleasePackageBuilder.Build(Facts(Decision, contract, progress), Publication);

        var release = package.Releases.Single(r => r.Tag[0] == "contract");
        Assert.Equal(status, Assert.Single(release.Contracts!).Status);
        Assert.Equal(signed ? OcdsDates.Instant(contract.AwardedAt.AddDays(2)) : OcdsDates.Instant(contract.AwardedAt), release.Date);
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
