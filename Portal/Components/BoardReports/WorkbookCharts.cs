using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Portal.Components.BoardReports;

/// <summary>A chart over one block of a sheet: the header row names the series (target, actual); the rows below hold the quarters.</summary>
public sealed record WorkbookChart(string Title, string CategoryAxisTitle, string ValueAxisTitle, int HeaderRow, int FirstRow, int LastRow);

/// <summary>
/// Adds native Excel clustered column charts to a workbook ClosedXML has written, with the Open XML SDK that ships with it (ClosedXML
/// 0.95 writes no charts): each chart refers to its block's cells, so it redraws when a figure is corrected in the workbook.
/// </summary>
public static class WorkbookCharts
{
    public const int RowsPerChart = 16;
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly string[] SeriesColours = ["9EACC4", "1F3864"];

    public static void Add(MemoryStream workbook, string sheetName, IReadOnlyList<WorkbookChart> charts)
    {
        if (charts.Count == 0) return;
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        PlaceDrawing(worksheetPart.Worksheet, new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) });
        worksheetPart.Worksheet.Save();

        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        uint id = 1;
        foreach (var chart in charts)
        {
            var chartPart = drawingsPart.AddNewPart<ChartPart>();
            chartPart.ChartSpace = ChartSpace(chart, $"'{sheetName}'");
            chartPart.ChartSpace.Save();
            drawing.Append(Anchor(chart.HeaderRow - 2, drawingsPart.GetIdOfPart(chartPart), ++id, chart.Title));
        }
        drawingsPart.WorksheetDrawing = drawing;
        drawingsPart.WorksheetDrawing.Save();
    }

    /// <summary>A worksheet's children have a fixed order: the drawing goes before any legacy drawing, table parts or extensions.</summary>
    private static void PlaceDrawing(Worksheet worksheet, Drawing drawing)
    {
        var before = worksheet.ChildElements.FirstOrDefault(e => e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture or OleObjects or Controls
            or WebPublishItems or TableParts or WorksheetExtensionList);
        if (before is null) worksheet.Append(drawing);
        else worksheet.InsertBefore(drawing, before);
    }

    private static C.ChartSpace ChartSpace(WorkbookChart chart, string sheet)
    {
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < 2; i++)
        {
            var column = i == 0 ? "B" : "C";
            barChart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                new C.SeriesText(new C.StringReference(new C.Formula($"{sheet}!${column}${chart.HeaderRow}"))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = SeriesColours[i] })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(new C.Formula($"{sheet}!$A${chart.FirstRow}:$A${chart.LastRow}"))),
                new C.Values(new C.NumberReference(new C.Formula($"{sheet}!${column}${chart.FirstRow}:${column}${chart.LastRow}")))));
        }
        barChart.Append(new C.GapWidth { Val = 150 }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });

        var plotArea = new C.PlotArea(new C.Layout(), barChart,
            new C.CategoryAxis(
                new C.AxisId { Val = 1 },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                Title(chart.CategoryAxisTitle),
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = 2 },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 }),
            new C.ValueAxis(
                new C.AxisId { Val = 2 },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(),
                Title(chart.ValueAxisTitle),
                new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = 1 },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        var space = new C.ChartSpace(
            new C.EditingLanguage { Val = "en-GB" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true }));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(text))))),
        new C.Overlay { Val = false });

    /// <summary>The chart's frame, beside its data block: columns E to L, <see cref="RowsPerChart"/> rows deep.</summary>
    private static Xdr.TwoCellAnchor Anchor(int topRow, string chartRelationshipId, uint id, string name) => new(
        new Xdr.FromMarker(new Xdr.ColumnId("4"), new Xdr.ColumnOffset("0"), new Xdr.RowId(Math.Max(0, topRow).ToString()), new Xdr.RowOffset("0")),
        new Xdr.ToMarker(new Xdr.ColumnId("12"), new Xdr.ColumnOffset("0"), new Xdr.RowId((Math.Max(0, topRow) + RowsPerChart - 1).ToString()), new Xdr.RowOffset("0")),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = id, Name = name }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartRelationshipId }) { Uri = ChartUri })) { Macro = "" },
        new Xdr.ClientData());
}
