using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Data;
using Portal.Domain.Equality;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The reference commission from start to the ITT stage, as the people of the office would take it: the commissioning
/// officer drafts the reference decision note, the four approvers sign in turn, the officer drafts the reference EIA,
/// the equality lead passes it, and anyone can then read the published note on the public register.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed partial class ReferenceCommissionJourneyTests(PortalApp app)
{
    [Fact]
    public async Task The_reference_commission_goes_from_its_decision_note_to_ITT_preparation_and_its_note_reaches_the_public_register()
    {
        var title = $"{ReferenceCommission.Title} (pilot re-run {Guid.NewGuid().ToString("N")[..8]})";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var termStart = new DateOnly(today.Year + 1, 5, 1);
        var note = ReferenceCommission.DecisionNote(termStart, today.AddDays(28), DemoUsers.CommissioningOfficer.DisplayName, today);
        var eia = ReferenceCommission.EqualityAssessment(today);

        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        var commissionUrl = await CreateCommissionAsync(officer, title, note.Summary, note.Recommendation);

        await DraftDecisionNoteAsync(officer, title, note, today);
        await officer.GetByTestId("back-to-commission").ClickAsync();
        var submit = officer.Locator("[data-trigger=SubmitForDecision]");
        await Expect(submit).ToBeEnabledAsync();
        await submit.ClickAsync();
        await Expect(officer.Locator("[data-state=AwaitingDecision]")).ToBeVisibleAsync();

        foreach (var approver in new[] { DemoUsers.ChiefExecutive, DemoUsers.Section151Officer, DemoUsers.MonitoringOfficer })
            await SignOffAsync(commissionUrl, approver);
        var decisionNumber = await ApproveAsync(commissionUrl);

        await Expect(officer.Locator("[data-state=EqualityAssessment]")).ToBeVisibleAsync();
        await DraftAndSubmitEqualityAssessmentAsync(officer, eia);

        await PassEqualityAssessmentAsync(commissionUrl);
        await officer.GotoAsync(commissionUrl);
        await Expect(officer.Locator("[data-state=IttPreparation]")).ToHaveTextAsync("ITT preparation");
        await Expect(officer.GetByTestId("eia-link")).ToHaveTextAsync("Passed quality assurance");

        await ReadOnThePublicRegisterAsync(title, decisionNumber, note.Summary);
    }

    private static async Task<string> CreateCommissionAsync(IPage page, string title, string summary, string recommendation)
    {
        await page.GotoAsync("/commissions/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New commission", Exact = true })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#summary").FillAsync(summary);
        await page.Locator("#recommendation").FillAsync(recommendation);
        await page.Locator("#annual-low").FillAsync("75000");
        await page.Locator("#annual-high").FillAsync("80000");
        await page.Locator("#initial-term").FillAsync("24");
        await page.Locator("#extension-count").FillAsync("2");
        // The months field unlocks when the count is committed, which happens as the person leaves the field.
        await page.Locator("#extension-count").PressAsync("Tab");
        await page.Locator("#extension-months").FillAsync("12");
        await page.ChooseAsync("Procurement route", "Call-off from a framework");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create commission" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(CommissionUrl());
        await Expect(page.GetByTestId("commission-title")).ToHaveTextAsync(title);
        await Expect(page.Locator("[data-state=DecisionNoteDraft]")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        // Only the details are given so far: submission waits for the rest of the note.
        await Expect(page.Locator("[data-trigger=SubmitForDecision]")).ToBeDisabledAsync();
        return page.Url;
    }

    /// <summary>Every section of the reference note, in the form's order, then saved.</summary>
    private static async Task DraftDecisionNoteAsync(IPage page, string title, Portal.Domain.DecisionNotes.DecisionNoteContent note, DateOnly today)
    {
        await page.GetByTestId("decision-note-link").ClickAsync();
        await Expect(page.GetByTestId("note-toolbar")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("missing-sections")).ToBeVisibleAsync();
        await Expect(page.Locator("#note-title")).ToHaveValueAsync(title);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Policing", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Crime", Exact = true }).CheckAsync();
        await page.Locator("#note-decision-required-by").FillAsync(IsoDate(note.DecisionRequiredBy));
        await AnswerAsync(page, "decision-making-policy", row: 0, "Yes");
        await AnswerAsync(page, "decision-making-policy", row: 1, "Yes");
        await page.Locator("#note-empowered").FillAsync(note.EmpoweredToDecide);

        await page.Locator("#note-summary").FillAsync(note.Summary);
        await page.Locator("#note-recommendation").FillAsync(note.Recommendation);
        await page.Locator("#note-introduction").FillAsync(note.IntroductionAndBackground);
        await page.Locator("#note-service-aims").FillAsync(note.ServiceAims);
        await page.Locator("#note-staffing").FillAsync(note.StaffingAndCapacity);
        await page.Locator("#note-outcomes").FillAsync(note.OutcomesAndMeasures);
        await page.Locator("#note-performance-monitoring").FillAsync(note.PerformanceMonitoring);
        await page.Locator("#note-procurement-route").FillAsync(note.ProcurementRouteNarrative);
        await page.Locator("#note-procurement-timetable").FillAsync(note.ProcurementTimetable);

        await page.Locator("#note-annual-low").FillAsync("75,000");
        await page.Locator("#note-annual-high").FillAsync("80,000");
        await page.Locator("#note-term-start").FillAsync(IsoDate(note.InitialTermStartsOn));
        await page.Locator("#note-term-end").FillAsync(IsoDate(new DateOnly(note.InitialTermStartsOn!.Value.Year + 2, 4, 30)));
        await page.Locator("#note-extension-count").FillAsync("2");
        await page.Locator("#note-extension-count").PressAsync("Tab");
        await page.Locator("#note-extension-months").FillAsync("12");
        await page.Locator("#note-extension-months").PressAsync("Tab");
        await page.ChooseAsync("Route to market", "Call-off from a framework");
        await page.ChooseAsync("Category of contract", "Light-touch services");
        var value = page.GetByTestId("value-panel");
        await Expect(value.GetByTestId("initial-total")).ToContainTextAsync("£150,000 to £160,000");
        await Expect(value.GetByTestId("initial-total")).ToContainTextAsync("24 months (2 years)");
        await Expect(value.GetByTestId("full-term-total")).ToContainTextAsync("£300,000 to £320,000");
        await Expect(value.GetByTestId("full-term-total")).ToContainTextAsync("with 2 × 12-month extensions");
        await Expect(value.GetByTestId("route-warning")).ToHaveCountAsync(0);

        await page.Locator("#note-issues").FillAsync(note.IssuesForConsideration);
        await page.Locator("#note-other-options").FillAsync(note.OtherOptionsConsidered);
        await page.Locator("#note-consultation").FillAsync(note.ConsultationAndEngagement);
        await AnswerAsync(page, "legal", row: 0, "Yes");
        await page.Locator("#note-legal-comments").FillAsync(note.LegalComments);
        await page.Locator("#note-equality").FillAsync(note.EqualityComments);
        await page.Locator("#note-background-papers").FillAsync(note.BackgroundPapers);
        // Published as soon as the decision is made, so the public may see it: unlike the reference, which waited for the award.
        await AnswerAsync(page, "public-access", row: null, "Yes");
        await page.ChooseAsync("DPIA status", "To be completed after the tender process");
        await page.Locator("#note-dpia-notes").FillAsync(note.DpiaNotes);
        await page.Locator("section[data-section=deferral]")
            .GetByRole(AriaRole.Radio, new() { Name = "Not deferred: publish once the decision is made", Exact = true }).CheckAsync();
        await AnswerAsync(page, "redaction", row: 0, "No");
        await AnswerAsync(page, "redaction", row: 1, "No");
        await page.Locator("#note-declaration-author").FillAsync(note.DeclarationAuthor);
        await page.Locator("#note-declaration-date").FillAsync(IsoDate(today));
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Signed: I am the originating officer and this note is accurate and complete" }).CheckAsync();

        await Expect(page.GetByTestId("missing-sections")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("missing-sections-none")).ToBeVisibleAsync();
        await page.GetByTestId("note-toolbar").GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("save-status")).ToHaveTextAsync(new Regex("^Saved at \\d\\d:\\d\\d$"));
        await Expect(page.GetByTestId("field-problems")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("decision-note");
    }

    /// <summary>Answers a yes/no question of a note section, by its row in the section's table when it has one.</summary>
    private static Task AnswerAsync(IPage page, string section, int? row, string answer)
    {
        var scope = page.Locator($"section[data-section={section}]");
        if (row is { } index) scope = scope.Locator("tbody tr").Nth(index);
        return scope.GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true }).CheckAsync();
    }

    private async Task SignOffAsync(string commissionUrl, DemoUsers.DemoUser approver)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(approver.Email, DemoUsers.Password);
        await page.GotoAsync(commissionUrl);
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record your sign-off" }).ClickAsync();
        await page.Locator("#action-text").FillAsync($"{approver.DisplayName} supports the recommendation: the pilot is affordable within the budget.");
        await page.GetByTestId("dialog-confirm").ClickAsync();
        await Expect(page.GetByText("Your sign-off is recorded.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task<string> ApproveAsync(string commissionUrl)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(DemoUsers.Commissioner.Email, DemoUsers.Password);
        await page.GotoAsync(commissionUrl);
        await page.WaitForInteractiveAsync();
        var approve = page.Locator("[data-trigger=Approve]");
        await Expect(approve).ToBeEnabledAsync();
        await approve.ClickAsync();
        await page.Locator("#action-text").FillAsync("Meets a need identified by the Reducing Reoffending Board, within budget.");
        await page.GetByTestId("dialog-confirm").ClickAsync();

        await Expect(page.Locator("[data-state=EqualityAssessment]")).ToBeVisibleAsync();
        var number = page.GetByTestId("decision-number");
        await Expect(number).ToHaveTextAsync(DecisionNumber());
        var decisionNumber = (await number.TextContentAsync())!.Trim();
        await page.Context.CloseAsync();
        return decisionNumber;
    }

    /// <summary>Every section of the reference EIA, each characteristic on its own evidence, then submitted for quality assurance.</summary>
    private static async Task DraftAndSubmitEqualityAssessmentAsync(IPage page, EqualityAssessmentContent eia)
    {
        await page.GetByTestId("eia-link").ClickAsync();
        await Expect(page.GetByTestId("eia-status")).ToHaveTextAsync("Not started");
        await page.WaitForInteractiveAsync();

        await page.Locator("#title").FillAsync(eia.TitleOfPolicy);
        await page.Locator("#department").FillAsync(eia.Department);
        await page.Locator("#date").FillAsync(IsoDate(eia.AssessmentDate));
        await page.Locator("#aims").FillAsync(eia.AimsAndPurpose);
        await page.Locator("#affected").FillAsync(eia.WhoIsAffected);
        await page.Locator("#data-summary").FillAsync(eia.DataSummary);
        await page.Locator("#research-summary").FillAsync(eia.ResearchSummary);
        await page.Locator("#consultation-summary").FillAsync(eia.ConsultationSummary);
        await page.Locator("#conclusions-summary").FillAsync(eia.ConclusionsSummary);

        await page.GetByRole(AriaRole.Button, new() { Name = "Open all", Exact = true }).ClickAsync();
        foreach (var characteristic in eia.Characteristics)
        {
            var name = characteristic.Characteristic;
            var panel = page.Locator($"#characteristic-{name}");
            await page.Locator($"#{name}-data").FillAsync(characteristic.Data);
            await page.Locator($"#{name}-research").FillAsync(characteristic.Research);
            await page.Locator($"#{name}-consultation").FillAsync(characteristic.Consultation);
            await page.Locator($"#{name}-conclusion").FillAsync(characteristic.Conclusion);
            await panel.GetByRole(AriaRole.Radio, new() { Name = characteristic.Impact.ToString(), Exact = true }).CheckAsync();
            if (characteristic.Mitigation.Length > 0) await page.Locator($"#{name}-mitigation").FillAsync(characteristic.Mitigation);
            await Expect(panel.GetByTestId("characteristic-state")).ToHaveTextAsync("Assessed");
        }
        await Expect(page.Locator("#characteristic-Sex")).ToContainTextAsync("Negative impact");

        await page.Locator("#decisions").FillAsync(eia.Decisions);
        await page.Locator("#piloting").FillAsync(eia.PilotConsideration);
        await page.Locator("#monitoring").FillAsync(eia.MonitoringArrangements);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Yes, publish it once it has passed quality assurance" }).CheckAsync();

        await Expect(page.GetByTestId("assessed-count")).ToContainTextAsync("9 of 9");
        await Expect(page.GetByTestId("still-needed")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("eia-warnings")).ToHaveCountAsync(0);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("eia-status")).ToHaveTextAsync("Draft");

        var submit = page.GetByTestId("submit");
        await Expect(submit).ToBeEnabledAsync();
        await submit.ClickAsync();
        await page.GetByTestId("dialog-confirm").ClickAsync();
        await Expect(page.GetByTestId("eia-status")).ToHaveTextAsync("With the equality lead");
        await Expect(page.Locator("#Sex-mitigation")).ToContainTextAsync(eia.For(ProtectedCharacteristic.Sex).Mitigation);
        await page.ScreenshotAsync("equality-assessment");
    }

    private async Task PassEqualityAssessmentAsync(string commissionUrl)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(DemoUsers.EqualityLead.Email, DemoUsers.Password);
        await page.GotoAsync($"{commissionUrl}/equality-assessment");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("quality-assurance")).ToBeVisibleAsync();
        await page.GetByTestId("pass").ClickAsync();
        await page.Locator("#action-text").FillAsync("Each characteristic is assessed on its own evidence; the mitigation for women is proportionate.");
        await page.GetByTestId("dialog-confirm").ClickAsync();
        await Expect(page.GetByTestId("eia-status")).ToHaveTextAsync("Passed");
        await Expect(page.GetByTestId("moved-on")).ToContainTextAsync("ITT preparation");
        await page.Context.CloseAsync();
    }

    /// <summary>Anyone, signed out, finds the decision by its title and reads the published note.</summary>
    private async Task ReadOnThePublicRegisterAsync(string title, string decisionNumber, string summary)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/register");
        await page.GetByLabel("Title or decision number").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        var result = page.GetByTestId("register-result");
        await Expect(result).ToHaveCountAsync(1);
        await Expect(result).ToContainTextAsync(title);
        await Expect(result.Locator(".pr-decision-number")).ToHaveTextAsync(decisionNumber);
        await Expect(result).ToContainTextAsync("Approved");
        await Expect(result.GetByRole(AriaRole.Link, new() { Name = "Equality impact assessment" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("public-register");

        await result.GetByRole(AriaRole.Link, new() { Name = "Read the decision note" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".pr-facts .pr-decision-number")).ToHaveTextAsync(decisionNumber);
        var published = page.Locator("[data-section=summary]");
        await Expect(published).ToContainTextAsync(summary.Split("\n\n")[0]);
        await Expect(published).ToContainTextAsync("between £150,000 and £160,000");
        await page.ScreenshotAsync("published-note");
    }

    private static string IsoDate(DateOnly? date) => date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/commissions/[0-9a-f-]{36}$")]
    private static partial Regex CommissionUrl();

    [GeneratedRegex("^SCP-D-\\d{6}-\\d{3}$")]
    private static partial Regex DecisionNumber();
}
