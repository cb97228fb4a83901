using System.Text.Json;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// A member of the public, not signed in, goes from the register's decisions to its awarded contracts, finds the reference
/// contract, and downloads its open data.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed class OpenDataTests(PortalApp app)
{
    [Fact]
    public async Task A_member_of_the_public_finds_the_reference_contract_and_downloads_its_OCDS_release_package()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/register");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Public register" })
            .GetByRole(AriaRole.Link, new() { Name = "Contracts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Awarded contracts", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Title, supplier or reference").FillAsync("Pathways");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var result = page.GetByTestId("contract-result").Filter(new() { HasText = ReferenceCommission.Title });
        await Expect(result).ToHaveCountAsync(1);
        await Expect(result.GetByTestId("contract-supplier")).ToHaveTextAsync(DemoContracts.ReferenceSupplier);
        await Expect(result.GetByTestId("contract-value")).ToContainTextAsync("£155,000");
        await Expect(result).ToContainTextAsync("1 May 2022");
        await Expect(result.GetByTestId("contract-current-term")).ToHaveTextAsync("To 30 April 2026, both extension options taken");
        await Expect(page.GetByTestId("publication-rule")).ToContainTextAsync("initial term");
        await page.ScreenshotAsync("register-contracts");

        var link = result.GetByRole(AriaRole.Link, new() { Name = "Open data for COM-0001 (OCDS, JSON)" });
        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), r => r.Url.EndsWith("/register/contracts/COM-0001/ocds.json"));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Headers["content-type"]);
        // The browser shows the JSON as text; that text is the package.
        var shown = page.Locator("pre").First;
        await Expect(shown).ToContainTextAsync("\"ocid\": \"ocds-demo01-COM-0001\"");
        var package = JsonDocument.Parse(await shown.InnerTextAsync()).RootElement;
        Assert.Equal("1.1", package.GetProperty("version").GetString());
        Assert.All(package.GetProperty("releases").EnumerateArray(), r => Assert.Equal("ocds-demo01-COM-0001", r.GetProperty("ocid").GetString()));
        var latest = package.GetProperty("releases").EnumerateArray().Last().GetProperty("contracts")[0];
        Assert.Equal("2026-04-30T22:59:59Z", latest.GetProperty("period").GetProperty("endDate").GetString());
    }
}
