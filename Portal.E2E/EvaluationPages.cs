using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>What a procurement officer and an evaluator do on the evaluation pages.</summary>
public static class EvaluationPages
{
    /// <summary>From the signed-in user's commission list, the commission's page and then its evaluation.</summary>
    public static async Task OpenEvaluationAsync(this IPage page, string reference)
    {
        await page.GotoAsync("/commissions");
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("Search title or reference").FillAsync(reference);
        var table = page.GetByTestId("commission-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await table.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("evaluation-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Evaluation", Exact = true })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>From any page of one evaluation (panel, scoring, compliance, moderation) back to its overview.</summary>
    public static async Task BackToEvaluationAsync(this IPage page)
    {
        await page.GetByText("← The evaluation").ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>From the evaluation page: passes every compliance question of one bid, with a picture of the page if named, and returns.</summary>
    public static async Task PassComplianceAsync(this IPage officer, string bidder, string? screenshot = null)
    {
        await officer.GetByTestId("bids").GetByRole(AriaRole.Link, new() { Name = bidder }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = $"Compliance: {bidder}" })).ToBeVisibleAsync();
        await officer.WaitForInteractiveAsync();
        await Expect(officer.GetByTestId("bidder-answer").First).ToContainTextAsync("Yes");
        foreach (var question in await officer.GetByTestId("compliance-question").AllAsync())
            await question.GetByText("Pass", new() { Exact = true }).ClickAsync();
        if (screenshot is not null) await officer.ScreenshotAsync(screenshot);
        await officer.GetByTestId("save-compliance").ClickAsync();
        await Expect(officer.GetByText($"{bidder} passed compliance.")).ToBeVisibleAsync();
        await officer.BackToEvaluationAsync();
    }

    /// <summary>On the panel page: puts an evaluator on the panel for the criteria given (all of them when none are).</summary>
    public static async Task AssignAsync(this IPage officer, string evaluator, params string[] criteria)
    {
        await officer.ChooseAsync("Evaluator", evaluator);
        if (criteria.Length == 0) await officer.GetByRole(AriaRole.Button, new() { Name = "Choose every criterion" }).ClickAsync();
        foreach (var key in criteria) await officer.GetByRole(AriaRole.Checkbox, new() { Name = key, Exact = true }).CheckAsync();
        await officer.GetByTestId("assign-button").ClickAsync();
        await Expect(officer.GetByTestId("panel").GetByTestId("panel-member").Filter(new() { HasText = evaluator })).ToBeVisibleAsync();
    }

    /// <summary>On the declarations page: no conflict with any bidder but the one given, whose conflict is described; a picture of the page if named.</summary>
    public static async Task DeclareAsync(this IPage evaluator, string? conflictWith = null, string? details = null, string? screenshot = null)
    {
        await evaluator.GetByTestId("declare-link").ClickAsync();
        await Expect(evaluator.GetByRole(AriaRole.Heading, new() { Name = "Declarations of interest" })).ToBeVisibleAsync();
        await evaluator.WaitForInteractiveAsync();
        foreach (var bidder in await evaluator.GetByTestId("bidder-declaration").AllAsync())
        {
            var name = await bidder.GetByRole(AriaRole.Heading).TextContentAsync();
            var conflicted = name == conflictWith;
            await bidder.GetByText(conflicted ? "I have a conflict of interest" : "No conflict of interest", new() { Exact = true }).ClickAsync();
            if (conflicted) await bidder.GetByLabel($"Describe your conflict with {name}").FillAsync(details!);
        }
        if (screenshot is not null) await evaluator.ScreenshotAsync(screenshot);
        await evaluator.GetByTestId("save-declarations").ClickAsync();
        await Expect(evaluator.GetByTestId("my-bids")).ToBeVisibleAsync();
        await evaluator.WaitForInteractiveAsync();
    }

    /// <summary>From the evaluation page, opens the scoring page of one bid.</summary>
    public static async Task OpenScoringAsync(this IPage evaluator, string bidder)
    {
        await evaluator.GetByTestId("my-bid").Filter(new() { HasText = bidder }).GetByTestId("score-link").ClickAsync();
        await Expect(evaluator.GetByRole(AriaRole.Heading, new() { Name = $"Scoring: {bidder}" })).ToBeVisibleAsync();
        await evaluator.WaitForInteractiveAsync();
    }

    /// <summary>On a scoring page: chooses the score of one criterion, writes the justification and saves it.</summary>
    public static async Task ScoreAsync(this IPage evaluator, string criterion, int score, string justification)
    {
        var section = evaluator.GetByTestId($"criterion-{criterion}");
        await section.GetByRole(AriaRole.Radio, new() { Name = score.ToString(), Exact = true }).CheckAsync(new() { Force = true });
        await section.GetByLabel("Justification").FillAsync(justification);
        await section.GetByTestId("save-score").ClickAsync();
        await Expect(section.GetByTestId("saved-at")).ToContainTextAsync("Saved");
    }

    /// <summary>On the moderation page: records the consensus of one criterion of one bid.</summary>
    public static async Task AgreeAsync(this IPage moderator, string bidder, string criterion, int score, string rationale)
    {
        var section = moderator.GetByTestId("moderation-bid").Filter(new() { HasText = bidder }).GetByTestId($"moderate-{criterion}");
        await section.GetByRole(AriaRole.Radio, new() { Name = score.ToString(), Exact = true }).CheckAsync(new() { Force = true });
        await section.GetByLabel("Rationale").FillAsync(rationale);
        await section.GetByTestId("record-consensus").ClickAsync();
        await Expect(section.GetByTestId("consensus")).ToContainTextAsync($"Consensus: {score}");
    }
}
