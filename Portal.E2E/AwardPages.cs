using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>What the office, the named approver and a bidder do on the results, award and standstill pages.</summary>
public static class AwardPages
{
    /// <summary>On the results page: asks one bidder a post-tender clarification and sees it waiting for the answer.</summary>
    public static async Task SendPostTenderClarificationAsync(this IPage officer, string bidder, string question)
    {
        await officer.ChooseAsync("Bidder", bidder);
        await officer.Locator("#clarification-question").FillAsync(question);
        await officer.GetByTestId("send-clarification").ClickAsync();
        var clarification = officer.GetByTestId("clarification").Filter(new() { HasText = bidder });
        await Expect(clarification).ToContainTextAsync("Awaiting the answer");
    }

    /// <summary>A bidder, signed in on its dashboard, opens the clarification it was asked and answers it.</summary>
    public static async Task AnswerPostTenderClarificationAsync(this IPage bidder, string question, string answer)
    {
        await bidder.WaitForInteractiveAsync();
        await bidder.GetByTestId("supplier-clarification").GetByTestId("open-clarification").ClickAsync();
        await Expect(bidder.GetByTestId("clarification-question")).ToHaveTextAsync(question);
        await bidder.WaitForInteractiveAsync();
        await bidder.Locator("#clarification-answer").FillAsync(answer);
        await bidder.GetByTestId("send-answer").ClickAsync();
        await Expect(bidder.GetByTestId("given-answer")).ToHaveTextAsync(answer);
    }

    /// <summary>On the results page: recommends the top-ranked bid for approval by the approver named.</summary>
    public static async Task RecommendAsync(this IPage officer, string approver, string rationale)
    {
        await officer.ChooseAsync("Approver", approver);
        await officer.Locator("#recommendation-rationale").FillAsync(rationale);
        await officer.GetByTestId("submit-recommendation").ClickAsync();
        await Expect(officer.GetByTestId("recommendation-status")).ToHaveTextAsync($"Awaiting approval by {approver}");
    }

    /// <summary>Downloads a file from the link with this test id; the suggested file name and the path where the browser saved it.</summary>
    public static async Task<(string Name, string Path)> DownloadAsync(this IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        return (download.SuggestedFilename, await download.PathAsync());
    }

    /// <summary>A PDF's text without its white space: a PDF's letters carry no spaces between table cells.</summary>
    public static string PdfTextOf(string path)
    {
        using var document = PdfDocument.Open(path);
        return Flat(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    public static string Flat(string text) => Regex.Replace(text, @"\s+", "");

    /// <summary>On the standstill page: records a challenge from a bidder, sees the commission suspended, then resolves it by restarting.</summary>
    public static async Task RecordAndRestartAfterChallengeAsync(this IPage officer, string challenger, string grounds, string resolution)
    {
        await officer.Locator("#challenge-by").FillAsync(challenger);
        var listed = officer.GetByRole(AriaRole.Option, new() { Name = challenger, Exact = true });
        await listed.ClickAsync();
        await Expect(listed).ToBeHiddenAsync();
        await Expect(officer.Locator("#challenge-by")).ToHaveValueAsync(challenger);
        await officer.Locator("#challenge-grounds").FillAsync(grounds);
        await Expect(officer.Locator("#challenge-grounds")).ToHaveValueAsync(grounds);
        await officer.Locator("#challenge-grounds").BlurAsync();
        await Expect(officer.Locator("#challenge-by")).ToHaveValueAsync(challenger);
        await officer.GetByTestId("record-challenge").ClickAsync();
        await Expect(officer.GetByTestId("challenge")).ToContainTextAsync("Open: the commission is suspended until it is resolved.");
        await Expect(officer.GetByTestId("award-blocked")).ToContainTextAsync("A challenge is open");
        await officer.Locator("#resolve-reason").FillAsync(resolution);
        await officer.Locator("#resolve-reason").BlurAsync();
        await officer.GetByTestId("resolve-submit").ClickAsync();
        await Expect(officer.GetByTestId("standstill-rule")).ToContainTextAsync("Restarted after a challenge");
        await Expect(officer.GetByTestId("challenge")).ToContainTextAsync("Resolved by restarting the standstill");
    }
}
