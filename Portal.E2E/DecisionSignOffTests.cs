using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The live reference commission goes to decision: the officer submits it while the Commissioner already has it open,
/// three approvers sign off in turn, and the Commissioner approves, seeing each change without reloading the page.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed class DecisionSignOffTests(PortalApp app)
{
    private const string LiveReference = "COM-0002";

    [Fact]
    public async Task Approvers_sign_off_in_turn_and_the_Commissioner_sees_each_change_live_then_approves()
    {
        var commissioner = await app.NewPageAsync();
        await commissioner.SignInAsync(DemoUsers.Commissioner.Email, DemoUsers.Password);
        var commissionUrl = await OpenByReferenceAsync(commissioner, LiveReference);
        await Expect(commissioner.GetByTestId("next-steps")).ToContainTextAsync("Nothing here is yours to do at this stage.");

        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await officer.GotoAsync(commissionUrl);
        await officer.WaitForInteractiveAsync();
        await officer.Locator("[data-trigger=SubmitForDecision]").ClickAsync();
        await Expect(officer.Locator("[data-state=AwaitingDecision]")).ToBeVisibleAsync();

        var approve = commissioner.Locator("[data-trigger=Approve]");
        await Expect(approve).ToBeDisabledAsync();
        await Expect(commissioner.GetByTestId("next-steps")).ToContainTextAsync("The Chief Executive has not signed off version 1");

        foreach (var approver in new[] { DemoUsers.ChiefExecutive, DemoUsers.Section151Officer, DemoUsers.MonitoringOfficer })
            await SignOffAsync(commissionUrl, approver);

        await Expect(approve).ToBeEnabledAsync();
        await Expect(commissioner.GetByTestId("next-steps")).Not.ToContainTextAsync("has not signed off");
        await commissioner.ScreenshotAsync("decision-ready-for-approval");

        await approve.ClickAsync();
        await commissioner.Locator("#action-text").FillAsync("Meets a need identified by the Reducing Reoffending Board, within budget.");
        await commissioner.GetByTestId("dialog-confirm").ClickAsync();

        await Expect(commissioner.Locator("[data-state=EqualityAssessment]")).ToBeVisibleAsync();
        await Expect(commissioner.GetByTestId("stage-stepper").Locator("[aria-current=step]")).ToContainTextAsync("Equality impact assessment");
        await Expect(commissioner.GetByTestId("history")).ToContainTextAsync("Meets a need identified by the Reducing Reoffending Board");
        await Expect(officer.Locator("[data-state=EqualityAssessment]")).ToBeVisibleAsync();
    }

    private async Task SignOffAsync(string commissionUrl, DemoUsers.DemoUser approver)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(approver.Email, DemoUsers.Password);
        await page.GotoAsync(commissionUrl);
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-trigger=Approve]")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record your sign-off" }).ClickAsync();
        await page.Locator("#action-text").FillAsync($"{approver.DisplayName} supports the recommendation.");
        await page.GetByTestId("dialog-confirm").ClickAsync();
        await Expect(page.GetByText("Your sign-off is recorded.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task<string> OpenByReferenceAsync(IPage page, string reference)
    {
        await page.GotoAsync("/commissions");
        await page.WaitForInteractiveAsync();
        await page.Locator("#search-text").FillAsync(reference);
        var table = page.GetByTestId("commission-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await table.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.GetByTestId("commission-title")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        return page.Url;
    }
}
