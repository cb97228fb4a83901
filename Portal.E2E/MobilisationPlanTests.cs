using System.Text;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The demo's awarded contract (COM-0006) mobilised in the browser by its people: the procurement officer finds the overdue items
/// from the dashboard and records the signed contract with its evidence, the supplier completes its own items from its dashboard,
/// and the commissioning officer completes the rest, starts mobilisation and commences the service.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed class MobilisationPlanTests(PortalApp app)
{
    private static readonly string[] SupplierItems =
    [
        "Risk and safeguarding information reaches the provider before it starts work with a service user",
        "Staff recruited and vetted",
        "Referral pathway agreed with probation and youth offending services",
        "Insurance certificates provided",
    ];

    private static readonly string[] OfficeItems = ["DPIA completed", "Information-sharing agreement signed", "KPI baselines and targets agreed"];

    [Fact]
    public async Task The_awarded_contracts_mobilisation_plan_is_completed_and_the_service_commences()
    {
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await officer.WaitForInteractiveAsync();
        await officer.GetByTestId("waiting-items").GetByText("Chase overdue mobilisation items").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Mobilisation plan", Exact = true })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("outstanding-mandatory")).ToHaveTextAsync("8 mandatory items outstanding");
        await Expect(Item(officer, "Contract signed").GetByTestId("overdue")).ToBeVisibleAsync();
        await officer.ScreenshotAsync("mobilisation-plan");

        await SetStatusAsync(officer, "Contract signed", "Done");
        await Expect(Item(officer, "Contract signed").GetByTestId("item-problem")).ToContainTextAsync("Upload the evidence before marking \"Contract signed\" done");
        await CompleteAsync(officer, "Contract signed");
        await Expect(officer.GetByTestId("fact-Contract signed")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-chip-color-success"));

        var supplier = await app.NewPageAsync();
        await supplier.SignInAsync("bids@pathwaystowork.test", DemoUsers.Password);
        await supplier.WaitForInteractiveAsync();
        await supplier.GetByTestId("supplier-mobilisation").GetByRole(AriaRole.Link, new() { Name = "Mobilisation plan" }).ClickAsync();
        await Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "Mobilisation plan", Exact = true })).ToBeVisibleAsync();
        await supplier.WaitForInteractiveAsync();
        await Expect(supplier.GetByTestId("no-plan")).ToHaveCountAsync(0);
        await Expect(supplier.Locator(".mobilisation-item")).ToHaveCountAsync(SupplierItems.Length);
        foreach (var title in SupplierItems) await CompleteAsync(supplier, title);
        await supplier.ScreenshotAsync("mobilisation-plan-supplier");

        var commissioning = await app.NewPageAsync();
        await commissioning.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await commissioning.GotoAsync(officer.Url);
        await commissioning.WaitForInteractiveAsync();
        foreach (var title in OfficeItems) await CompleteAsync(commissioning, title);
        await Expect(commissioning.GetByTestId("outstanding-mandatory")).ToHaveTextAsync("Every mandatory item done");
        await Expect(commissioning.GetByTestId("overdue-count")).ToHaveCountAsync(0);
        await commissioning.ScreenshotAsync("mobilisation-plan-complete");

        await commissioning.GetByRole(AriaRole.Link, new() { Name = "COM-0006" }).ClickAsync();
        await commissioning.WaitForInteractiveAsync();
        await commissioning.Locator("[data-trigger=StartMobilisation]").ClickAsync();
        await Expect(commissioning.Locator("[data-trigger=CommenceService]")).ToBeEnabledAsync();
        await commissioning.Locator("[data-trigger=CommenceService]").ClickAsync();
        await Expect(commissioning.GetByText("Done: Commence service.")).ToBeVisibleAsync();
        await Expect(commissioning.GetByTestId("mobilisation-link")).ToBeVisibleAsync();

        await commissioning.GetByRole(AriaRole.Link, new() { Name = "Mobilisation template" }).ClickAsync();
        await Expect(commissioning.Locator("tr[data-row]")).ToHaveCountAsync(8);
        await commissioning.ScreenshotAsync("mobilisation-template");
    }

    private static ILocator Item(IPage page, string title) => page.Locator($"[data-item=\"{title}\"]");

    private static async Task SetStatusAsync(IPage page, string title, string status)
    {
        var item = Item(page, title);
        await item.GetByRole(AriaRole.Combobox, new() { Name = "Status" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = status, Exact = true }).ClickAsync();
        await item.GetByTestId("save-item").ClickAsync();
    }

    private static async Task CompleteAsync(IPage page, string title)
    {
        var item = Item(page, title);
        var fileName = $"{new string(title.Where(char.IsLetter).Take(24).ToArray())}.pdf";
        await item.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {title}\n%%EOF\n"),
        });
        await Expect(item.GetByTestId("evidence-link")).ToHaveTextAsync(fileName);
        await SetStatusAsync(page, title, "Done");
        await Expect(item).ToHaveAttributeAsync("data-status", "Done");
    }
}
