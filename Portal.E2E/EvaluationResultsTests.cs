using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Portal.Data;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>
/// A procurement officer reads COM-0003's moderated results, asks the bidder with the abnormally low price to clarify it,
/// the bidder answers in the portal, the officer recommends the winner naming the Commissioner, the Commissioner
/// approves, and the officer downloads the evaluation report as PDF and Excel.
/// </summary>
[Collection(EvaluationResultsAppCollection.Name)]
public sealed class EvaluationResultsTests(EvaluationResultsApp app)
{
    private const string Question = "Your total price of £110,000 is well below the other tenders. Explain how it covers two support workers for two years.";
    private const string Answer = "Our partner charity funds half of one post, so the price covers the full two workers. The letter of commitment is in our tender.";

    [Fact]
    public async Task The_officer_clarifies_a_low_price_recommends_the_winner_the_commissioner_approves_and_the_report_downloads()
    {
        var results = $"/commissions/{app.CommissionId}/evaluation/results";
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.ProcurementOfficer.Email, DemoUsers.Password);
        await officer.GotoAsync($"/commissions/{app.CommissionId}");
        await officer.GetByTestId("results-link").ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Evaluation results and recommendation" })).ToBeVisibleAsync();
        await Expect(officer.GetByTestId("moderation-status")).ToContainTextAsync("Moderation is complete");
        var rows = officer.GetByTestId("ranked-bid");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("Pathways to Work CIC");
        await Expect(rows.Nth(0).GetByTestId("total")).ToHaveTextAsync("80.94");
        await Expect(rows.Nth(1).GetByTestId("total")).ToHaveTextAsync("70.33");
        await Expect(rows.Nth(2).GetByTestId("total")).ToHaveTextAsync("64.00");
        await Expect(officer.GetByTestId("rank-note")).ToContainTextAsync("£110,000 is 21.0% below the mean compliant price of £139,166.67");

        await officer.WaitForInteractiveAsync();
        await officer.ChooseAsync("Bidder", "Midlands Employment Partnership Ltd");
        await officer.Locator("#clarification-question").FillAsync(Question);
        await officer.GetByTestId("send-clarification").ClickAsync();
        var clarification = officer.GetByTestId("clarification");
        await Expect(clarification).ToContainTextAsync("PTC1 to Midlands Employment Partnership Ltd");
        await Expect(clarification).ToContainTextAsync("Awaiting the answer");
        await officer.ScreenshotAsync("evaluation-results");

        var bidder = await app.NewPageAsync();
        await bidder.SignInAsync("contracts@midlandsemployment.test", DemoUsers.Password);
        await Expect(bidder).ToHaveURLAsync(new Regex("/supplier$"));
        await bidder.GetByTestId("supplier-clarification").GetByTestId("open-clarification").ClickAsync();
        await Expect(bidder.GetByTestId("clarification-question")).ToHaveTextAsync(Question);
        await bidder.WaitForInteractiveAsync();
        await bidder.Locator("#clarification-answer").FillAsync(Answer);
        await bidder.GetByTestId("send-answer").ClickAsync();
        await Expect(bidder.GetByTestId("given-answer")).ToHaveTextAsync(Answer);
        await bidder.ScreenshotAsync("post-tender-clarification-answer");

        await officer.ReloadAsync();
        await Expect(officer.GetByTestId("clarification-answer")).ToContainTextAsync(Answer);
        await officer.WaitForInteractiveAsync();
        await officer.ChooseAsync("Approver", "James Holloway (Commissioner)");
        await officer.Locator("#recommendation-rationale").FillAsync(
            "Pathways to Work CIC has the highest total and the strongest answers on engagement and safeguarding; its price is within the budget.");
        await officer.GetByTestId("submit-recommendation").ClickAsync();
        await Expect(officer.GetByTestId("recommendation-status")).ToHaveTextAsync("Awaiting approval by James Holloway (Commissioner)");

        var commissioner = await app.NewPageAsync();
        await commissioner.SignInAsync(DemoUsers.Commissioner.Email, DemoUsers.Password);
        await commissioner.GotoAsync(results);
        await Expect(commissioner.GetByTestId("recommended-bidder")).ToHaveTextAsync("Pathways to Work CIC (ranked 1)");
        await commissioner.WaitForInteractiveAsync();
        await commissioner.GetByTestId("approve-recommendation").ClickAsync();
        await Expect(commissioner.GetByTestId("recommendation-status")).ToContainTextAsync("Approved by James Holloway (Commissioner)");
        await commissioner.ScreenshotAsync("award-recommendation");

        await officer.ReloadAsync();
        await Expect(officer.GetByTestId("recommendation-status")).ToContainTextAsync("Approved by James Holloway (Commissioner)");
        var pdf = await officer.RunAndWaitForDownloadAsync(() => officer.GetByTestId("report-pdf").ClickAsync());
        Assert.Equal("COM-0003-evaluation-report.pdf", pdf.SuggestedFilename);
        var text = PdfTextOf(await pdf.PathAsync());
        foreach (var expected in new[] { "1 Pathways to Work CIC 45.00 8.00 27.94 80.94 £157,500", "PTC1 to Midlands Employment Partnership Ltd", Answer,
                     "Approved by James Holloway (Commissioner)", "Consensus: an excellent account of engaging women in the first week after release." })
            Assert.Contains(Flat(expected), text);

        var xlsx = await officer.RunAndWaitForDownloadAsync(() => officer.GetByTestId("report-xlsx").ClickAsync());
        using var workbook = new XLWorkbook(File.OpenRead(await xlsx.PathAsync()));
        var ranking = workbook.Worksheet("Ranking");
        Assert.Equal(("Pathways to Work CIC", 80.94m), (ranking.Cell(6, 2).GetString(), ranking.Cell(6, 6).GetValue<decimal>()));
        Assert.Equal("Yes", ranking.Cell(8, 8).GetString());
        Assert.Equal(Answer, workbook.Worksheet("Clarifications").Cell(2, 6).GetString());
    }

    private static string PdfTextOf(string path)
    {
        using var document = PdfDocument.Open(path);
        return Flat(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    /// <summary>Text without its white space: a PDF's letters carry no spaces between table cells.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", "");
}
