using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;
using static Portal.E2E.MobilisationPages;

namespace Portal.E2E;

/// <summary>
/// The demo's awarded contract (COM-0006) mobilised in the browser by its people: the procurement officer finds the overdue items
/// from the dashboard and records the signed contract with its evidence, the supplier completes its own items from its dashboard,
/// and the commissioning officer completes the rest, starts mobilisation and commences the service.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed class MobilisationPlanTests(PortalApp app)
{
    [Fact]
    public async Task The_awarded_contracts_mobilisation_plan_is_completed_and_the_service_commences()
    {
        var officer = await OpenPlanFromDashboardAsync(app);
        await Expect(officer.GetByTestId("outstanding-mandatory")).ToHaveTextAsync("8 mandatory items outstanding");
        await Expect(Item(officer, "Contract signed").GetByTestId("overdue")).ToBeVisibleAsync();
        await officer.ScreenshotAsync("mobilisation-plan");

        await SetStatusAsync(officer, "Contract signed", "Done");
        await Expect(Item(officer, "Contract signed").GetByTestId("item-problem")).ToContainTextAsync("Upload the evidence before marking \"Contract signed\" done");
        await CompleteAsync(officer, "Contract signed");
        await Expect(officer.GetByTestId("fact-Contract signed")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-chip-color-success"));

        var supplier = await SupplierOpensPlanAsync(app);
        await Expect(supplier.GetByTestId("no-plan")).ToHaveCountAsync(0);
        await Expect(supplier.Locator(".mobilisation-item")).ToHaveCountAsync(SupplierItems.Length);
        foreach (var title in SupplierItems) await CompleteAsync(supplier, title);
        await supplier.ScreenshotAsync("mobilisation-plan-supplier");

        var commissioning = await app.NewPageAsync();
        await commissioning.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await commissioning.GotoAsync(officer.Url);
        await commissioning.WaitForInteractiveAsync();
        // A note typed on one item, not yet saved, survives another item being saved.
        const string unsavedNote = "Baselines from the first quarter's referrals; targets at the first performance meeting.";
        await Item(commissioning, "KPI baselines and targets agreed").GetByLabel("Notes").FillAsync(unsavedNote);
        foreach (var title in OfficeItems.Where(t => t != "KPI baselines and targets agreed")) await CompleteAsync(commissioning, title);
        await Expect(Item(commissioning, "KPI baselines and targets agreed").GetByLabel("Notes")).ToHaveValueAsync(unsavedNote);
        await CompleteAsync(commissioning, "KPI baselines and targets agreed");
        await Expect(Item(commissioning, "KPI baselines and targets agreed")).ToContainTextAsync(unsavedNote);
        await Expect(commissioning.GetByTestId("outstanding-mandatory")).ToHaveTextAsync("Every mandatory item done");
        await Expect(commissioning.GetByTestId("overdue-count")).ToHaveCountAsync(0);
        await commissioning.ScreenshotAsync("mobilisation-plan-complete");

        await StartAndCommenceAsync(commissioning, "COM-0006");
        await Expect(commissioning.GetByTestId("mobilisation-link")).ToBeVisibleAsync();

        await commissioning.GetByRole(AriaRole.Link, new() { Name = "Mobilisation template" }).ClickAsync();
        await Expect(commissioning.Locator("tr[data-row]")).ToHaveCountAsync(8);
        await commissioning.ScreenshotAsync("mobilisation-template");
    }
}
