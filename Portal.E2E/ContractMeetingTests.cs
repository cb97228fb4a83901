using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The officer managing the reference contract, in May 2024 as its first extension begins: schedules the coming year's meetings, adds to
/// the first deep dive's agenda,
/// records its minutes with an action once it has been held, and finds the action carried onto the next meeting's agenda.
/// </summary>
[Collection(ContractManagementAppCollection.Name)]
public sealed class ContractMeetingTests(ContractManagementApp app)
{
    private const string DeepDive = "Quality deep dive, Q1 2024/25";
    private const string PerformanceMeeting = "Contract performance meeting, Q1 2024/25";
    private const string LaterDeepDive = "Quality deep dive, Q2 2024/25";
    private const string CancelledBecause = "Held jointly with the performance meeting that week";
    private const string NewAction = "Send the office the partner's referral pathway, agreed with its team";

    [Fact]
    public async Task The_officer_schedules_the_year_records_minutes_with_an_action_and_the_next_meeting_carries_it_forward()
    {
        app.SetClock(new DateTime(2024, 5, 10, 9, 0, 0));
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await officer.WaitForInteractiveAsync();
        await officer.GotoAsync($"/commissions/{app.ReferenceCommissionId}");
        await officer.WaitForInteractiveAsync();
        await officer.GetByTestId("meetings-link").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Contract meetings", Exact = true })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("overdue-actions")).ToHaveTextAsync("1 overdue");

        await officer.GetByTestId("propose-year").ClickAsync();
        await Expect(officer.Locator(".proposal")).ToHaveCountAsync(8);
        await officer.Locator("#year-place").FillAsync("Pathways to Work CIC, Town Road, Hanley");
        await officer.Locator("#year-attendees").FillAsync("Priya Shah (office); Nadia Brooks and Daniel Okoro (Pathways to Work CIC)");
        await officer.GetByTestId("schedule-proposals").ClickAsync();
        await Expect(officer.Locator($"tr[data-meeting=\"{DeepDive}\"]")).ToContainTextAsync("22 Jul 2024, 10:00");
        await Expect(officer.Locator($"tr[data-meeting=\"{PerformanceMeeting}\"]")).ToContainTextAsync("29 Jul 2024, 14:00");
        await officer.ScreenshotAsync("contract-meeting-list");

        await officer.GetByRole(AriaRole.Link, new() { Name = DeepDive }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = DeepDive })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("carried-forward")).ToContainTextAsync("Provide evidence of sustained employment");
        await officer.Locator("#agenda-item").FillAsync("Referrals from the co-commissioning partner");
        await officer.GetByTestId("add-agenda-item").ClickAsync();
        await Expect(officer.GetByTestId("added-item")).ToContainTextAsync("Referrals from the co-commissioning partner (added by Priya Shah)");
        await Expect(officer.GetByTestId("minutes")).ToContainTextAsync("The minutes are recorded after the meeting");

        // Two months on, the sign-in has expired: the officer signs in again and returns to the meeting.
        var meetingUrl = officer.Url;
        app.SetClock(new DateTime(2024, 7, 22, 13, 0, 0));
        officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await officer.GotoAsync(meetingUrl);
        await officer.WaitForInteractiveAsync();
        await officer.Locator("#minutes-text").FillAsync("Case files sampled: every plan links interventions to the assessment.\nPartner referrals discussed.");
        await officer.GetByTestId("save-minutes").ClickAsync();
        await Expect(officer.GetByTestId("minutes-recorded")).ToContainTextAsync("Version 1, recorded by Priya Shah");

        await officer.Locator("#action-description").FillAsync(NewAction);
        await officer.GetByTestId("raise-action-button").ClickAsync();
        await Expect(officer.GetByTestId("raise-action-problem")).ToContainTextAsync("Choose who owns the action");
        await officer.ChooseAsync("Owner", "Pathways to Work CIC (supplier)");
        await officer.Locator("#action-due").FillAsync("2024-08-14");
        await officer.GetByTestId("raise-action-button").ClickAsync();
        await Expect(officer.GetByTestId("actions-raised").Locator("[data-action=A6]")).ToContainTextAsync(NewAction);

        await officer.GetByRole(AriaRole.Link, new() { Name = "COM-0001 · Commissioning of Employment Support Service for Offenders" }).ClickAsync();
        await officer.WaitForInteractiveAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = PerformanceMeeting }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = PerformanceMeeting })).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("carried-forward").Locator("[data-action=A6]")).ToContainTextAsync(NewAction);
        await Expect(officer.GetByTestId("carried-forward").Locator("[data-action=A5]")).ToContainTextAsync("Overdue");
        await Expect(officer.GetByTestId("data-pack")).ToContainTextAsync("Q4 2023/24");
        await officer.ScreenshotAsync("contract-meetings");

        await officer.GetByRole(AriaRole.Link, new() { Name = "COM-0001 · Commissioning of Employment Support Service for Offenders" }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = LaterDeepDive }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = LaterDeepDive })).ToBeVisibleAsync();
        await officer.GetByTestId("cancel-meeting").ClickAsync();
        await officer.GetByTestId("confirm-cancel-meeting").ClickAsync();
        await Expect(officer.GetByTestId("details-problem")).ToHaveTextAsync("Say why the meeting is cancelled.");
        await officer.Locator("#cancel-reason").FillAsync(CancelledBecause);
        await officer.GetByTestId("confirm-cancel-meeting").ClickAsync();
        await Expect(officer.GetByTestId("meeting-cancelled")).ToContainTextAsync($"Cancelled by Priya Shah on 22 Jul 2024, 13:00 (UK time): {CancelledBecause}");
        await Expect(officer.GetByTestId("edit-meeting")).ToHaveCountAsync(0);
        await Expect(officer.GetByTestId("minutes")).ToContainTextAsync("The meeting was cancelled, so it has no minutes.");
        await officer.ScreenshotAsync("contract-meeting-cancelled");

        var supplier = await app.NewPageAsync();
        await supplier.SignInAsync("bids@pathwaystowork.test", DemoUsers.Password);
        await supplier.WaitForInteractiveAsync();
        await PerformancePages.ReturnsRow(supplier, ReferenceCommission.Title).GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "Contract meetings", Exact = true })).ToBeVisibleAsync();
        await Expect(supplier.Locator($"tr[data-meeting=\"{LaterDeepDive}\"]").GetByTestId("meeting-cancelled")).ToHaveTextAsync("Cancelled");
        await Expect(supplier).ToHaveURLAsync(new Regex($"/supplier/contracts/{app.ReferenceCommissionId}/meetings$"));
        await supplier.WaitForInteractiveAsync();
        await Expect(supplier.GetByRole(AriaRole.Tab, new() { Name = "Risk log", Exact = false })).ToHaveCountAsync(0);
        await supplier.GetByRole(AriaRole.Tab, new() { Name = "Actions (2 open)" }).ClickAsync();
        var theirs = supplier.Locator("[data-action=A6]");
        await theirs.Locator("textarea, input").First.FillAsync("Draft shared with the service manager; final version by 7 August.");
        await theirs.GetByTestId("report-progress").ClickAsync();
        await Expect(theirs.GetByTestId("action-status")).ToHaveTextAsync("In progress");
        await Expect(theirs.GetByTestId("close-action")).ToHaveCountAsync(0);
        await supplier.ScreenshotAsync("contract-meetings-supplier");
    }
}
