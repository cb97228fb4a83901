using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// The demo's opened employment support tender (COM-0005) is evaluated as its people would: a procurement officer assigns
/// two evaluators, each declares conflicts and scores in the browser, the officer checks compliance, opens moderation and
/// agrees the consensus scores, after which the commission's guard on moderation is met.
/// </summary>
[Collection(PortalAppCollection.Name)]
public sealed class EvaluationTests(PortalApp app)
{
    private const string Reference = "COM-0005";
    private const string Pathways = "Pathways to Work CIC";
    private const string SecondChance = "Second Chance Skills Trust";
    private const string Midlands = "Midlands Employment Partnership Ltd";
    private static readonly string[] Bidders = [Pathways, SecondChance, Midlands];

    [Fact]
    public async Task Two_evaluators_score_blind_and_a_moderator_agrees_the_consensus()
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
            await leon.GetByText("← The evaluation").ClickAsync();
            await leon.WaitForInteractiveAsync();
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
        foreach (var bidder in Bidders)
        {
            await officer.GetByTestId("bids").GetByRole(AriaRole.Link, new() { Name = bidder }).ClickAsync();
            await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = $"Compliance: {bidder}" })).ToBeVisibleAsync();
            await officer.WaitForInteractiveAsync();
            await Expect(officer.GetByTestId("bidder-answer").First).ToContainTextAsync("Yes");
            foreach (var question in await officer.GetByTestId("compliance-question").AllAsync())
                await question.GetByText("Pass", new() { Exact = true }).ClickAsync();
            if (bidder == Pathways) await officer.ScreenshotAsync("evaluation-compliance");
            await officer.GetByTestId("save-compliance").ClickAsync();
            await Expect(officer.GetByText($"{bidder} passed compliance.")).ToBeVisibleAsync();
            await officer.GetByText("← The evaluation").ClickAsync();
            await officer.WaitForInteractiveAsync();
        }
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
            await leon.GetByText("← The evaluation").ClickAsync();
            await leon.WaitForInteractiveAsync();
        }

        await officer.GetByText("← The evaluation").ClickAsync();
        await officer.WaitForInteractiveAsync();
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

        await officer.GetByText("← The evaluation").ClickAsync();
        await Expect(officer.GetByTestId("moderation-status")).ToContainTextAsync("Every compliant bid has a moderated score for every criterion.");
        await Expect(officer.GetByTestId("declarations-record")).ToContainTextAsync("Conflict: My partner manages Midlands Employment Partnership's Wolverhampton service.");
        await officer.ScreenshotAsync("evaluation-overview");
        await officer.GetByRole(AriaRole.Link, new() { Name = "← The commission" }).ClickAsync();
        await Expect(officer.GetByTestId("next-steps")).ToContainTextAsync("The award recommendation has not been approved.");
        await Expect(officer.GetByTestId("next-steps")).Not.ToContainTextAsync("Not every compliant tender has been moderated.");
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
