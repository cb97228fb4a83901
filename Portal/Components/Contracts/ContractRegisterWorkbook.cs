using ClosedXML.Excel;
using Portal.Domain.Commissions;
using Portal.Domain.Common;

namespace Portal.Components.Contracts;

/// <summary>
/// The contract register as an Excel workbook with the page's filters applied: values are numbers in pounds and dates are dates,
/// so the office can sort, sum and filter them in Excel.
/// </summary>
public static class ContractRegisterWorkbook
{
    public const string SheetName = "Contracts";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Headings =
    [
        "Reference", "Title", "Supplier", "Stage", "Value, initial term (£)", "Annual value (£)", "Maximum value (£)", "Call-off effective",
        "Current end", "Next decision", "Decide by", "Performance period", "Green", "Amber", "Red", "Self-reported",
    ];

    public static byte[] Render(ContractRegisterView view, string filterDescription, DateTimeOffset generatedAt)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        sheet.Cell(1, 1).Value = "Contract register";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = $"{filterDescription}. Produced {UkTime.Format(generatedAt)} (UK time).";
        const int headerRow = 4;
        for (var column = 0; column < Headings.Length; column++) sheet.Cell(headerRow, column + 1).Value = Headings[column];
        sheet.Row(headerRow).Style.Font.Bold = true;
        var row = headerRow;
        foreach (var contract in view.Rows)
        {
            row++;
            sheet.Cell(row, 1).Value = contract.Reference;
            sheet.Cell(row, 2).Value = contract.Title;
            sheet.Cell(row, 3).Value = contract.SupplierName;
            sheet.Cell(row, 4).Value = CommissionStages.Title(contract.State);
            Pounds(sheet.Cell(row, 5), contract.Value);
            Pounds(sheet.Cell(row, 6), contract.AnnualValue);
            Pounds(sheet.Cell(row, 7), contract.MaximumValue);
            Date(sheet.Cell(row, 8), contract.CallOffEffectiveDate);
            Date(sheet.Cell(row, 9), contract.CurrentEndsOn);
            sheet.Cell(row, 10).Value = contract.NextOption?.Name ?? "None";
            if (contract.NextOption is { } next) Date(sheet.Cell(row, 11), next.DecideBy);
            sheet.Cell(row, 12).Value = contract.Performance.PeriodName ?? "No returns yet";
            if (contract.Performance.HasReturns)
            {
                sheet.Cell(row, 13).Value = contract.Performance.Green;
                sheet.Cell(row, 14).Value = contract.Performance.Amber;
                sheet.Cell(row, 15).Value = contract.Performance.Red;
                sheet.Cell(row, 16).Value = contract.Performance.SelfReported ? "Yes" : "No";
            }
        }
        sheet.Range(headerRow, 1, row, Headings.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(headerRow);
        // Set widths: measuring the text to fit them needs fonts a server may not have.
        double[] widths = [11, 50, 30, 22, 16, 14, 16, 14, 14, 20, 14, 18, 8, 8, 8, 13];
        for (var column = 0; column < widths.Length; column++) sheet.Column(column + 1).Width = widths[column];
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Pounds(IXLCell cell, Money money)
    {
        cell.Value = money.Pounds;
        cell.Style.NumberFormat.Format = "#,##0.00";
    }

    private static void Date(IXLCell cell, DateOnly date)
    {
        cell.Value = date.ToDateTime(TimeOnly.MinValue);
        cell.Style.NumberFormat.Format = "d mmm yyyy";
    }
}
