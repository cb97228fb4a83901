using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>The award journey moves the portal's clock past standstill, so it has an app of its own.</summary>
[CollectionDefinition(Name)]
public sealed class AwardJourneyCollection : ICollectionFixture<ClockedPortalApp>
{
    public const string Name = "Portal app for the award journey";
}

/// <summary>
/// The demo's opened employment support tender (COM-0005) from evaluation to contract, as its people do it in the browser: a
/// procurement officer assigns two evaluators, who declare their interests and score blind; the officer checks compliance,
/// moderates the consensus, reads the results, asks a bidder a post-tender clarification that the bidder answers, and
/// recommends the winner naming the Commissioner, who approves; the report downloads; the letters go out; the award is refused
/// during standstill, a challenge suspends and restarts it, the clock passes the new end and the award is confirmed; the losing
/// bidder reads its assessment summary and the public register lists the contract with its open data; then the office and the
/// winning supplier complete the mobilisation plan made at award, and the service commences.
/// </summary>
[Collection(AwardJourneyCollection.Name)]
public sealed class AwardJourneyTests(ClockedPortalApp app)
{
    private const string Reference = "COM-0005";
    private const string Pathways = "Pathways to Work CIC";
    private const string SecondChance = "Second Chance Skills Trust";
    private const string Midlands = "Midlands Employment Partnership Ltd";
    private const string SecondChanceEmail = "tenders@secondchanceskills.test";
    private const string Approver = "James Holloway (Commissioner)";
    private static readonly string[] Bidders = [Pathways, SecondChance, Midlands];

    private const string Question = "Your price is the lowest of the three. Explain how it covers two full-time employment advisers for both years.";
    private const string Answer = "Our employer partners fund the job-brokerage post, so the price covers both advisers in full. The letter of commitment is in our tender.";

    [Fact]
    public async Task Two_evaluators_score_a_moderator_agrees_the_award_is_approved_and_confirmed_after_standstill_and_the_losing_bidder_reads_why()
    {
        var officer = await EvaluateAsync();
        var commission = Regex.Match(officer.Url, "/commissions/[0-9a-f-]{36}").Value;

        await ReadResultsAndClarifyAsync(officer, commission);
        await RecommendAndApproveAsync(officer);
        await DownloadReportAsync(officer);
        await IssueLettersAsync(officer, commission);
        await RefuseEarlyAwardAndRestartAfterChallengeAsync(officer);

        // Three weeks on, the restarted standstill is over; the sign-in has expired by the portal's clock, so sign in again.
        await app.AdvanceClockAsync(TimeSpan.FromDays(21));
        await ConfirmAwardAsync(officer, commission);
        await ReadAssessmentSummaryAsync();
        await FindContractOnRegisterAsync();
        await MobiliseAndCommenceAsync(commission);
    }

