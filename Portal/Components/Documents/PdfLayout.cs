using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Components.Documents;

/// <summary>One cell of a table row: its share of the row's width, its text, and how it is drawn.</summary>
internal sealed record PdfCell(double Share, string Text, XFont Font, bool Shaded = false, bool Centred = false);

/// <summary>
/// A small flowing layout over PDFsharp for A4 forms: word-wrapped paragraphs, bullets, headings kept with what
/// follows, bordered table rows that break across pages line by line, and a header and "Page N of M" footer drawn on
/// every page once the page count is known.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private const double MarginLeft = 56;
    private const double MarginRight = 56;
    private const double MarginTop = 72;
    private const double MarginBottom = 64;
    private const double CellPadding = 4;
    private const double BulletIndent = 12;

    public static readonly XColor Ink = XColor.FromArgb(33, 33, 33);
    public static readonly XColor Accent = XColor.FromArgb(31, 56, 100);
    public static readonly XColor Muted = XColor.FromArgb(100, 100, 100);
    public static readonly XColor Shade = XColor.FromArgb(226, 232, 242);
    public static readonly XColor Rule = XColor.FromArgb(120, 120, 120);

    private readonly PdfDocument _document;
    private PdfPage? _page;
    private XGraphics? _graphics;
    private bool _finished;

    public PdfLayout(string title, string subject)
    {
        PdfLibrary.EnsureReady();
        _document = new PdfDocument();
        _document.Info.Title = title;
        _document.Info.Subject = subject;
        _document.Info.Creator = "Commissioning Portal";
        _document.PageLayout = PdfPageLayout.SinglePage;
        Body = new XFont(PdfFonts.Family, 10);
        Bold = new XFont(PdfFonts.Family, 10, XFontStyleEx.Bold);
        Italic = new XFont(PdfFonts.Family, 10, XFontStyleEx.Italic);
        Small = new XFont(PdfFonts.Family, 8);
        Heading1 = new XFont(PdfFonts.Family, 13, XFontStyleEx.Bold);
        Heading2 = new XFont(PdfFonts.Family, 11, XFontStyleEx.Bold);
        Title = new XFont(PdfFonts.Family, 16, XFontStyleEx.Bold);
        NewPage();
    }

    public XFont Body { get; }
    public XFont Bold { get; }
    public XFont Italic { get; }
    public XFont Small { get; }
    public XFont Heading1 { get; }
    public XFont Heading2 { get; }
    public XFont Title { get; }

    public double Y { get; private set; }
    public double Left => MarginLeft;
    public double Width => _page!.Width.Point - MarginLeft - MarginRight;
    private double Bottom => _page!.Height.Point - MarginBottom;
    private double ContentHeight => _page!.Height.Point - MarginTop - MarginBottom;
    private XGraphics G => _graphics!;

    public static double LineHeight(XFont font) => font.Size * 1.3;

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        Y = MarginTop;
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (Y + height > Bottom && height <= ContentHeight) NewPage();
    }

    /// <summary>A heading, kept on the same page as at least the first few lines of what follows it.</summary>
    public void Heading(string text, XFont font, XColor? colour = null, double before = 10)
    {
        var lines = Wrap(text, font, Width);
        if (Y > MarginTop) Space(before);
        KeepTogether(lines.Count * LineHeight(font) + 3 * LineHeight(Body));
        foreach (var line in lines) DrawLine(line, font, Left, colour ?? Accent);
        Space(2);
    }

    /// <summary>
    /// Flowing text: a blank line separates paragraphs, a line starting with "- " or "• " is a bullet; every line wraps
    /// to the width and the text runs on to the next page where it must.
    /// </summary>
    public void Paragraphs(string text, XFont? font = null, XColor? colour = null, double indent = 0)
    {
        font ??= Body;
        var first = true;
        foreach (var raw in Normalise(text).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                if (!first) Space(LineHeight(font) * 0.5);
                continue;
            }
            first = false;
            var bullet = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);
            var content = bullet ? line[2..].TrimStart() : line;
            var x = Left + indent + (bullet ? BulletIndent : 0);
            var wrapped = Wrap(content, font, Left + Width - x);
            for (var i = 0; i < wrapped.Count; i++)
            {
                if (Y + LineHeight(font) > Bottom) NewPage();
                if (bullet && i == 0) G.DrawString("•", font, new XSolidBrush(colour ?? Ink), Left + indent + 2, Y, XStringFormats.TopLeft);
                DrawLine(wrapped[i], font, x, colour ?? Ink);
            }
        }
        Space(LineHeight(font) * 0.4);
    }

    /// <summary>Grey italic text for an answer left empty or a note about the form itself.</summary>
    public void Note(string text) => Paragraphs(text, Italic, Muted);

    /// <summary>
    /// One bordered row of a table. Short rows are kept whole on one page; a row taller than the space left is drawn
    /// in pieces, line by line, across as many pages as it needs.
    /// </summary>
    public void Row(params PdfCell[] cells)
    {
        var widths = cells.Select(c => c.Share * Width).ToArray();
        var lines = cells.Select((c, i) => WrapAll(c.Text, c.Font, widths[i] - 2 * CellPadding)).ToArray();
        var lineHeight = cells.Max(c => LineHeight(c.Font));
        var total = Math.Max(1, lines.Max(l => l.Count));
        KeepTogether(total * lineHeight + 2 * CellPadding);
        var drawn = 0;
        while (drawn < total)
        {
            var fit = (int)Math.Floor((Bottom - Y - 2 * CellPadding) / lineHeight);
            if (fit < 1)
            {
                NewPage();
                continue;
            }
            var take = Math.Min(fit, total - drawn);
            var height = take * lineHeight + 2 * CellPadding;
            var x = Left;
            for (var i = 0; i < cells.Length; i++)
            {
                var box = new XRect(x, Y, widths[i], height);
                if (cells[i].Shaded) G.DrawRectangle(new XSolidBrush(Shade), box);
                G.DrawRectangle(new XPen(Rule, 0.6), box);
                var ty = Y + CellPadding;
                foreach (var text in lines[i].Skip(drawn).Take(take))
                {
                    var tx = cells[i].Centred ? x + (widths[i] - G.MeasureString(text, cells[i].Font).Width) / 2 : x + CellPadding;
                    G.DrawString(text, cells[i].Font, new XSolidBrush(Ink), tx, ty, XStringFormats.TopLeft);
                    ty += lineHeight;
                }
                x += widths[i];
            }
            Y += height;
            drawn += take;
        }
    }

    /// <summary>A full-width shaded title row, as the form's boxes have.</summary>
    public void BoxTitle(string text) => Row(new PdfCell(1, text, Bold, Shaded: true));

    /// <summary>A label and its answer side by side in a bordered row.</summary>
    public void Field(string label, string value, double labelShare = 0.32) =>
        Row(new PdfCell(labelShare, label, Bold, Shaded: true), new PdfCell(1 - labelShare, value, Body));

    public void HorizontalRule()
    {
        Space(4);
        G.DrawLine(new XPen(Accent, 1), Left, Y, Left + Width, Y);
        Space(6);
    }

    /// <summary>Draws the header and footer on every page and returns the finished PDF.</summary>
    public byte[] Finish(string headerLeft, string headerRight, string footerLeft)
    {
        if (_finished) throw new InvalidOperationException("The document is already finished.");
        _finished = true;
        _graphics?.Dispose();
        _graphics = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var height = page.Height.Point;
            var muted = new XSolidBrush(Muted);
            g.DrawString(headerLeft, Small, muted, MarginLeft, 34, XStringFormats.TopLeft);
            g.DrawString(headerRight, Small, muted, width - MarginRight - g.MeasureString(headerRight, Small).Width, 34, XStringFormats.TopLeft);
            g.DrawLine(new XPen(Accent, 0.8), MarginLeft, 47, width - MarginRight, 47);
            var footerY = height - MarginBottom + 20;
            g.DrawLine(new XPen(Rule, 0.5), MarginLeft, footerY - 4, width - MarginRight, footerY - 4);
            g.DrawString(footerLeft, Small, muted, MarginLeft, footerY, XStringFormats.TopLeft);
            var pageText = $"Page {i + 1} of {count}";
            g.DrawString(pageText, Small, muted, width - MarginRight - g.MeasureString(pageText, Small).Width, footerY, XStringFormats.TopLeft);
        }
        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void DrawLine(string text, XFont font, double x, XColor colour)
    {
        if (Y + LineHeight(font) > Bottom) NewPage();
        G.DrawString(text, font, new XSolidBrush(colour), x, Y, XStringFormats.TopLeft);
        Y += LineHeight(font);
    }

    /// <summary>Every line of a text that may hold several paragraphs, wrapped to <paramref name="width"/>.</summary>
    private List<string> WrapAll(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in Normalise(text).Split('\n'))
        {
            if (paragraph.Trim().Length == 0) lines.Add("");
            else lines.AddRange(Wrap(paragraph.TrimEnd(), font, width));
        }
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Word-wraps one paragraph; a word wider than the line is broken between characters.</summary>
    private List<string> Wrap(string paragraph, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Measure(candidate, font) <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0) lines.Add(current);
            current = word;
            while (Measure(current, font) > width && current.Length > 1)
            {
                var cut = current.Length - 1;
                while (cut > 1 && Measure(current[..cut], font) > width) cut--;
                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }
        if (current.Length > 0 || lines.Count == 0) lines.Add(current);
        return lines;
    }

    private double Measure(string text, XFont font) => G.MeasureString(text, font).Width;

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ');
}
