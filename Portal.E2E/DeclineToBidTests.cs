using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>A supplier on the demo's open tender (COM-0003) declines to bid, with its reason, and the office sees it.</summary>
[Collection(PortalAppCollection.Name)]
public sealed class DeclineToBidTests(PortalApp app)
{
    private const string Title = "Women's Community Support Service for Offenders";
    private const string Reason = "We cannot recruit women mentors in Stafford before the service starts.";

    [Fact]
    public async Task A_supplier_declines_with_a_reason_and_the_procurement_officer_sees_it()
    {
        var supplier = await app.NewPageAsync();
        await supplier.SignInAsync("tenders@secondchanceskills.test", DemoUsers.Password);
        await supplier.WaitForInteractiveAsync();
        await supplier.GetByTestId("invitation").Filter(new() { HasText = Title }).GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await supplier.WaitForInteractiveAsync();

        await supplier.GetByTestId("decline-open").ClickAsync();
        await supplier.GetByTestId("decline-confirm").ClickAsync();
        await Expect(supplier.GetByTestId("decline-problem")).ToContainTextAsync("Say why you are not bidding");
        await supplier.Locator("#decline-reason").FillAsync(Reason);
        await supplier.Locator("#decline-reason").BlurAsync();
        await supplier.GetByTestId("decline-confirm").ClickAsync();
        await Expect(supplier.GetByTestId("declined")).ToContainTextAsync(Reason);

        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await officer.WaitForInteractiveAsync();
        await officer.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Notifications, \\d+ unread$") }).ClickAsync();
        await officer.WaitForInteractiveAsync();
        await officer.GetByTestId("notifications").GetByText("Second Chance Skills Trust will not bid for COM-0003").ClickAsync();
        await Expect(officer.GetByTestId("supplier-declined")).ToContainTextAsync(Reason);
    }
}