    /// <summary>
    /// The reference contract's mobilisation plan, made at award, completed by the office and the winning supplier, each uploading
    /// its evidence; the commissioning officer then starts mobilisation and commences the service.
    /// </summary>
    private async Task MobiliseAndCommenceAsync(string commission)
    {
        var procurement = await app.NewPageAsync();
        await procurement.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await procurement.GotoAsync($"{commission}/mobilisation");
        await Expect(procurement.GetByRole(AriaRole.Heading, new() { Name = "Mobilisation plan", Exact = true })).ToBeVisibleAsync();
        await procurement.WaitForInteractiveAsync();
        await MobilisationPages.CompleteAsync(procurement, "Contract signed");

        var supplier = await app.NewPageAsync();
        await supplier.SignInAsync(MobilisationPages.SupplierEmail, DemoUsers.Password);
        await supplier.GotoAsync(commission.Replace("/commissions/", "/supplier/contracts/") + "/mobilisation");
        await Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "Mobilisation plan", Exact = true })).ToBeVisibleAsync();
        await supplier.WaitForInteractiveAsync();
        foreach (var title in MobilisationPages.SupplierItems) await MobilisationPages.CompleteAsync(supplier, title);

        var commissioning = await app.NewPageAsync();
        await commissioning.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await commissioning.GotoAsync($"{commission}/mobilisation");
        await commissioning.WaitForInteractiveAsync();
        foreach (var title in MobilisationPages.OfficeItems) await MobilisationPages.CompleteAsync(commissioning, title);
        await Expect(commissioning.GetByTestId("mobilisation-progress")).ToContainTextAsync("8 of 8 items done");
        await commissioning.ScreenshotAsync("reference-mobilisation-complete");
        await MobilisationPages.StartAndCommenceAsync(commissioning, Reference);
    }

    /// <summary>
    /// The panel is assigned, Leon and Sofia declare (Sofia a conflict with Midlands) and score blind; compliance passes, the
    /// conflict's gap is filled by Leon, and the officer opens moderation and agrees the consensus. Returns the officer's page.
    /// </summary>
    private async Task<IPage> EvaluateAsync()
    {
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await officer.OpenEvaluationAsync(Reference);
        await Expect(officer.GetByTestId("panel")).ToContainTextAsync("No evaluator has been assigned yet.");
        await officer.GetByTestId("manage-panel").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "The evaluation panel" })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await officer.AssignAsync(DemoUsers.Evaluator.DisplayName, "Q1", "Q2", "Q3");
        await officer.AssignAsync(DemoUsers.SecondEvaluator.DisplayName, "Q2", "SV");
        await officer.ScreenshotAsync("evaluation-panel");

        var leon = await EvaluatorAsync(DemoUsers.Evaluator);
        await leon.DeclareAsync();
        foreach (var (bidder, scores) in new[] { (Pathways, new[] { 4, 5, 4 }), (SecondChance, new[] { 2, 2, 3 }), (Midlands, new[] { 3, 3, 4 }) })
        {
            await leon.OpenScoringAsync(bidder);
            await leon.ScoreAsync("Q1", scores[0], $"Leon on engagement: {bidder} meets descriptor {scores[0]}.");
            await leon.ScoreAsync("Q2", scores[1], $"Leon on placements: {bidder} meets descriptor {scores[1]}.");
            await leon.ScoreAsync("Q3", scores[2], $"Leon on partnership and safeguarding: {bidder} meets descriptor {scores[2]}.");
            await leon.BackToEvaluationAsync();
        }
        await Expect(leon.GetByTestId("my-bid").Filter(new() { HasText = Midlands })).ToContainTextAsync("3 of 3 scored");

        var sofia = await EvaluatorAsync(DemoUsers.SecondEvaluator);
        await sofia.DeclareAsync(conflictWith: Midlands, details: "My partner manages Midlands Employment Partnership's Wolverhampton service.",
            screenshot: "evaluation-declarations");
        await Expect(sofia.GetByTestId("my-bid").Filter(new() { HasText = Midlands })).ToContainTextAsync("You declared a conflict of interest.");
        await Expect(sofia.GetByTestId("my-bid").Filter(new() { HasText = Midlands }).GetByTestId("score-link")).ToHaveCountAsync(0);
        await sofia.OpenScoringAsync(Pathways);
        var placements = sofia.GetByTestId("criterion-Q2");
        await Expect(placements.GetByTestId("answer")).ToContainTextAsync("23 Staffordshire employers");
        await Expect(placements.GetByRole(AriaRole.Link, new() { Name = "employer-pledges.pdf" })).ToBeVisibleAsync();
        await placements.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true }).CheckAsync(new() { Force = true });
        await placements.GetByTestId("save-score").ClickAsync();
        await Expect(placements.GetByTestId("score-problem")).ToHaveTextAsync("Write a justification for your score.");
        await sofia.ScoreAsync("Q2", 4, "Named employer pledges across the county, with a lead who meets each employer quarterly: descriptor 4.");
        await sofia.ScoreAsync("SV", 4, "Apprenticeships for people with lived experience and a measured local spend target.");
        await Expect(sofia.GetByTestId("progress")).ToContainTextAsync("2 of 2 scored");
        await sofia.ScreenshotAsync("evaluation-scoring");
        await sofia.GetByTestId("progress").GetByText(SecondChance).ClickAsync();
        await Expect(sofia.GetByRole(AriaRole.Heading, new() { Name = $"Scoring: {SecondChance}" })).ToBeVisibleAsync();
        await sofia.WaitForInteractiveAsync();
        await sofia.ScoreAsync("Q2", 1, "No employer links yet: they will be built during the contract. Descriptor 1.");
        await sofia.ScoreAsync("SV", 2, "Volunteering at the centre only, with no measures.");

        await officer.GotoAsync(officer.Url.Replace("/panel", ""));
        await officer.WaitForInteractiveAsync();
        foreach (var bidder in Bidders) await officer.PassComplianceAsync(bidder, screenshot: bidder == Pathways ? "evaluation-compliance" : null);
        await Expect(officer.GetByTestId("missing")).ToHaveTextAsync(
            "Every evaluator assigned to SV declared a conflict with Midlands Employment Partnership Ltd: assign another evaluator to score it.");
        await officer.GetByTestId("manage-panel").ClickAsync();
        await officer.WaitForInteractiveAsync();
        await officer.AssignAsync(DemoUsers.Evaluator.DisplayName, "SV");
        await Expect(officer.GetByTestId("panel-member").Filter(new() { HasText = DemoUsers.Evaluator.DisplayName })).ToContainTextAsync("Q1, Q2, Q3, SV");

        await leon.ReloadAsync();
        await leon.WaitForInteractiveAsync();
        foreach (var (bidder, score) in new[] { (Pathways, 4), (SecondChance, 2), (Midlands, 3) })
        {
            await leon.OpenScoringAsync(bidder);
            await leon.ScoreAsync("SV", score, $"Leon on social value: {bidder} meets descriptor {score}.");
            await leon.BackToEvaluationAsync();
        }

        await officer.BackToEvaluationAsync();
        await ModerateAsync(officer);
        return officer;
    }

    private static async Task ModerateAsync(IPage officer)
    {
        await Expect(officer.GetByTestId("moderation-status")).Not.ToContainTextAsync("Before moderation can open");
        await officer.GetByTestId("moderation-link").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Moderation", Exact = true })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await officer.GetByTestId("open-moderation-button").ClickAsync();
        await Expect(officer.GetByTestId("moderation-state")).ToContainTextAsync("Opened by Tom Fielding");
        var pathwaysPlacements = officer.GetByTestId("moderation-bid").Filter(new() { HasText = Pathways }).GetByTestId("moderate-Q2");
        await Expect(pathwaysPlacements.GetByTestId("individual-score")).ToHaveCountAsync(2);
        await Expect(pathwaysPlacements).ToContainTextAsync("Named employer pledges across the county");
        await Expect(officer.GetByTestId("moderation-bid").Filter(new() { HasText = Midlands }).GetByTestId("moderate-Q2").GetByTestId("individual-score")).ToHaveCountAsync(1);

        var consensus = new Dictionary<string, int[]>
        {
            [Pathways] = [4, 4, 4, 4],
            [SecondChance] = [2, 1, 3, 2],
            [Midlands] = [3, 3, 4, 3],
        };
        string[] criteria = ["Q1", "Q2", "Q3", "SV"];
        foreach (var (bidder, scores) in consensus)
            for (var i = 0; i < criteria.Length; i++)
                await officer.AgreeAsync(bidder, criteria[i], scores[i], $"Agreed at the moderation meeting: {bidder} scores {scores[i]} on {criteria[i]}.");
        await Expect(officer.GetByTestId("moderation-state")).ToContainTextAsync("Every compliant bid has a moderated score for every criterion.");
        await officer.ScreenshotAsync("evaluation-moderation");

        await officer.BackToEvaluationAsync();
        await Expect(officer.GetByTestId("moderation-status")).ToContainTextAsync("Every compliant bid has a moderated score for every criterion.");
        await Expect(officer.GetByTestId("declarations-record")).ToContainTextAsync("Conflict: My partner manages Midlands Employment Partnership's Wolverhampton service.");
        await officer.ScreenshotAsync("evaluation-overview");
    }

    /// <summary>From the commission page to the results; the officer asks Second Chance about its price, and Second Chance answers in its portal.</summary>
    private async Task ReadResultsAndClarifyAsync(IPage officer, string commission)
    {
        await officer.GotoAsync(commission);
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("next-steps")).ToContainTextAsync("The award recommendation has not been approved.");
        await Expect(officer.GetByTestId("next-steps")).Not.ToContainTextAsync("Not every compliant tender has been moderated.");
        await officer.GetByTestId("results-link").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Evaluation results and recommendation" })).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("moderation-status")).ToContainTextAsync("Moderation is complete");
        var rows = officer.GetByTestId("ranked-bid");
        await Expect(rows).ToHaveCountAsync(3);
        foreach (var (row, ranked, total) in new[] { (0, Pathways, "85.03"), (1, Midlands, "72.12"), (2, SecondChance, "56.00") })
        {
            await Expect(rows.Nth(row)).ToContainTextAsync(ranked);
            await Expect(rows.Nth(row).GetByTestId("total")).ToHaveTextAsync(total);
        }
        await officer.WaitForInteractiveAsync();
        await officer.SendPostTenderClarificationAsync(SecondChance, Question);
        await officer.ScreenshotAsync("evaluation-results");

        var bidder = await app.NewPageAsync();
        await bidder.SignInAsync(SecondChanceEmail, DemoUsers.Password);
        await Expect(bidder).ToHaveURLAsync(new Regex("/supplier$"));
        await bidder.AnswerPostTenderClarificationAsync(Question, Answer);
        await bidder.ScreenshotAsync("post-tender-clarification-answer");

        await officer.ReloadAsync();
        await Expect(officer.GetByTestId("clarification-answer")).ToContainTextAsync(Answer);
    }

    /// <summary>The officer recommends Pathways naming the Commissioner, who follows the emailed link and approves.</summary>
    private async Task RecommendAndApproveAsync(IPage officer)
    {
        await officer.WaitForInteractiveAsync();
        await officer.RecommendAsync(Approver,
            "Pathways to Work CIC has the highest total and the strongest answers on engagement and placements; its price is within the budget.");

        var commissioner = await app.NewPageAsync();
        await commissioner.SignInAsync(DemoUsers.Commissioner.Email, DemoUsers.Password);
        await Expect(commissioner).Not.ToHaveURLAsync(new Regex("/account/login"));
        await commissioner.GotoAsync(await app.LinkEmailedToAsync(DemoUsers.Commissioner.Email, new Regex(@"\S+/evaluation/results")));
        await Expect(commissioner.GetByTestId("recommended-bidder")).ToHaveTextAsync($"{Pathways} (ranked 1)");
        await commissioner.WaitForInteractiveAsync();
        await commissioner.GetByTestId("approve-recommendation").ClickAsync();
        await Expect(commissioner.GetByTestId("recommendation-status")).ToContainTextAsync($"Approved by {Approver}");
        await commissioner.ScreenshotAsync("award-recommendation");
    }

    private static async Task DownloadReportAsync(IPage officer)
    {
        await officer.ReloadAsync();
        await Expect(officer.GetByTestId("recommendation-status")).ToContainTextAsync($"Approved by {Approver}");
        var (pdfName, pdfPath) = await officer.DownloadAsync("report-pdf");
        Assert.Equal($"{Reference}-evaluation-report.pdf", pdfName);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdfPath)[..4]);
        var text = AwardPages.PdfTextOf(pdfPath);
        foreach (var expected in new[] { "1 Pathways to Work CIC 48.00 8.00 29.03 85.03 £154,500", $"PTC1 to {SecondChance}", Answer, $"Approved by {Approver}",
                     "Agreed at the moderation meeting: Pathways to Work CIC scores 4 on Q1." })
            Assert.Contains(AwardPages.Flat(expected), text);

        var (xlsxName, xlsxPath) = await officer.DownloadAsync("report-xlsx");
        Assert.Equal($"{Reference}-evaluation-report.xlsx", xlsxName);
        Assert.True(new FileInfo(xlsxPath).Length > 0);
        using var workbook = new XLWorkbook(File.OpenRead(xlsxPath));
        var ranking = workbook.Worksheet("Ranking");
        Assert.Equal((Pathways, 85.03m), (ranking.Cell(6, 2).GetString(), ranking.Cell(6, 6).GetValue<decimal>()));
        Assert.Equal(Answer, workbook.Worksheet("Clarifications").Cell(2, 6).GetString());
    }

    /// <summary>The officer reviews each bidder's letter from the commission page and issues them, which starts standstill.</summary>
    private static async Task IssueLettersAsync(IPage officer, string commission)
    {
        await officer.GotoAsync(commission);
        await officer.WaitForInteractiveAsync();
        await officer.Locator("[data-trigger='IssueIntentionToAward']").ClickAsync();
        await Expect(officer).ToHaveURLAsync(new Regex("/award$"));
        await Expect(officer.GetByTestId("letter")).ToHaveCountAsync(3);
        await Expect(officer.GetByTestId("letter").First).ToContainTextAsync(Pathways);
        await Expect(officer.GetByTestId("letter").First.GetByTestId("outcome-chip")).ToHaveTextAsync("Successful");
        await Expect(officer.GetByTestId("standstill-preview")).ToContainTextAsync("Procurement Act 2023 s.51");
        await officer.WaitForInteractiveAsync();
        await officer.ScreenshotAsync("award-letters");
        await officer.GetByTestId("issue-letters").ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Issue the letters", Exact = true }).ClickAsync();

        await Expect(officer).ToHaveURLAsync(new Regex("/standstill$"));
        await Expect(officer.GetByTestId("sent-letter")).ToHaveCountAsync(3);
        await Expect(officer.GetByTestId("standstill-rule")).ToContainTextAsync("8 working days");
        await Expect(officer.GetByTestId("countdown")).ToContainTextAsync("Standstill ends in");
        await officer.WaitForInteractiveAsync();
        await officer.ScreenshotAsync("standstill");
    }

    /// <summary>The server refuses the award in standstill; a challenge from Second Chance suspends it, and is resolved by restarting standstill.</summary>
    private static async Task RefuseEarlyAwardAndRestartAfterChallengeAsync(IPage officer)
    {
        await officer.GetByTestId("go-confirm-award").ClickAsync();
        await Expect(officer.GetByTestId("award-form")).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await officer.GetByTestId("confirm-award").ClickAsync();
        await Expect(officer.GetByTestId("award-problem")).ToContainTextAsync("the award can be confirmed only after that");

        await officer.GetByRole(AriaRole.Link, new() { Name = "standstill" }).ClickAsync();
        await officer.WaitForInteractiveAsync();
        await officer.RecordAndRestartAfterChallengeAsync(SecondChance, "The quality scores misread our answer on employer placements.",
            "The moderators re-read the answer on placements and confirmed the consensus score.");
    }

    private async Task ConfirmAwardAsync(IPage officer, string commission)
    {
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await Expect(officer).Not.ToHaveURLAsync(new Regex("/account/login"));
        await officer.GotoAsync($"{commission}/award/confirm");
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("award-blocked")).Not.ToBeVisibleAsync();
        await officer.GetByTestId("confirm-award").ClickAsync();
        await Expect(officer.GetByTestId("contract-awarded")).ToContainTextAsync($"Awarded to {Pathways}");
        await Expect(officer.GetByTestId("contract-value")).ToHaveTextAsync("£154,500");
        await officer.ScreenshotAsync("award-confirmed");
    }

    /// <summary>Second Chance signs in, sees on its dashboard that it lost, and reads its scores beside the winner's.</summary>
    private async Task ReadAssessmentSummaryAsync()
    {
        var bidder = await app.NewPageAsync();
        await bidder.SignInAsync(SecondChanceEmail, DemoUsers.Password);
        await Expect(bidder).ToHaveURLAsync(new Regex("/supplier$"));
        await bidder.WaitForInteractiveAsync();
        var invitation = bidder.GetByTestId("invitation").Filter(new() { HasText = Reference });
        await Expect(invitation.GetByTestId("tender-outcome").GetByTestId("outcome-headline")).ToHaveTextAsync("Not successful");
        await Expect(invitation.GetByTestId("tender-outcome").GetByTestId("outcome-detail")).ToHaveTextAsync($"Contract awarded to {Pathways}");
        await invitation.GetByTestId("outcome-link").ClickAsync();
        await Expect(bidder.GetByRole(AriaRole.Heading, new() { Name = "Outcome of your tender" })).ToBeVisibleAsync();
        await Expect(bidder.GetByTestId("letter-outcome")).ToContainTextAsync("Your tender was not successful");
        await Expect(bidder.GetByTestId("letter-scores")).ToContainTextAsync($"{Pathways}'s score");
        await Expect(bidder.GetByTestId("letter-criterion")).ToHaveCountAsync(5);
        await Expect(bidder.GetByTestId("letter-criterion").First).ToContainTextAsync("Agreed at the moderation meeting: Second Chance Skills Trust scores 2 on Q1.");
        await Expect(bidder.GetByTestId("letter-advantages")).ToContainTextAsync("Agreed at the moderation meeting: Pathways to Work CIC scores 4 on Q1.");
        await bidder.ScreenshotAsync("assessment-summary");
    }

    /// <summary>A member of the public finds the new contract on the register, with its open data.</summary>
    private async Task FindContractOnRegisterAsync()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/register/contracts");
        await page.GetByLabel("Title, supplier or reference").FillAsync(Reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var result = page.GetByTestId("contract-result");
        await Expect(result).ToHaveCountAsync(1);
        await Expect(result.GetByTestId("contract-supplier")).ToHaveTextAsync(Pathways);
        await Expect(result.GetByTestId("contract-value")).ToContainTextAsync("£154,500");
        var link = result.GetByRole(AriaRole.Link, new() { Name = $"Open data for {Reference} (OCDS, JSON)" });
        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), r => r.Url.EndsWith($"/register/contracts/{Reference}/ocds.json"));
        Assert.Equal(200, response.Status);
        await Expect(page.Locator("pre").First).ToContainTextAsync($"\"ocid\": \"ocds-demo01-{Reference}\"");
        await Expect(page.Locator("pre").First).ToContainTextAsync("\"contracts\"");
    }

    /// <summary>An evaluator signs in and reaches the evaluation from the dashboard's list of work waiting for them.</summary>
    private async Task<IPage> EvaluatorAsync(DemoUsers.DemoUser evaluator)
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(evaluator.Email, DemoUsers.Password);
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("waiting-items").GetByText(Reference, new() { Exact = false }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("evaluation-link").ClickAsync();
        await Expect(page.GetByTestId("my-work")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        return page;
    }
}
