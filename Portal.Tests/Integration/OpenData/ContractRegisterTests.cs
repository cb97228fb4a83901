using System.Net;
using Portal.Components.OpenData;
using Portal.Data;
using Portal.Domain.Common;

namespace Portal.Tests.Integration.OpenData;

/// <summary>The register of awarded contracts, read without signing in: what it lists, the £10,000 rule, and its search.</summary>
public sealed class ContractRegisterTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly OpenDataSteps _steps = new(app);

    [Fact]
    public async Task The_reference_contract_is_listed_with_its_supplier_value_dates_and_open_data_link()
    {
        var page = await GetAsync("/register/contracts");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(DemoContracts.ReferenceSupplier, page.Html);
        Assert.Contains("£155,000", page.Html);
        Assert.Contains("1 May 2022", page.Html);
        Assert.Contains("27 June 2022", page.Html);
        Assert.Contains("2 of 12 months each", page.Html);
        Assert.Contains("To <time datetime=\"2026-04-30\">30 April 2026</time>, both extension options taken", page.Html);
        Assert.Contains($"href=\"{OpenDataService.PublicPath("COM-0001")}\"", page.Html);
        Assert.Contains("href=\"/register/contracts\" aria-current=\"page\"", page.Html);
        Assert.Contains("more than £10,000 over its initial term", page.Html);
    }

    [Fact]
    public async Task Only_contracts_worth_more_than_ten_thousand_pounds_are_listed()
    {
        await _steps.AwardedAsync("Register Threshold Exactly Ten Thousand", Money.FromPounds(10_000));
        await _steps.AwardedAsync("Register Threshold One Penny More", Money.FromPounds(10_000.01m));
        await _steps.AwardedAsync("Register Threshold Well Above", Money.FromPounds(64_000));

        var page = await GetAsync("/register/contracts?q=Register+Threshold");

        Assert.DoesNotContain("Register Threshold Exactly Ten Thousand", page.Html);
        Assert.Contains("Register Threshold One Penny More", page.Html);
        Assert.Contains("£10,000.01", page.Html);
        Assert.Contains("Register Threshold Well Above", page.Html);
        Assert.Contains("2 contracts", page.Html);
    }

    [Fact]
    public async Task The_search_finds_by_supplier_and_reference_and_says_so_when_nothing_matches()
    {
        var bySupplier = await GetAsync("/register/contracts?q=pathways");
        var byReference = await GetAsync("/register/contracts?q=com-0001");
        var none = await GetAsync("/register/contracts?q=lighthouse+keeping");
        var beforeAward = await GetAsync("/register/contracts?to=2022-04-25");

        Assert.Contains(DemoContracts.ReferenceSupplier, bySupplier.Html);
        Assert.Contains(OpenDataService.PublicPath("COM-0001"), byReference.Html);
        Assert.Contains("No awarded contracts match your search", none.Html);
        Assert.DoesNotContain(OpenDataService.PublicPath("COM-0001"), beforeAward.Html);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused_with_a_message_at_the_field()
    {
        var page = await GetAsync("/register/contracts?from=31%2F02%2F2024");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("“Awarded on or after” must be a real date", page.Html);
        Assert.Contains("value=\"31/02/2024\"", page.Html);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
