using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;

namespace Portal.Tests.Integration.OpenData;

/// <summary>The public export of the seeded historical contract (COM-0001), fetched as anyone would, without signing in.</summary>
public sealed class PublishedExportTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task The_reference_contract_exports_a_valid_package_with_a_release_for_each_stage()
    {
        var response = await app.AnonymousClient().GetAsync("/register/contracts/COM-0001/ocds.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Empty(await OcdsSchema.ErrorsAsync(json));
        var package = JsonDocument.Parse(json).RootElement;
        Assert.Equal("1.1", package.GetProperty("version").GetString());
        Assert.Equal("http://localhost/register/contracts/COM-0001/ocds.json", package.GetProperty("uri").GetString());
        var releases = package.GetProperty("releases").EnumerateArray().ToList();
        Assert.Equal(["planning", "tender", "tenderUpdate", "award", "contract", "contractAmendment", "contractAmendment"],
            releases.Select(r => r.GetProperty("tag")[0].GetString()));
        Assert.All(releases, r => Assert.Equal("ocds-demo01-COM-0001", r.GetProperty("ocid").GetString()));
        Assert.Equal(releases.Count, releases.Select(r => r.GetProperty("id").GetString()).Distinct().Count());

        var planning = releases[0].GetProperty("planning");
        Assert.Equal(160_000m, planning.GetProperty("budget").GetProperty("amount").GetProperty("amount").GetDecimal());
        Assert.Equal("GBP", planning.GetProperty("budget").GetProperty("amount").GetProperty("currency").GetString());
        Assert.StartsWith("SCP-D-", planning.GetProperty("milestones")[0].GetProperty("code").GetString());
        Assert.Equal("2022-02-17T10:00:00Z", releases[0].GetProperty("date").GetString());

        var tender = releases[1].GetProperty("tender");
        Assert.Equal("selective", tender.GetProperty("procurementMethod").GetString());
        Assert.Equal("2022-03-11T12:00:00Z", tender.GetProperty("tenderPeriod").GetProperty("endDate").GetString());
        Assert.Equal("2022-03-02T12:00:00Z", tender.GetProperty("enquiryPeriod").GetProperty("endDate").GetString());
        Assert.Equal(2, releases[2].GetProperty("tender").GetProperty("numberOfTenderers").GetInt32());

        var award = releases[3].GetProperty("awards")[0];
        Assert.Equal(155_000m, award.GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Equal(DemoContracts.ReferenceSupplier, award.GetProperty("suppliers")[0].GetProperty("name").GetString());
        Assert.Contains("Standstill period", award.GetProperty("description").GetString());
        var supplierParty = releases[3].GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("roles")[0].GetString() == "supplier");
        Assert.Equal(award.GetProperty("suppliers")[0].GetProperty("id").GetString(), supplierParty.GetProperty("id").GetString());
        var buyerIds = releases.Select(r => r.GetProperty("buyer").GetProperty("id").GetString()).Distinct();
        Assert.Single(buyerIds);

        var contract = releases[4].GetProperty("contracts")[0];
        Assert.Equal(award.GetProperty("id").GetString(), contract.GetProperty("awardID").GetString());
        Assert.Equal("active", contract.GetProperty("status").GetString());
        Assert.Equal("2022-04-30T23:00:00Z", contract.GetProperty("period").GetProperty("startDate").GetString());
        Assert.Equal("2026-04-30T22:59:59Z", contract.GetProperty("period").GetProperty("maxExtentDate").GetString());
        Assert.Equal("met", contract.GetProperty("milestones")[0].GetProperty("status").GetString());
        Assert.Equal("2024-04-30T22:59:59Z", contract.GetProperty("period").GetProperty("endDate").GetString());

        var extended = releases[6].GetProperty("contracts")[0];
        Assert.Equal("2026-04-30T22:59:59Z", extended.GetProperty("period").GetProperty("endDate").GetString());
        Assert.Equal(2, extended.GetProperty("amendments").GetArrayLength());
        Assert.Equal("Extension option 2 of 2 taken: the contract now ends on 30 April 2026.",
            extended.GetProperty("amendments")[1].GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_commission_not_yet_awarded_and_an_unknown_reference_are_both_not_found()
    {
        await using var db = await app.OpenDbAsync();
        var live = (await db.Commissions.AsNoTracking().ToListAsync()).Where(c => c.State < CommissionState.Awarded).Select(c => c.Number).ToList();
        Assert.NotEmpty(live);
        var client = app.AnonymousClient();

        foreach (var number in live)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/register/contracts/{Commission.FormatReference(number)}/ocds.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/register/contracts/COM-9999/ocds.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/register/contracts/not-a-reference/ocds.json")).StatusCode);
    }
}
