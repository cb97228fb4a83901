using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

[Collection(PortalAppCollection.Name)]
public sealed class SupplierAccessTests(PortalApp app)
{
    [Fact]
    public async Task A_supplier_lands_on_its_own_home_and_is_refused_the_office_pages()
    {
        var page = await app.NewPageAsync();
        var supplier = DemoUsers.Suppliers[0];

        await page.SignInAsync(supplier.Email, DemoUsers.Password);
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, "/supplier").ToString());
        await Expect(page.GetByTestId("supplier-name")).ToHaveTextAsync(supplier.SupplierName!);
        await page.ScreenshotAsync("supplier-home");

        foreach (var officePage in new[] { "/", "/commissions", "/admin/audit" })
        {
            await page.GotoAsync(officePage);
            await Expect(page.GetByText("This page is not available to you")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("commission-table")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("stage-counts")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("waiting-items")).ToHaveCountAsync(0);
            await Expect(page.Locator("body")).Not.ToContainTextAsync(DemoDataSeeder.ReferenceTitle);
            await Expect(page.Locator("body")).Not.ToContainTextAsync("COM-");
            if (officePage == "/") await page.ScreenshotAsync("access-denied");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to your home page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, "/supplier").ToString());
    }
}
