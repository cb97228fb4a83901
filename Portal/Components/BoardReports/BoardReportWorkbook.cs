using ClosedXML.Excel;
using static Portal.Components.Documents.WorkbookSheets;
using Portal.Domain.Common;
using Portal.Domain.Meetings;
using static Portal.Components.Meetings.PerformanceWords;

namespace Portal.Components.BoardReports;

/// <summary>
/// The board report as an Excel workbook: a summary per contract, every figure against its target (numbers, not text, so they can be
/// checked and charted), the overdue actions, the risks, and a chart data sheet whose blocks — one per measure — the native bar charts
/// <see cref="WorkbookCharts"/> adds refer to.
/// </summary>
public static class BoardReportWorkbook
{
    public const string ChartSheet = "Charts";

    public static byte[] Render(BoardReportView view, DateTimeOffset generatedAt)
    {
        var report = view.Report;
        var charts = new List<WorkbookChart>();
        using var stream = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            Summary(workbook.AddWorksheet("Summary"), view, generatedAt);
            Performance(workbook.AddWorksheet("Performance"), report);
            Actions(workbook.AddWorksheet("Actions"), report);
            Risks(workbook.AddWorksheet("Risks"), report);
            ChartData(workbook.AddWorksheet(ChartSheet), report, charts);
            workbook.SaveAs(stream);
        }
        WorkbookCharts.Add(stream, ChartSheet, charts);
        return stream.ToArray();
    }

    private static void Summary(IXLWorksheet sheet, BoardReportView view, DateTimeOffset generatedAt)
    {
        var report = view.Report;
        sheet.Cell(1, 1).Value = $"Report to the Reducing Reoffending Board: {report.Half.Label}";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = $"Contracts: {view.Scope}. Figures as at {UkTime.LongDate(report.AsAt)}. Produced {UkTime.Format(generatedAt)} (UK time).";
        sheet.Cell(3, 1).Value = report.HasReturns ? BoardReportText.Summary(report) : BoardReportText.NoReturns(report);
        var row = Header(sheet, 5, "Contract", "Title", "Supplier", "Returns", "Green", "Amber", "Red", "Not rated", "Verified figures", "Self-reported figures",
            "Referrals received", "Referrals accepted", "Caseload at last return", "Capacity", "Actions raised", "Actions closed", "Actions overdue", "Risks");
        foreach (var c in report.Contracts)
        {
            row++;
            sheet.Cell(row, 1).Value = c.Reference;
            sheet.Cell(row, 2).Value = c.Title;
            sheet.Cell(row, 3).Value = c.SupplierName;
            sheet.Cell(row, 4).Value = c.HasReturns ? "Yes" : "None for this half-year";
            int?[] numbers = [c.Rag.Green, c.Rag.Amber, c.Rag.Red, c.Rag.NotRated, c.VerifiedFigures, c.SelfReportedFigures, c.ReferralsReceived,
                c.ReferralsAccepted, c.LatestCaseload, c.Capacity, c.ActionsOpened, c.ActionsClosed, c.OverdueActions.Count, c.Risks.Count];
            for (var i = 0; i < numbers.Length; i++)
                if (numbers[i] is { } n) sheet.Cell(row, 5 + i).Value = n;
        }
        Widths(sheet, 12, 40, 26, 14, 8, 8, 8, 10, 10, 12, 10, 10, 12, 10, 10, 10, 10, 8);
    }

    private static void Performance(IXLWorksheet sheet, BoardReport report)
    {
        var row = Header(sheet, 1, "Contract", "Measure", "Unit", "Quarter", "Target", "Actual", "Rating", "Figure", "Self-reported");
        foreach (var c in report.Contracts)
        {
            foreach (var measure in c.Measures)
            {
                foreach (var point in measure.Points)
                {
                    row++;
                    Line(sheet, row, c.Reference, measure.Name, measure.Unit, point.PeriodName, point.Target, point.Actual, Rag(point.Rating), Status(point.Status),
                        point.SelfReported);
                }
                row++;
                Line(sheet, row, c.Reference, measure.Name, measure.Unit, measure.IsRate ? "Half-year (average)" : "Half-year (total)", measure.TotalTarget,
                    measure.TotalActual, measure.AgainstTarget, "", measure.TotalSelfReported);
                sheet.Row(row).Style.Font.Bold = true;
            }
        }
        Widths(sheet, 12, 40, 12, 22, 10, 10, 24, 24, 12);
    }

    private static void Line(IXLWorksheet sheet, int row, string contract, string measure, string unit, string quarter, decimal? target, decimal? actual,
        string rating, string status, bool selfReported)
    {
        sheet.Cell(row, 1).Value = contract;
        sheet.Cell(row, 2).Value = measure;
        sheet.Cell(row, 3).Value = unit;
        sheet.Cell(row, 4).Value = quarter;
        if (target is { } t) sheet.Cell(row, 5).Value = t;
        if (actual is { } a) sheet.Cell(row, 6).Value = a;
        sheet.Cell(row, 7).Value = rating;
        sheet.Cell(row, 8).Value = status;
        sheet.Cell(row, 9).Value = selfReported ? "Yes" : "No";
    }

    private static void Actions(IXLWorksheet sheet, BoardReport report)
    {
        var row = Header(sheet, 1, "Contract", "Action", "Description", "Owner", "Due", "Status");
        foreach (var c in report.Contracts)
        {
            foreach (var action in c.OverdueActions)
            {
                row++;
                sheet.Cell(row, 1).Value = c.Reference;
                sheet.Cell(row, 2).Value = action.Reference;
                sheet.Cell(row, 3).Value = action.Description;
                sheet.Cell(row, 4).Value = action.OwnerName;
                sheet.Cell(row, 5).Value = action.DueOn.ToDateTime(TimeOnly.MinValue);
                sheet.Cell(row, 5).Style.DateFormat.Format = "d mmm yyyy";
                sheet.Cell(row, 6).Value = action.Status;
            }
        }
        Widths(sheet, 12, 8, 60, 26, 14, 24);
    }

    private static void Risks(IXLWorksheet sheet, BoardReport report)
    {
        var row = Header(sheet, 1, "Contract", "Risk", "Description", "Likelihood", "Impact", "Score", "Level", "Mitigation", "Owner", "Status");
        foreach (var c in report.Contracts)
        {
            foreach (var risk in c.Risks)
            {
                row++;
                sheet.Cell(row, 1).Value = c.Reference;
                sheet.Cell(row, 2).Value = risk.Reference;
                sheet.Cell(row, 3).Value = risk.Description;
                sheet.Cell(row, 4).Value = risk.Likelihood;
                sheet.Cell(row, 5).Value = risk.Impact;
                sheet.Cell(row, 6).Value = risk.Score;
                sheet.Cell(row, 7).Value = risk.Level;
                sheet.Cell(row, 8).Value = risk.Mitigation;
                sheet.Cell(row, 9).Value = risk.Owner;
                sheet.Cell(row, 10).Value = risk.Status;
            }
        }
        Widths(sheet, 12, 8, 50, 10, 10, 8, 10, 50, 20, 20);
    }

    /// <summary>One block per measure: a title, then quarter, target and actual by row, with room beside it for its chart.</summary>
    private static void ChartData(IXLWorksheet sheet, BoardReport report, List<WorkbookChart> charts)
    {
        var row = 1;
        foreach (var c in report.Contracts)
        {
            foreach (var measure in c.Measures)
            {
                var title = $"{c.Reference} {measure.Name}: target and actual";
                sheet.Cell(row, 1).Value = title;
                sheet.Cell(row, 1).Style.Font.Bold = true;
                var header = row + 1;
                sheet.Cell(header, 1).Value = "Quarter";
                sheet.Cell(header, 2).Value = "Target";
                sheet.Cell(header, 3).Value = "Actual";
                sheet.Range(header, 1, header, 3).Style.Font.Bold = true;
                for (var i = 0; i < measure.Points.Count; i++)
                {
                    var point = measure.Points[i];
                    sheet.Cell(header + 1 + i, 1).Value = point.PeriodName + (point.SelfReported ? " (self-reported)" : "");
                    if (point.Target is { } t) sheet.Cell(header + 1 + i, 2).Value = t;
                    if (point.Actual is { } a) sheet.Cell(header + 1 + i, 3).Value = a;
                }
                charts.Add(new WorkbookChart(title, "Quarter", measure.Unit, header, header + 1, header + measure.Points.Count));
                row += Math.Max(measure.Points.Count + 3, WorkbookCharts.RowsPerChart + 1);
            }
        }
        if (charts.Count == 0) sheet.Cell(1, 1).Value = BoardReportText.NoReturns(report);
        Widths(sheet, 34, 10, 10);
    }
}
