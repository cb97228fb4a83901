using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>The portal with a clock the test moves on, in an app of its own so passing a deadline changes no other test's tender.</summary>
public sealed class ClockedPortalApp() : PortalApp(new Dictionary<string, string> { ["Portal__TestClock__Enabled"] = "true" })
{
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        (await http.PostAsync($"/testing/clock/advance?minutes={(int)by.TotalMinutes}", null)).EnsureSuccessStatusCode();
    }
}

[CollectionDefinition(Name)]
public sealed class ClockedPortalAppCollection : ICollectionFixture<ClockedPortalApp>
{
    public const string Name = "Portal app with a test clock";
}

/// <summary>
/// A new Pathways to Work user joins by invitation, drafts the COM-0003 response, uploads its files, submits, withdraws,
/// resubmits and downloads its receipt; after the deadline two procurement officers open the box and read the response.
/// </summary>
[Collection(ClockedPortalAppCollection.Name)]
public sealed class SealedBoxJourneyTests(ClockedPortalApp app)
{
    private const string Password = "Pathways-bid-2026x";

    [Fact]
    public async Task A_new_bidder_submits_withdraws_and_resubmits_and_two_officers_open_the_box_after_the_deadline()
    {
        var email = $"bids-{Guid.NewGuid().ToString("N")[..8]}@pathwaystowork.test";
        var bidder = await JoinPathwaysAsync(email);

        await bidder.GetByTestId("invitation").Filter(new() { HasText = "COM-0003" }).GetByTestId("response-link").ClickAsync();
        await Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "Your response", Exact = true })).ToBeVisibleAsync();
        await bidder.WaitForInteractiveAsync();
        await Expect(bidder.GetByTestId("response-status")).ToHaveTextAsync("Not started");
        await FillResponseAsync(bidder);
        await bidder.GetByTestId("save-draft").ClickAsync();
        await Expect(bidder.GetByTestId("last-saved")).ToContainTextAsync("Draft last saved");
        await UploadAsync(bidder, "supporting", "safeguarding-policy.pdf");
        await UploadAsync(bidder, "pricingschedule", "pricing-schedule-completed.pdf");
        await Expect(bidder.GetByTestId("ready")).ToBeVisibleAsync();
        await bidder.ScreenshotAsync("response-form");

        await bidder.GetByTestId("submit").ClickAsync();
        await Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "Tender receipt" })).ToBeVisibleAsync();
        await Expect(bidder.GetByTestId("receipt-file")).ToHaveCountAsync(2);
        var firstHash = await bidder.GetByTestId("response-hash").TextContentAsync();

        await bidder.GetByText("← Your response").ClickAsync();
        await bidder.WaitForInteractiveAsync();
        await Expect(bidder.GetByTestId("response-status")).ToHaveTextAsync("In the tender box");
        await bidder.GetByTestId("withdraw").ClickAsync();
        await Expect(bidder.GetByTestId("response-status")).ToHaveTextAsync("Withdrawn: not in the box");
        await bidder.Locator("#social-value-answer").FillAsync("Two paid apprenticeships and four volunteering placements for local women each year.");
        await bidder.Locator("#social-value-answer").BlurAsync();
        await bidder.GetByTestId("submit").ClickAsync();
        await Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "Tender receipt" })).ToBeVisibleAsync();
        Assert.NotEqual(firstHash, await bidder.GetByTestId("response-hash").TextContentAsync());
        await bidder.ScreenshotAsync("response-receipt");
        var download = await bidder.RunAndWaitForDownloadAsync(() => bidder.GetByTestId("download-receipt").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);

        await bidder.GotoAsync("/supplier");
        await Expect(bidder.GetByTestId("invitation").Filter(new() { HasText = "COM-0003" }).GetByTestId("response-status")).ToHaveTextAsync("In the tender box");
        await bidder.ScreenshotAsync("supplier-dashboard");

        var first = await app.NewPageAsync();
        await first.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await AnswerWaitingQuestionAsync(first);
        var boxUrl = first.Url.Replace("/clarifications", "/tender-box");
        await first.GotoAsync(boxUrl);
        await Expect(first.GetByTestId("sealed-box")).ToContainTextAsync("1 response is in the box");

        // Three weeks on, past the tender deadline; the sign-in from before has expired by the portal's clock, so sign in again.
        await app.AdvanceClockAsync(TimeSpan.FromDays(21));
        await first.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await first.GotoAsync(boxUrl);
        await first.WaitForInteractiveAsync();
        await Expect(first.GetByTestId("sealed-box")).ToContainTextAsync("No procurement officer has confirmed the opening yet.");
        await first.GetByTestId("confirm-opening").ClickAsync();
        await Expect(first.GetByTestId("sealed-box")).ToContainTextAsync("Confirmed by Tom Fielding");

        var second = await app.NewPageAsync();
        await second.SignInAsync(DemoUsers.SecondProcurementOfficer.Email, DemoUsers.Password);
        await second.GotoAsync(boxUrl);
        await second.WaitForInteractiveAsync();
        await second.GetByTestId("confirm-opening").ClickAsync();
        var record = second.GetByTestId("opening-record");
        await Expect(record.GetByTestId("opened-response")).ToContainTextAsync("Pathways to Work CIC");
        await Expect(record.GetByTestId("opened-response")).ToContainTextAsync("Matches: answers and 2 files");
        await second.ScreenshotAsync("tender-box-opened");
        await record.GetByRole(AriaRole.Link, new() { Name = "Read" }).ClickAsync();
        await Expect(second.GetByTestId("response-supplier")).ToHaveTextAsync("Pathways to Work CIC");
        await Expect(second.GetByTestId("read-quality-0")).ToContainTextAsync("women's centre");
    }

    private async Task<IPage> JoinPathwaysAsync(string email)
    {
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await officer.InviteToSupplierAsync("Pathways to Work CIC", email, "Sam Okafor");

        var bidder = await app.NewPageAsync();
        await bidder.GotoAsync(await app.LinkEmailedToAsync(email, SupplierJoinTests.JoinLink()));
        await bidder.Locator("#password").FillAsync(Password);
        await bidder.Locator("#confirm-password").FillAsync(Password);
        await bidder.GetByRole(AriaRole.Button, new() { Name = "Join and sign in" }).ClickAsync();
        await Expect(bidder).ToHaveURLAsync(new Regex("/supplier$"));
        await bidder.WaitForInteractiveAsync();
        return bidder;
    }

    private static async Task FillResponseAsync(IPage page)
    {
        foreach (var index in new[] { 0, 1 })
            await page.GetByTestId($"compliance-{index}").GetByText("Yes", new() { Exact = true }).ClickAsync();
        await page.Locator("#quality-0-answer").FillAsync("We meet each woman at the gate and walk with her to the women's centre the same day.");
        await page.Locator("#quality-1-answer").FillAsync("Our safeguarding lead shares risk information with probation within 24 hours.");
        await page.Locator("#quality-2-answer").FillAsync("We hold weekly case meetings with housing, benefits and employment partners.");
        await page.Locator("#price-year-0").FillAsync("78000");
        await page.Locator("#price-year-1").FillAsync("79500");
        await page.Locator("#social-value-answer").FillAsync("Two paid apprenticeships for local women each year.");
        foreach (var key in new[] { "form-of-tender", "accuracy", "non-collusion", "no-canvassing", "conflicts" })
            await page.GetByTestId($"declaration-{key}").GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.Locator("#social-value-answer").BlurAsync();
    }

    private static async Task UploadAsync(IPage page, string slot, string name)
    {
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {name}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        await page.Locator($"#upload-{slot}").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = pdf });
        await Expect(page.GetByTestId($"files-{slot}").GetByTestId("response-file").Filter(new() { HasText = name })).ToBeVisibleAsync();
    }

    private static async Task AnswerWaitingQuestionAsync(IPage page)
    {
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "All commissions", Exact = true }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("Search title or reference").FillAsync("COM-0003");
        await page.GetByTestId("commission-table").GetByRole(AriaRole.Link, new() { Name = "COM-0003", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/commissions/[0-9a-f-]{36}$"));
        await page.GotoAsync(page.Url + "/clarifications");
        await page.WaitForInteractiveAsync();
        await page.Locator("#published-2").FillAsync("Can the service start before the contract's commencement date?");
        await page.Locator("#answer-2").FillAsync("No: the service starts on the commencement date in the call-off contract.");
        await page.Locator("#answer-2").BlurAsync();
        await page.GetByTestId("publish-2").ClickAsync();
        await Expect(page.GetByTestId("question-counts")).ToContainTextAsync("0 awaiting an answer");
    }
}
