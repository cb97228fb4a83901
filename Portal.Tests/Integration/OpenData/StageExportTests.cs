using System.Net;
using System.Text.Json;
using Portal.Components.OpenData;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.OpenData;

/// <summary>
/// A commission's export at each stage it reaches: it validates against the official OCDS 1.1 release package schema with
/// no errors, holds one release per stage reached, and carries the facts of that stage.
/// </summary>
public sealed class StageExportTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly OpenDataSteps _steps = new(app);

    [Fact]
    public async Task With_only_the_decision_approved_the_package_holds_the_planning_release()
    {
        var id = await _steps.Responses.Tenders.InIttPreparationAsync("Open Data Planning Stage Service");
        var commission = await _steps.CommissionAsync(id);

        var (package, json) = await ValidPackageAsync(id);

        var release = Assert.Single(package.Releases);
        Assert.Equal(["planning"], release.Tag);
        Assert.Equal($"ocds-demo01-{commission.Reference}", release.Ocid);
        Assert.Equal($"ocds-demo01-{commission.Reference}-planning", release.Id);
        Assert.Equal(160_000m, release.Planning!.Budget.Amount.Amount);
        Assert.Contains("£75,000 to £80,000 a year", release.Planning.Budget.Description);
        Assert.Equal(commission.DecisionNumber, release.Planning.Milestones[0].Code);
        Assert.Equal(OcdsDates.Instant(commission.DecisionApprovedAt!.Value), release.Date);
        Assert.Null(release.Tender);
        Assert.DoesNotContain("\"tender\": {", json);
    }

    [Fact]
    public async Task Once_the_ITT_is_issued_the_tender_release_gives_the_lot_criteria_periods_and_documents()
    {
        var (id, ittId) = await _steps.Responses.IssuedTenderAsync("Open Data Tender Stage Service");
        var deadline = await _steps.Responses.DeadlineAsync(ittId);
        var commission = await _steps.CommissionAsync(id);

        var (package, _) = await ValidPackageAsync(id);

        Assert.Equal(["planning", "tender"], package.Releases.Select(r => r.Tag[0]));
        var tender = package.Releases[1].Tender!;
        Assert.Equal("selective", tender.ProcurementMethod);
        Assert.Contains("Lot 1: Education, Training and Employment (West Midlands)", tender.ProcurementMethodDetails);
        Assert.Contains("Probation Rehabilitation Services", tender.ProcurementMethodDetails);
        Assert.Equal("ratedCriteria", tender.AwardCriteria);
        Assert.Contains("(35%)", tender.AwardCriteriaDetails);
        Assert.Contains("Price (30%", tender.AwardCriteriaDetails);
        Assert.Contains("Social value (10%)", tender.AwardCriteriaDetails);
        Assert.Equal(OcdsDates.Instant(deadline), tender.TenderPeriod!.EndDate);
        Assert.Equal(OcdsDates.Instant(commission.ClarificationDeadline!.Value), tender.EnquiryPeriod!.EndDate);
        var document = Assert.Single(tender.Documents!);
        Assert.Equal("Service specification", document.Title);
        Assert.Equal("technicalSpecifications", document.DocumentType);
        Assert.Null(tender.NumberOfTenderers);
    }

    [Fact]
    public async Task Once_the_box_is_opened_the_update_gives_the_number_of_tenders_and_nothing_of_them()
    {
        var id = await _steps.OpenedAsync("Open Data Opening Stage Service");

        var (package, json) = await ValidPackageAsync(id);

        Assert.Equal(["planning", "tender", "tenderUpdate"], package.Releases.Select(r => r.Tag[0]));
        Assert.Equal(2, package.Releases[2].Tender!.NumberOfTenderers);
        Assert.DoesNotContain(ResponseSteps.Pathways, json);
        Assert.DoesNotContain(ResponseSteps.SecondChance, json);
        Assert.Null(package.Releases.SingleOrDefault(r => r.Awards is not null));
    }

    [Fact]
    public async Task Once_awarded_the_public_export_gives_the_award_and_contract_and_nothing_of_the_losing_bid()
    {
        var (id, contract) = await _steps.AwardedAsync("Open Data Award Stage Service");
        var commission = await _steps.CommissionAsync(id);

        var response = await app.AnonymousClient().GetAsync(OpenDataService.PublicPath(commission.Reference));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Empty(await OcdsSchema.ErrorsAsync(json));
        var package = JsonSerializer.Deserialize<OcdsPackage>(json, OcdsPackage.JsonOptions)!;
        Assert.Equal(["planning", "tender", "tenderUpdate", "award", "contract"], package.Releases.Select(r => r.Tag[0]));
        var award = Assert.Single(package.Releases[3].Awards!);
        Assert.Equal("active", award.Status);
        Assert.Equal(150_000m, award.Value.Amount);
        Assert.Equal(ResponseSteps.Pathways, Assert.Single(award.Suppliers).Name);
        Assert.Equal(OcdsDates.Instant(contract.AwardedAt), award.Date);
        Assert.Contains(OpenDataSteps.StandstillRule, award.Description);
        var milestones = package.Releases[3].Tender!.Milestones!;
        Assert.Equal(OcdsDates.Instant(contract.AssessmentSummariesSentAt), milestones.Single(m => m.Id == "assessment-summaries").DateMet);
        Assert.Equal(OcdsDates.Instant(contract.StandstillEndedAt), milestones.Single(m => m.Id == "standstill").DateMet);
        var exported = Assert.Single(package.Releases[4].Contracts!);
        Assert.Equal("pending", exported.Status);
        Assert.Equal(award.Id, exported.AwardId);
        Assert.Equal(OcdsDates.StartOf(contract.CallOffEffectiveDate), exported.Period.StartDate);
        Assert.Equal(OcdsDates.EndOf(contract.EndsOn), exported.Period.EndDate);
        Assert.Equal(OcdsDates.EndOf(contract.EndsOn.AddDays(1).AddMonths(24).AddDays(-1)), exported.Period.MaxExtentDate);
        Assert.Contains("2 optional extensions of 12 months each", exported.Description);
        Assert.Equal(package.Releases[3].Parties.Select(p => p.Id), package.Releases[4].Parties.Select(p => p.Id));

        // The losing bidder is neither named nor priced: every bid priced £25,000 a year, which no amount here repeats.
        Assert.DoesNotContain(ResponseSteps.SecondChance, json);
        Assert.DoesNotContain("25000", json);
        Assert.DoesNotContain("25,000", json);
        Assert.DoesNotContain("tenderers\"", json);
    }

    [Fact]
    public async Task A_supplier_is_refused_the_office_export_and_the_refusal_is_audited()
    {
        var id = await _steps.Responses.Tenders.InIttPreparationAsync("Open Data Office Only Service");
        var supplier = await _steps.Responses.SupplierAsync(ResponseSteps.Pathways);
        var before = await _steps.Responses.AuditCountAsync("AccessRefused", supplier.UserId);

        var refused = await _steps.Service(supplier).OfficePackageAsync(id, "https://portal.example");
        var overHttp = await (await app.SignedInClientAsync(ResponseSteps.EmailOf[ResponseSteps.Pathways])).GetAsync(OpenDataService.OfficePath(id));
        var signedOut = await app.AnonymousClient().GetAsync(OpenDataService.OfficePath(id));

        Assert.Equal(Portal.Infrastructure.OperationOutcome.Forbidden, refused.Outcome);
        Assert.NotEqual(HttpStatusCode.OK, overHttp.StatusCode);
        Assert.Equal(before + 2, await _steps.Responses.AuditCountAsync("AccessRefused", supplier.UserId));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/account/login", signedOut.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_office_user_downloads_the_export_as_a_json_file()
    {
        var id = await _steps.Responses.Tenders.InIttPreparationAsync("Open Data Download Service");
        var client = await app.SignedInClientAsync(Portal.Data.DemoUsers.CommissioningOfficer.Email);

        var response = await client.GetAsync(OpenDataService.OfficePath(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Empty(await OcdsSchema.ErrorsAsync(await response.Content.ReadAsStringAsync()));
    }

    private async Task<(OcdsPackage Package, string Json)> ValidPackageAsync(Guid commissionId)
    {
        var package = await _steps.OfficePackageAsync(commissionId);
        var json = package.ToJson();
        var errors = await OcdsSchema.ErrorsAsync(json);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return (package, json);
    }
}
