using ClosedXML.Excel;

namespace Portal.Components.Documents;

/// <summary>The look the portal's workbooks share: a bold, shaded header row frozen in place, and columns of set widths.</summary>
internal static class WorkbookSheets
{
    public static int Header(IXLWorksheet sheet, int row, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            var cell = sheet.Cell(row, i + 1);
            cell.Value = titles[i];
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromArgb(226, 232, 242);
        }
        sheet.SheetView.FreezeRows(row);
        return row;
    }

    /// <summary>Set by hand: measuring text to fit columns needs system fonts the server may not have.</summary>
    public static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
            sheet.Column(i + 1).Style.Alignment.WrapText = true;
            sheet.Column(i + 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
    }
}
