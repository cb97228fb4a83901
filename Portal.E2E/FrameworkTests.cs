using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

[Collection(PortalAppCollection.Name)]
public sealed class FrameworkTests(PortalApp app)
{
    [Fact]
    public async Task A_procurement_officer_imports_suppliers_onto_a_lot_once_the_file_is_fixed()
    {
        var page = await app.NewPageAsync();
        var supplier = $"Fresh Start Mentoring {Guid.NewGuid().ToString("N")[..6]}";
        const string header = "Lot number,Supplier name,Contact name,Contact email,Phone,Town,Status";
        var folder = Directory.CreateTempSubdirectory("portal-csv-");
        try
        {
            var bad = Path.Combine(folder.FullName, "suppliers.csv");
            await File.WriteAllTextAsync(bad, $"{header}\n2,{supplier},Ana Lee,ana-at-freshstart,01782 000000,Stoke-on-Trent,Active\n");
            var fixedFile = Path.Combine(folder.FullName, "suppliers-fixed.csv");
            await File.WriteAllTextAsync(fixedFile, $"{header}\n2,{supplier},Ana Lee,ana@freshstart.test,01782 000000,Stoke-on-Trent,Active\n");

            await page.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
            await page.WaitForInteractiveAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Frameworks", Exact = true })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Probation Rehabilitation Services (demo)" }).ClickAsync();
            await Expect(page.GetByTestId("framework-name")).ToHaveTextAsync("Probation Rehabilitation Services (demo)");
            await page.WaitForInteractiveAsync();

            var import = page.GetByTestId("csv-import-section");
            await import.GetByLabel("CSV file (up to 1 MB)").SetInputFilesAsync(bad);
            var row = import.GetByTestId("csv-row");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByTestId("csv-result")).ToContainTextAsync("\"ana-at-freshstart\" is not a valid email address.");
            await Expect(import.GetByTestId("csv-import")).ToBeDisabledAsync();

            await import.GetByLabel("CSV file (up to 1 MB)").SetInputFilesAsync(fixedFile);
            await Expect(row.GetByTestId("csv-result")).ToHaveTextAsync("Will add");
            await Expect(import.GetByTestId("csv-import")).ToBeEnabledAsync();
            await import.GetByTestId("csv-import").ClickAsync();

            await Expect(import.GetByTestId("csv-message")).ToContainTextAsync("Imported 1 supplier from suppliers-fixed.csv.");
            var lot2 = page.Locator("[data-testid=lot][data-lot='2']");
            var added = lot2.GetByTestId("lot-supplier").Filter(new() { HasText = supplier });
            await Expect(added).ToContainTextAsync("ana@freshstart.test");
            await Expect(added.GetByTestId("supplier-status")).ToHaveTextAsync("Active");
            await page.ScreenshotAsync("frameworks");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
