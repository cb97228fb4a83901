using System.Globalization;
using Portal.Components.Documents;

namespace Portal.Components.BoardReports;

/// <summary>One series of bars: its name in the legend, its colour, and a value per category (none where there is no figure).</summary>
internal sealed record BarSeries(string Name, PdfColour Colour, IReadOnlyList<decimal?> Values, IReadOnlyList<bool>? Marked = null);

/// <summary>
/// A grouped bar chart drawn as vector shapes on a PDF page: a y axis with its label and gridlines at round values, the categories along
/// the x axis with its label, each bar's value written above it (with an asterisk where the series marks it) and a legend.
/// </summary>
internal static class PdfBarChart
{
    private const double Height = 200;
    private const double PlotTop = 32;
    private const double PlotHeight = 110;
    private const double AxisLabelWidth = 44;
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static void Draw(PdfLayout pdf, string title, string xAxisLabel, string yAxisLabel, IReadOnlyList<string> categories,
        IReadOnlyList<BarSeries> series, string? markNote = null)
    {
        var top = pdf.Reserve(Height);
        var left = pdf.Left + AxisLabelWidth;
        var width = pdf.Width - AxisLabelWidth - 8;
        var plotTop = top + PlotTop;
        var baseline = plotTop + PlotHeight;
        pdf.TextAt(title, pdf.Heading2, pdf.Left, top + 10, PdfLayout.Accent);
        pdf.TextAt(yAxisLabel, pdf.Small, pdf.Left, plotTop - 10, PdfLayout.Muted);

        var max = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var step = NiceStep(max);
        var ceiling = step * 4;
        for (var i = 0; i <= 4; i++)
        {
            var y = baseline - PlotHeight * i / 4;
            pdf.Line(left, y, left + width, y, i == 0 ? PdfLayout.Ink : new PdfColour(215, 215, 215), i == 0 ? 0.8 : 0.4);
            var label = (step * i).ToString("#,##0.##", British);
            pdf.TextAt(label, pdf.Small, left - 4 - PdfLayout.TextWidth(label, pdf.Small), y - 5, PdfLayout.Muted);
        }
        pdf.Line(left, plotTop, left, baseline, PdfLayout.Ink, 0.8);

        var groupWidth = width / Math.Max(1, categories.Count);
        var barWidth = Math.Min(36, groupWidth * 0.7 / Math.Max(1, series.Count));
        for (var c = 0; c < categories.Count; c++)
        {
            var groupLeft = left + c * groupWidth + (groupWidth - barWidth * series.Count) / 2;
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[c] is not { } value) continue;
                var barHeight = ceiling == 0 ? 0 : (double)(value / ceiling) * PlotHeight;
                var x = groupLeft + s * barWidth;
                pdf.FillRectangle(x + 1, baseline - barHeight, barWidth - 2, barHeight, series[s].Colour);
                var text = value.ToString("#,##0.##", British) + (series[s].Marked?[c] == true ? "*" : "");
                pdf.TextAt(text, pdf.Small, x + (barWidth - PdfLayout.TextWidth(text, pdf.Small)) / 2, baseline - barHeight - 10, PdfLayout.Ink);
            }
            var category = categories[c];
            pdf.TextAt(category, pdf.Small, left + c * groupWidth + (groupWidth - PdfLayout.TextWidth(category, pdf.Small)) / 2, baseline + 3, PdfLayout.Ink);
        }
        pdf.TextAt(xAxisLabel, pdf.Small, left + (width - PdfLayout.TextWidth(xAxisLabel, pdf.Small)) / 2, baseline + 15, PdfLayout.Muted);

        var legendX = left;
        var legendTop = baseline + 30;
        foreach (var s in series)
        {
            pdf.FillRectangle(legendX, legendTop + 2, 9, 9, s.Colour);
            pdf.TextAt(s.Name, pdf.Small, legendX + 13, legendTop + 1, PdfLayout.Ink);
            legendX += 13 + PdfLayout.TextWidth(s.Name, pdf.Small) + 18;
        }
        if (markNote is not null) pdf.TextAt(markNote, pdf.Small, legendX, legendTop + 1, PdfLayout.Muted);
    }

    /// <summary>A round step (1, 2 or 5 times a power of ten) so that four steps reach at least the largest value.</summary>
    internal static decimal NiceStep(decimal max)
    {
        if (max <= 0) return 1;
        var raw = (double)max / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return (decimal)(nice * power);
    }
}
