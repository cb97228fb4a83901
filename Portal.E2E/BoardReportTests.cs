using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.E2E;

/// <summary>An officer opens the board report for the reference contract: charts on the page, then the PDF and the workbook, read back.</summary>
[Collection(ContractManagementAppCollection.Name)]
public sealed class BoardReportTests(ContractManagementApp app)
{
    [Fact]
    public async Task The_officer_opens_the_board_report_sees_its_charts_and_downloads_it_as_pdf_and_excel()
    {
        var officer = await app.NewPageAsync();
        await officer.SignInAsync(DemoUsers.CommissioningOfficer.Email, DemoUsers.Password);
        await officer.WaitForInteractiveAsync();

        await officer.OpenBoardReportAsync();

        await Expect(officer.GetByTestId("report-half")).ToHaveTextAsync("H2 2023/24 (October 2023 to March 2024)");
        await Expect(officer.GetByTestId("measure-chart")).ToHaveCountAsync(6);
        await Expect(officer.Locator("[data-testid=measure-chart] svg")).Not.ToHaveCountAsync(0);
        await Expect(officer.GetByTestId("report-summary")).ToContainTextAsync("6 self-reported");
        await Expect(officer.GetByTestId("report-actions")).ToContainTextAsync("1 overdue at its end");
        await officer.ScreenshotAsync("board-report");
        await officer.GetByTestId("measure-chart").First.ScreenshotAsync("board-report-chart");

        var (pdfName, pdf) = await officer.DownloadBoardReportPdfAsync();
        Assert.Equal("board-report-2023-H2.pdf", pdfName);
        foreach (var expected in new[] { "Training placements created: target and actual", "Quarter", "Q3 2023/24", "Q4 2023/24", "Target", "Actual", "self-reported" })
            Assert.Contains(expected, pdf);

        var (xlsxName, workbook, path) = await officer.DownloadBoardReportWorkbookAsync();
        using (workbook)
        {
            Assert.Equal("board-report-2023-H2.xlsx", xlsxName);
            var row = workbook.Worksheet("Performance").RowsUsed().First(r => r.Cell(2).GetString() == "Training placements created" && r.Cell(4).GetString() == "Q4 2023/24");
            Assert.Equal(6m, row.Cell(5).GetValue<decimal>());
            Assert.Equal("Yes", row.Cell(9).GetString());
        }
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.Equal(6, document.WorkbookPart!.WorksheetParts.Sum(w => w.DrawingsPart?.ChartParts.Count() ?? 0));

        await officer.GetByRole(AriaRole.Combobox, new() { Name = "Half-year" }).ClickAsync();
        await officer.GetByRole(AriaRole.Option, new() { Name = "H1 2024/25 (April to September 2024)" }).ClickAsync();
        await Expect(officer.GetByTestId("no-returns")).ToContainTextAsync("No returns were submitted for H1 2024/25");
    }
}
