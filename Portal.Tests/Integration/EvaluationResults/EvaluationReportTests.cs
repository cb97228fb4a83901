using System.Net;
using ClosedXML.Excel;
using Portal.Components.EvaluationResults;
using Portal.Data;
using Portal.Domain.Common;
using Portal.Tests.Integration.Documents;
using Portal.Tests.Integration.Responses;

namespace Portal.Tests.Integration.EvaluationResults;

/// <summary>The evaluation report downloads, as PDF and as a workbook, hold the figures of the results, and only for those who may read them.</summary>
public sealed class EvaluationReportTests
{
    [Fact]
    public async Task The_pdf_and_the_workbook_hold_the_scores_rationale_ranking_clarifications_and_recommendation()
    {
        var (app, sheets) = ScriptedModeratedSheets.App();
        await using var _ = app;
        var steps = new ResultsSteps(app, sheets);
        await steps.InEvaluationAsync("Evaluation report figures");
        steps.Put(steps.Moderated());
        var officer = await steps.OfficerAsync();
        var respondBy = UkTime.ToUk(app.Clock.GetUtcNow()).DateTime.Date.AddDays(2).AddHours(12);
        Assert.True((await steps.Clarifications(officer).SendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.Pathways],
            "Confirm your staffing on the south patch.", respondBy)).Succeeded);
        var commissioner = await steps.ActorAsync(DemoUsers.Commissioner);
        Assert.True((await steps.Recommendations(officer).RecommendAsync(steps.CommissionId, steps.ResponseIds[ResponseSteps.SecondChance],
            "Highest total, strongest on both quality questions.", null, commissioner.UserId, null)).Succeeded);

        var client = await app.SignedInClientAsync(DemoUsers.ProcurementOfficer.Email);
        var pdf = await client.GetAsync(EvaluationResultsPaths.ReportPdf(steps.CommissionId));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var expected in new[]
                 {
                     "Evaluation report", "Evaluation report figures", "Moderation is complete",
                     "1 Second Chance Skills Trust 60.00 10.00 22.50 92.50 £200,000",
                     "2 Pathways to Work CIC 48.00 6.00 30.00 84.00 £150,000",
                     "3 Midlands Employment Partnership Ltd 43.00 6.00 23.68 72.68 £190,000",
                     "Moderated Q1 for Midlands Employment Partnership Ltd: placements evidenced.",
                     "Lowest compliant price £150,000 / this price £190,000 × 30 = 23.68",
                     "PTC1 to Pathways to Work CIC", "Confirm your staffing on the south patch.", "Awaiting the bidder's answer.",
                     "Second Chance Skills Trust (ranked 1)", "James Holloway (Commissioner)", "Awaiting approval by James Holloway (Commissioner)",
                 })
            Assert.True(text.Contains(expected), $"The report does not say \"{expected}\":\n{text.Flat}");

        var xlsx = await client.GetAsync(EvaluationResultsPaths.ReportWorkbook(steps.CommissionId));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var ranking = workbook.Worksheet("Ranking");
        Assert.Equal("Second Chance Skills Trust", ranking.Cell(6, 2).GetString());
        Assert.Equal(92.50m, ranking.Cell(6, 6).GetValue<decimal>());
        Assert.Equal(72.68m, ranking.Cell(8, 6).GetValue<decimal>());
        Assert.Equal(190_000m, ranking.Cell(8, 7).GetValue<decimal>());
        var scores = workbook.Worksheet("Scores");
        Assert.Equal(("Midlands Employment Partnership Ltd", 3, 15m, "Moderated Q2 for Midlands Employment Partnership Ltd: partnership working."),
            (scores.Cell(11, 2).GetString(), scores.Cell(11, 5).GetValue<int>(), scores.Cell(11, 6).GetValue<decimal>(), scores.Cell(11, 7).GetString()));
        Assert.Equal("Confirm your staffing on the south patch.", workbook.Worksheet("Clarifications").Cell(2, 3).GetString());
        Assert.Equal("Second Chance Skills Trust", workbook.Worksheet("Recommendation").Cell(1, 2).GetString());

        foreach (var user in new[] { DemoUsers.Evaluator, DemoUsers.Administrator })
        {
            var refused = await app.SignedInClientAsync(user.Email);
            Assert.NotEqual(HttpStatusCode.OK, (await refused.GetAsync(EvaluationResultsPaths.ReportPdf(steps.CommissionId))).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await refused.GetAsync(EvaluationResultsPaths.ReportWorkbook(steps.CommissionId))).StatusCode);
        }
        var supplier = await app.SignedInClientAsync(ResponseSteps.EmailOf[ResponseSteps.Pathways]);
        Assert.NotEqual(HttpStatusCode.OK, (await supplier.GetAsync(EvaluationResultsPaths.ReportWorkbook(steps.CommissionId))).StatusCode);
    }
}
