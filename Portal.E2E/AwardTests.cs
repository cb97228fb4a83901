using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The portal with a test clock and the award journey's test startup (the stand-in evaluation outcome and the endpoint that takes a
/// demo tender to evaluation), in an app of its own so its tender and clock are no other test's.
/// </summary>
public sealed class AwardPortalApp() : PortalApp(new Dictionary<string, string>
{
    ["Portal__TestClock__Enabled"] = "true",
    ["Portal__Testing__StartupAssembly"] = Path.Combine(AppContext.BaseDirectory, "Portal.E2E.dll"),
})
{
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        (await http.PostAsync($"/testing/clock/advance?minutes={(int)by.TotalMinutes}", null)).EnsureSuccessStatusCode();
    }

    /// <summary>Takes the demo commission with this number to evaluation, with two bids opened and moderation recorded.</summary>
    public async Task<Guid> EvaluatedTenderAsync(int commissionNumber)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        var response = await http.PostAsync($"{AwardTestStartup.PreparePath}?commission={commissionNumber}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PreparedTender>())!.CommissionId;
    }

    private sealed record PreparedTender(Guid CommissionId, Guid IttId);
}

[CollectionDefinition(Name)]
public sealed class AwardPortalAppCollection : ICollectionFixture<AwardPortalApp>
{
    public const string Name = "Portal app for the award journey";
}

/// <summary>
/// Pathways to Work and Second Chance have bid for COM-0003 and the evaluation recommends Pathways: the procurement officer reviews
/// and issues the letters, the clock passes standstill, the officer confirms the award, and Second Chance reads why it lost.
/// </summary>
[Collection(AwardPortalAppCollection.Name)]
public sealed class AwardTests(AwardPortalApp app)
{
    private const string Winner = "Pathways to Work CIC";

    [Fact]
    public async Task The_officer_issues_the_letters_confirms_the_award_after_standstill_and_the_losing_bidder_reads_its_assessment_summary()
    {
        var commissionId = await app.EvaluatedTenderAsync(3);
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await Expect(officer).Not.ToHaveURLAsync(new Regex("/account/login"));
        await officer.GotoAsync($"/commissions/{commissionId}");
        await officer.WaitForInteractiveAsync();
        await officer.Locator("[data-trigger='IssueIntentionToAward']").ClickAsync();

        await Expect(officer).ToHaveURLAsync(new Regex("/award$"));
        await Expect(officer.GetByTestId("letter")).ToHaveCountAsync(2);
        await Expect(officer.GetByTestId("letter").First).ToContainTextAsync(Winner);
        await Expect(officer.GetByTestId("letter").First.GetByTestId("outcome-chip")).ToHaveTextAsync("Successful");
        await Expect(officer.GetByTestId("letter").Nth(1).GetByTestId("letter-advantages")).ToContainTextAsync("The moderators agreed that Pathways");
        await Expect(officer.GetByTestId("standstill-preview")).ToContainTextAsync("Procurement Act 2023 s.51");
        await officer.WaitForInteractiveAsync();
        await officer.ScreenshotAsync("award-letters");
        await officer.GetByTestId("issue-letters").ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Issue the letters", Exact = true }).ClickAsync();

        await Expect(officer).ToHaveURLAsync(new Regex("/standstill$"));
        await Expect(officer.GetByTestId("sent-letter")).ToHaveCountAsync(2);
        await Expect(officer.GetByTestId("standstill-rule")).ToContainTextAsync("8 working days");
        await Expect(officer.GetByTestId("countdown")).ToContainTextAsync("Standstill ends in");
        await officer.WaitForInteractiveAsync();
        await officer.ScreenshotAsync("standstill");

        await officer.GetByTestId("go-confirm-award").ClickAsync();
        await Expect(officer.GetByTestId("award-form")).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await officer.GetByTestId("confirm-award").ClickAsync();
        await Expect(officer.GetByTestId("award-problem")).ToContainTextAsync("the award can be confirmed only after that");

        await officer.GetByRole(AriaRole.Link, new() { Name = "standstill" }).ClickAsync();
        await officer.WaitForInteractiveAsync();
        await officer.Locator("#challenge-by").FillAsync("Second Chance Skills Trust");
        await officer.Locator("#challenge-grounds").FillAsync("The price scores misread our pricing schedule.");
        await officer.Locator("#challenge-grounds").BlurAsync();
        await officer.GetByTestId("record-challenge").ClickAsync();
        await Expect(officer.GetByTestId("challenge")).ToContainTextAsync("Open: the commission is suspended until it is resolved.");
        await Expect(officer.GetByTestId("award-blocked")).ToContainTextAsync("A challenge is open");
        await officer.Locator("#resolve-reason").FillAsync("The price scores were checked against the pricing schedule and confirmed.");
        await officer.Locator("#resolve-reason").BlurAsync();
        await officer.GetByTestId("resolve-submit").ClickAsync();
        await Expect(officer.GetByTestId("standstill-rule")).ToContainTextAsync("Restarted after a challenge");
        await Expect(officer.GetByTestId("challenge")).ToContainTextAsync("Resolved by restarting the standstill");

        // Three weeks on, standstill is over; the sign-in has expired by the portal's clock, so sign in again.
        await app.AdvanceClockAsync(TimeSpan.FromDays(21));
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await Expect(officer).Not.ToHaveURLAsync(new Regex("/account/login"));
        await officer.GotoAsync($"/commissions/{commissionId}/award/confirm");
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("award-blocked")).Not.ToBeVisibleAsync();
        await officer.GetByTestId("confirm-award").ClickAsync();
        await Expect(officer.GetByTestId("contract-awarded")).ToContainTextAsync($"Awarded to {Winner}");
        await Expect(officer.GetByTestId("contract-value")).ToHaveTextAsync("£156,000");
        await officer.ScreenshotAsync("award-confirmed");

        var bidder = await app.NewPageAsync();
        await bidder.SignInAsync(DemoUsers.Suppliers[1].Email, DemoUsers.Password);
        await Expect(bidder).ToHaveURLAsync(new Regex("/supplier$"));
        var invitation = bidder.GetByTestId("invitation").Filter(new() { HasText = "COM-0003" });
        await Expect(invitation.GetByTestId("tender-outcome").GetByTestId("outcome-headline")).ToHaveTextAsync("Not successful");
        await Expect(invitation.GetByTestId("tender-outcome").GetByTestId("outcome-detail")).ToHaveTextAsync($"Contract awarded to {Winner}");
        await invitation.GetByTestId("outcome-link").ClickAsync();
        await Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "Outcome of your tender" })).ToBeVisibleAsync();
        await Expect(bidder.GetByTestId("outcome-detail")).ToHaveTextAsync($"Contract awarded to {Winner}");
        await Expect(bidder.GetByTestId("letter-outcome")).ToContainTextAsync("Your tender was not successful");
        await Expect(bidder.GetByTestId("letter-criterion")).ToHaveCountAsync(5);
        await Expect(bidder.GetByTestId("letter-advantages")).ToContainTextAsync($"The moderators agreed that {Winner}");
        await bidder.ScreenshotAsync("assessment-summary");
    }
}
