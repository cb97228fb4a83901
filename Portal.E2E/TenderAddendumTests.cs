using System.Globalization;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// On the demo's open tender (COM-0003) the procurement officer moves the tender deadline a week later; the change goes out
/// as an addendum; a supplier finds it through the bell in the app bar, reads it, sees the new deadline and acknowledges it.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed class TenderAddendumTests(PortalApp app)
{
    private const string Title = "Women's Community Support Service for Offenders";

    [Fact]
    public async Task A_later_tender_deadline_is_published_as_an_addendum_that_a_supplier_acknowledges()
    {
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await officer.WaitForInteractiveAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "All commissions", Exact = true }).ClickAsync();
        await officer.WaitForInteractiveAsync();
        await officer.GetByLabel("Search title or reference").FillAsync("COM-0003");
        await officer.GetByTestId("commission-table").GetByRole(AriaRole.Link, new() { Name = "COM-0003", Exact = true }).ClickAsync();
        await officer.WaitForInteractiveAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Publish an addendum or extend a deadline" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "The tender", Exact = true })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();

        var deadline = officer.Locator("#amend-TenderDeadline");
        var later = DateOnly.ParseExact(await deadline.InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(7);
        await deadline.FillAsync(later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await deadline.DispatchEventAsync("change");
        await officer.Locator("#amend-reason").FillAsync("Two suppliers asked for another week to agree their partnerships.");
        await officer.Locator("#amend-reason").BlurAsync();
        await officer.GetByTestId("publish-timetable").ClickAsync();

        var addendum = officer.GetByTestId("addendum-2");
        var newDeadline = later.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) + " at 12:00";
        await Expect(addendum).ToContainTextAsync($"→ {newDeadline}");
        await Expect(officer.GetByTestId("tender-deadline")).ToContainTextAsync(later.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await officer.ScreenshotAsync("tender-office");

        var supplier = await app.NewPageAsync();
        await supplier.SignInAsync("contracts@midlandsemployment.test", DemoUsers.Password);
        await supplier.WaitForInteractiveAsync();
        await Expect(supplier.GetByTestId("invitation").Filter(new() { HasText = Title }).GetByTestId("addenda-badge")).ToBeVisibleAsync();
        await supplier.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Notifications, \\d+ unread$") }).ClickAsync();
        await supplier.WaitForInteractiveAsync();
        await supplier.GetByTestId("notifications").GetByText($"Addendum 2 to the ITT: {Title}").ClickAsync();
        await Expect(supplier.GetByTestId("tender-title")).ToHaveTextAsync(Title);
        await supplier.WaitForInteractiveAsync();
        var latest = supplier.Locator("[data-testid='addendum'][data-number='2']");
        await Expect(latest).ToContainTextAsync("Two suppliers asked for another week");
        await Expect(latest).ToContainTextAsync(newDeadline);
        await latest.GetByTestId("acknowledge").ClickAsync();
        await Expect(latest.GetByTestId("acknowledged")).ToContainTextAsync("Acknowledged by Chloe Turner");
        await supplier.Locator("#addenda").ScreenshotAsync("addenda-supplier");
    }
}
