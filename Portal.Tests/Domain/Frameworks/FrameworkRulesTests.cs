using Portal.Domain.Common;
using Portal.Domain.Frameworks;

namespace Portal.Tests.Domain.Frameworks;

public class FrameworkRulesTests
{
    private static Framework NewFramework() =>
        new("Probation Rehabilitation Services", "Ministry of Justice", new DateOnly(2025, 4, 1), new DateOnly(2029, 3, 31));

    private static SupplierOrganisation NewSupplier(string name = "Fresh Start Mentoring") =>
        new(name, "Ana Lee", "ana@freshstart.test", "Stoke-on-Trent", "01782 000000");

    [Fact]
    public void A_lot_number_is_used_once_in_a_framework()
    {
        var framework = NewFramework();
        framework.AddLot(1, "Education, Training and Employment", "West Midlands");

        var ex = Assert.Throws<DomainRuleException>(() => framework.AddLot(1, "Accommodation", "West Midlands"));

        Assert.Contains("already has a lot 1", ex.Message);
        Assert.Single(framework.Lots);
    }

    [Theory]
    [InlineData(0, "Accommodation", "West Midlands", "between 1 and")]
    [InlineData(2, " ", "West Midlands", "lot name is required")]
    [InlineData(2, "Accommodation", "", "region is required")]
    public void A_lot_needs_a_positive_number_a_name_and_a_region(int number, string name, string region, string message)
    {
        var ex = Assert.Throws<DomainRuleException>(() => NewFramework().AddLot(number, name, region));

        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void A_framework_needs_a_name_an_authority_and_an_end_after_its_start()
    {
        Assert.Contains("framework name is required",
            Assert.Throws<DomainRuleException>(() => new Framework("", "MoJ", new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1))).Message);
        Assert.Contains("contracting authority must be at most 300",
            Assert.Throws<DomainRuleException>(() => new Framework("F", new string('x', 301), new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1))).Message);
        Assert.Contains("end after it starts",
            Assert.Throws<DomainRuleException>(() => new Framework("F", "MoJ", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1))).Message);
    }

    [Fact]
    public void A_supplier_is_on_a_lot_only_once()
    {
        var lot = NewFramework().AddLot(1, "Accommodation", "West Midlands");
        var supplier = NewSupplier();
        lot.AddSupplier(supplier);

        var ex = Assert.Throws<DomainRuleException>(() => lot.AddSupplier(supplier, SupplierStatus.Suspended));

        Assert.Contains("already on lot 1", ex.Message);
        Assert.Single(lot.Members);
        Assert.Equal(SupplierStatus.Active, lot.Members[0].Status);
    }

    [Fact]
    public void Suspending_and_reactivating_record_the_reason_and_refuse_a_move_to_the_same_status()
    {
        var lot = NewFramework().AddLot(1, "Accommodation", "West Midlands");
        var supplier = NewSupplier();
        lot.AddSupplier(supplier);

        lot.SuspendSupplier(supplier.Id, "Performance review under way");
        Assert.Equal(SupplierStatus.Suspended, lot.Members[0].Status);
        Assert.Equal("Performance review under way", lot.Members[0].StatusReason);
        Assert.Contains("already suspended", Assert.Throws<DomainRuleException>(() => lot.SuspendSupplier(supplier.Id, "Again")).Message);
        Assert.Contains("reason is required", Assert.Throws<DomainRuleException>(() => lot.ReactivateSupplier(supplier.Id, "  ")).Message);
        Assert.Equal(SupplierStatus.Suspended, lot.Members[0].Status);

        lot.ReactivateSupplier(supplier.Id, "Review closed");
        Assert.Equal(SupplierStatus.Active, lot.Members[0].Status);
        Assert.Contains("not on lot 1", Assert.Throws<DomainRuleException>(() => lot.SuspendSupplier(Guid.NewGuid(), "Who?")).Message);
    }

    [Theory]
    [InlineData("bids@example.org", true)]
    [InlineData("first.last+tenders@sub.example.co.uk", true)]
    [InlineData("not-an-email", false)]
    [InlineData("a@b", false)]
    [InlineData("Ana <ana@example.org>", false)]
    [InlineData("ana @example.org", false)]
    [InlineData("", false)]
    public void Email_addresses_must_be_single_plain_addresses(string email, bool valid) =>
        Assert.Equal(valid, FrameworkRules.IsValidEmail(email));

    [Fact]
    public void A_supplier_organisation_reports_every_problem_and_allows_no_phone()
    {
        var problems = FrameworkRules.SupplierProblems("", "", "nope", new string('1', 41), "");

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("supplier name is required"));
        Assert.Contains(problems, p => p.Contains("\"nope\" is not a valid email"));
        Assert.Contains(problems, p => p.Contains("phone number must be at most 40"));
        Assert.Throws<DomainRuleException>(() => new SupplierOrganisation("X", "Y", "bad", "Town"));

        var supplier = new SupplierOrganisation("  Fresh Start  ", "Ana", "ana@freshstart.test", "Leek", "  ");
        Assert.Equal("Fresh Start", supplier.Name);
        Assert.Null(supplier.ContactPhone);
    }
}
