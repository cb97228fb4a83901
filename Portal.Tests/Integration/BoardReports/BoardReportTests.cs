using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.BoardReports;
using Portal.Domain.Performance;
using Portal.Infrastructure;
using Portal.Tests.Integration.Documents;
using Portal.Tests.Integration.Meetings;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Portal.Tests.Integration.BoardReports;

/// <summary>The board report over the demo's COM-0001, its returns scripted, as the page shows it and as its PDF and workbook carry it.</summary>
public sealed class BoardReportTests
{
    private static async Task<BoardReportView> ReportAsync(PortalAppFactory app, HalfYear? half = null)
    {
        var officer = await new MeetingSteps(app).OfficerAsync();
        var result = await app.ServiceFor<BoardReportService>(officer).GetAsync(half, null);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    [Fact]
    public async Task By_default_the_report_is_for_the_latest_half_year_with_returns_and_counts_its_ratings_actions_and_risks()
    {
        await using var app = MeetingSteps.AppWithReturns();

        var view = await ReportAsync(app);

        Assert.Equal(new HalfYear(2023, 2), view.Report.Half);
        var section = Assert.Single(view.Report.Contracts);
        Assert.Equal(["Q3 2023/24", "Q4 2023/24"], section.Quarters);
        Assert.Equal(ScriptedPerformance.Measures.Length, section.Measures.Count);
        Assert.Equal(ScriptedPerformance.Measures.Length * 2, section.Rag.Total);
        Assert.Equal((ScriptedPerformance.Measures.Length, ScriptedPerformance.Measures.Length), (section.VerifiedFigures, section.SelfReportedFigures));
        Assert.Equal(1, section.ActionsOpened);
        Assert.Contains(section.OverdueActions, a => a.Description.StartsWith("Provide evidence of sustained employment"));
        Assert.Contains(section.Risks, r => r.Description.StartsWith("An ETE support worker vacancy"));
        Assert.Contains(view.Halves, h => h == new HalfYear(2022, 1));
    }

    [Fact]
    public async Task The_pdf_draws_a_labelled_chart_per_measure_and_marks_self_reported_figures()
    {
        await using var app = MeetingSteps.AppWithReturns();
        var view = await ReportAsync(app);

        var pdf = PdfText.Read(BoardReportPdf.Render(view, app.Clock.GetUtcNow()));

        Assert.True(pdf.Contains("Report to the Reducing Reoffending Board"));
        Assert.True(pdf.Contains("H2 2023/24 (October 2023 to March 2024)"));
        foreach (var measure in ScriptedPerformance.Measures) Assert.True(pdf.Contains($"{measure.Name}: target and actual"), measure.Name);
        Assert.True(pdf.Contains("Quarter"));
        Assert.True(pdf.Contains("Q3 2023/24"));
        Assert.True(pdf.Contains("Target"));
        Assert.True(pdf.Contains("Actual"));
        Assert.True(pdf.Contains(BoardReportPdf.SelfReportedNote));
        Assert.True(pdf.Contains("Self-reported (queried)"));
        Assert.True(pdf.Contains("Provide evidence of sustained employment"));
        Assert.True(pdf.Contains("An ETE support worker vacancy"));
        Assert.True(pdf.PageCount >= 3);
    }

    [Fact]
    public async Task The_workbook_holds_figures_as_numbers_and_a_native_chart_per_measure_over_its_data()
    {
        await using var app = MeetingSteps.AppWithReturns();
        var view = await ReportAsync(app);

        var bytes = BoardReportWorkbook.Render(view, app.Clock.GetUtcNow());

        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var performance = workbook.Worksheet("Performance");
            var training = performance.RowsUsed().First(r => r.Cell(2).GetString() == "Training placements created" && r.Cell(4).GetString() == "Q3 2023/24");
            Assert.Equal(XLDataType.Number, training.Cell(5).DataType);
            Assert.Equal(6d, training.Cell(5).GetDouble());
            Assert.Equal("Verified", training.Cell(8).GetString());
            var summary = workbook.Worksheet("Summary");
            Assert.Equal("COM-0001", summary.Cell(6, 1).GetString());
            Assert.Equal(XLDataType.Number, summary.Cell(6, 11).DataType);
            Assert.Contains("Provide evidence", workbook.Worksheet("Actions").Cell(2, 3).GetString());
        }

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = document.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == BoardReportWorkbook.ChartSheet);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        var charts = part.DrawingsPart!.ChartParts.ToList();
        Assert.Equal(ScriptedPerformance.Measures.Length, charts.Count);
        var first = charts.Select(c => c.ChartSpace).Single(c => c.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Any(t => t.Text == "COM-0001 Training placements created: target and actual"));
        var series = first.Descendants<C.BarChartSeries>().ToList();
        Assert.Equal(2, series.Count);
        Assert.Equal("'Charts'!$B$2", series[0].SeriesText!.StringReference!.Formula!.Text);
        Assert.Equal("'Charts'!$A$3:$A$4", series[1].Descendants<C.CategoryAxisData>().Single().StringReference!.Formula!.Text);
        Assert.Equal("'Charts'!$C$3:$C$4", series[1].Descendants<C.Values>().Single().NumberReference!.Formula!.Text);
        Assert.Contains(first.Descendants<DocumentFormat.OpenXml.Drawing.Text>(), t => t.Text == "Quarter");
    }

    [Fact]
    public async Task A_future_half_year_is_refused_plainly_and_a_half_year_without_returns_says_so()
    {
        await using var app = MeetingSteps.AppWithReturns();
        var officer = await new MeetingSteps(app).OfficerAsync();
        var reports = app.ServiceFor<BoardReportService>(officer);
        var next = HalfYear.Containing(Portal.Domain.Common.UkTime.DateOf(app.Clock.GetUtcNow())).Previous;
        var future = new HalfYear(next.FinancialYear + 2, 1);

        var refused = await reports.GetAsync(future, null);
        var empty = await ReportAsync(app, new HalfYear(2024, 1));

        Assert.Equal(OperationOutcome.Refused, refused.Outcome);
        Assert.Contains("has not begun", refused.Message);
        Assert.False(empty.Report.HasReturns);
        Assert.Contains("No returns were submitted for H1 2024/25", BoardReportText.NoReturns(empty.Report));
        Assert.Contains("No returns were submitted", PdfText.Read(BoardReportPdf.Render(empty, app.Clock.GetUtcNow())).Flat);
    }

    [Fact]
    public async Task A_supplier_is_refused_the_board_report_and_the_attempt_is_audited()
    {
        await using var app = MeetingSteps.AppWithReturns();
        var pathways = await new MeetingSteps(app).SupplierAsync();

        var refused = await app.ServiceFor<BoardReportService>(pathways).GetAsync(null, null);

        Assert.Equal(OperationOutcome.Forbidden, refused.Outcome);
        await using var db = await app.OpenDbAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == RefusedAccessLog.Action && e.ActorId == pathways.UserId));
    }
}
