using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

[Collection(PortalAppCollection.Name)]
public sealed class CommissioningOfficerTests(PortalApp app)
{
    [Fact]
    public async Task An_officer_creates_a_commission_and_finds_it_on_the_dashboard_and_in_the_list()
    {
        var page = await app.NewPageAsync();
        var title = $"Employment support for care leavers {Guid.NewGuid().ToString("N")[..8]}";

        await page.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, "/").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        // The drawer and the dashboard both offer "New commission"; either leads to the same form.
        await page.GetByRole(AriaRole.Link, new() { Name = "New commission", Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New commission", Exact = true })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#summary").FillAsync("Support into work for 18 to 25 year old care leavers across the county, for two years.");
        await page.Locator("#recommendation").FillAsync("Approve a call-off from the regional employment support framework.");
        await page.Locator("#annual-low").FillAsync("75000");
        await page.Locator("#annual-high").FillAsync("80000");
        await page.Locator("#initial-term").FillAsync("24");
        await page.Locator("#extension-count").FillAsync("1");
        // The months field unlocks when the count is committed, which happens as the person leaves the field.
        await page.Locator("#extension-count").PressAsync("Tab");
        await page.Locator("#extension-months").FillAsync("12");
        await page.ChooseAsync("Procurement route", "Call-off from a framework");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create commission" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/commissions/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("commission-title")).ToHaveTextAsync(title);
        await Expect(page.Locator("[data-state=DecisionNoteDraft]")).ToHaveTextAsync("Decision note draft");
        await Expect(page.GetByTestId("stage-stepper").Locator("[aria-current=step]")).ToContainTextAsync("Decision note");
        await Expect(page.GetByTestId("history")).ToContainTextAsync(DemoUsers.CommissioningOfficer.DisplayName);
        await page.ScreenshotAsync("commission-page");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("waiting-items")).ToContainTextAsync(title);
        await Expect(page.GetByTestId("stage-counts")).ToContainTextAsync("Decision note draft");
        await page.ScreenshotAsync("dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "All commissions", Exact = true }).ClickAsync();
        var table = page.GetByTestId("commission-table");
        await Expect(table).ToBeVisibleAsync();
        await page.Locator("#search-text").FillAsync(title);
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(table.Locator("tbody tr")).ToContainTextAsync(title);
        await page.ScreenshotAsync("commission-list");
    }
}
