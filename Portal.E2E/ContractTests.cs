using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>Taking the demo's awarded contract into management changes COM-0006 for every later test, so it has an app of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ContractAppCollection : ICollectionFixture<PortalApp>
{
    public const string Name = "Portal app for contract management";
}

/// <summary>
/// Contract management in the browser: the reference contract's history and its owner's prompt to close it; COM-0006 brought into
/// management, its owner proposing the first extension and the Commissioner approving it from the page; the office's register
/// filtered and downloaded.
/// </summary>
[Collection(ContractAppCollection.Name)]
public sealed class ContractTests(PortalApp app)
{
    [Fact]
    public async Task The_owner_proposes_an_extension_the_commissioner_approves_it_and_the_register_shows_and_downloads_it()
    {
        var owner = await app.NewPageAsync();
        await owner.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await owner.WaitForInteractiveAsync();
        await owner.GetByTestId("waiting-items").GetByText("Close the contract: its term ended on 30 April 2026").ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Contract", Exact = true })).ToBeVisibleAsync();
        await Expect(owner.GetByTestId("current-end")).ToHaveTextAsync("30 April 2026");
        await Expect(owner.Option(2).GetByTestId("option-state")).ToHaveTextAsync("Taken");
        await Expect(owner.GetByTestId("contract-history")).ToContainTextAsync("Extension option 2 of 2 taken");
        await owner.ScreenshotAsync("contract-page-reference");

        var officer = await MobilisationPages.OpenPlanFromDashboardAsync(app);
        await officer.CompleteEveryMobilisationItemAsync();

        await owner.GotoAsync(officer.Url);
        await owner.WaitForInteractiveAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = "COM-0006" }).ClickAsync();
        await owner.WaitForInteractiveAsync();
        await owner.MoveAsync("StartMobilisation", "Start mobilisation");
        await owner.MoveAsync("CommenceService", "Commence service");
        // The commission page's extension move sends the owner to the contract page, where an approver approves it.
        await owner.Locator("[data-trigger=TakeExtension]").ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Contract", Exact = true })).ToBeVisibleAsync();
        await owner.WaitForInteractiveAsync();
        var newEnd = (await owner.Option(1).Locator("td").Nth(2).InnerTextAsync()).Trim();
        await owner.GetByTestId("propose-extension").ClickAsync();
        await Expect(owner.GetByTestId("notice")).ToContainTextAsync("Choose the approver from the list");
        await owner.ChooseAsync("Approver", "James Holloway (Commissioner)");
        await owner.Locator("#proposal-reason").FillAsync("Referrals and outcomes are on target; the partnership board supports a further year.");
        await owner.GetByTestId("propose-extension").ClickAsync();
        await Expect(owner.GetByTestId("pending-proposal")).ToContainTextAsync("Waiting for approval: take extension option 1");
        await Expect(owner.GetByTestId("proposed-end")).ToHaveTextAsync(newEnd);

        var commissioner = await app.NewPageAsync();
        await commissioner.SignInAsync(DemoUsers.Commissioner.Email, DemoUsers.Password);
        await commissioner.WaitForInteractiveAsync();
        await commissioner.GetByTestId("waiting-items").GetByText("Approve or reject: take extension option 1").ClickAsync();
        await Expect(commissioner.GetByTestId("pending-proposal")).ToBeVisibleAsync();
        await commissioner.WaitForInteractiveAsync();
        await commissioner.Locator("#approval-note").FillAsync("Approved: good value for a further year.");
        await commissioner.GetByTestId("approve-proposal").ClickAsync();

        await Expect(commissioner.GetByTestId("current-end")).ToHaveTextAsync(newEnd);
        await Expect(commissioner.GetByTestId("current-term")).ToContainTextAsync("Extension 1");
        await Expect(commissioner.Option(1).GetByTestId("option-state")).ToHaveTextAsync("Taken");
        await Expect(commissioner.Option(1)).ToContainTextAsync("approved by James Holloway");
        await Expect(commissioner.GetByTestId("pending-proposal")).ToHaveCountAsync(0);
        await commissioner.ScreenshotAsync("contract-page");

        await owner.GetByRole(AriaRole.Link, new() { Name = "Contracts", Exact = true }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Contracts", Exact = true })).ToBeVisibleAsync();
        await owner.WaitForInteractiveAsync();
        await Expect(owner.Locator("tr[data-reference]")).ToHaveCountAsync(2);
        await Expect(owner.Locator("tr[data-reference=\"COM-0006\"]").GetByTestId("next-decision")).ToContainTextAsync("Extension option 2");
        await owner.ScreenshotAsync("contract-register");
        await owner.Locator("#register-search").FillAsync("accommodation");
        await owner.GetByTestId("apply-filters").ClickAsync();
        await Expect(owner.Locator("tr[data-reference]")).ToHaveCountAsync(1);
        await Expect(owner.Locator("tr[data-reference=\"COM-0006\"]")).ToBeVisibleAsync();
        await Expect(owner).ToHaveURLAsync(new Regex("q=accommodation"));

        var (name, path) = await owner.DownloadAsync("register-download");
        Assert.EndsWith(".xlsx", name);
        using var file = File.OpenRead(path);
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheet("Contracts");
        Assert.Equal("COM-0006", sheet.Cell(5, 1).GetString());
        Assert.True(sheet.Cell(6, 1).IsEmpty());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(5, 9).DataType);
        Assert.Equal(newEnd, sheet.Cell(5, 9).GetDateTime().ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }
}
