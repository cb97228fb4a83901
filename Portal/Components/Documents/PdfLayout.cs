using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Portal.Components.Documents;

/// <summary>An RGB colour for text, fills and rules.</summary>
internal readonly record struct PdfColour(byte R, byte G, byte B);

/// <summary>One cell of a table row: its share of the row's width, its text, and how it is drawn.</summary>
internal sealed record PdfCell(double Share, string Text, PdfFont Font, bool Shaded = false, bool Centred = false);

/// <summary>
/// A small flowing layout over PdfPig's writer for A4 forms: word-wrapped paragraphs, bullets, headings kept with what
/// follows, bordered table rows that break across pages line by line, and a header and "Page N of M" footer drawn on
/// every page once the page count is known.
/// </summary>
/// <remarks>
/// The layout measures from the top of the page down, as a reader does; PDF's own origin is the bottom-left corner
/// with y growing upwards, so every position is turned over (<see cref="PageY"/>) only where it is drawn.
/// </remarks>
internal sealed class PdfLayout : IDisposable
{
    private const double MarginLeft = 56;
    private const double MarginRight = 56;
    private const double MarginTop = 72;
    private const double MarginBottom = 64;
    private const double CellPadding = 4;
    private const double BulletIndent = 12;

    /// <summary>
    /// PdfPig's simple TrueType fonts hold at most 255 distinct characters each; past this many, a face is added to the
    /// document again and the new characters are drawn with that copy.
    /// </summary>
    private const int CharactersPerFont = 240;

    public static readonly PdfColour Ink = new(33, 33, 33);
    public static readonly PdfColour Accent = new(31, 56, 100);
    public static readonly PdfColour Muted = new(100, 100, 100);
    public static readonly PdfColour Shade = new(226, 232, 242);
    public static readonly PdfColour Rule = new(120, 120, 120);

    private readonly PdfDocumentBuilder _document;
    private readonly List<PdfPageBuilder> _pages = [];
    private readonly Dictionary<PdfFace, List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Characters)>> _fonts = [];
    private PdfPageBuilder? _page;
    private bool _finished;

    public PdfLayout(string title, string subject)
    {
        _document = new PdfDocumentBuilder();
        _document.DocumentInformation.Title = title;
        _document.DocumentInformation.Subject = subject;
        _document.DocumentInformation.Creator = "Commissioning Portal";
        Body = new PdfFont(PdfFace.Regular, 10);
        Bold = new PdfFont(PdfFace.Bold, 10);
        Italic = new PdfFont(PdfFace.Italic, 10);
        Small = new PdfFont(PdfFace.Regular, 8);
        Heading1 = new PdfFont(PdfFace.Bold, 13);
        Heading2 = new PdfFont(PdfFace.Bold, 11);
        Title = new PdfFont(PdfFace.Bold, 16);
        NewPage();
    }

    public PdfFont Body { get; }
    public PdfFont Bold { get; }
    public PdfFont Italic { get; }
    public PdfFont Small { get; }
    public PdfFont Heading1 { get; }
    public PdfFont Heading2 { get; }
    public PdfFont Title { get; }

    /// <summary>How far down the page the next line starts, in points from the top edge.</summary>
    public double Y { get; private set; }
    public double Left => MarginLeft;
    public double Width => PageWidth - MarginLeft - MarginRight;
    private double PageWidth => _page!.PageSize.Width;
    private double PageHeight => _page!.PageSize.Height;
    private double Bottom => PageHeight - MarginBottom;
    private double ContentHeight => PageHeight - MarginTop - MarginBottom;

    public static double LineHeight(PdfFont font) => font.Size * 1.3;

    public void NewPage()
    {
        _page = _document.AddPage(PageSize.A4);
        _pages.Add(_page);
        Y = MarginTop;
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (Y + height > Bottom && height <= ContentHeight) NewPage();
    }

    /// <summary>A heading, kept on the same page as at least the first few lines of what follows it.</summary>
    public void Heading(string text, PdfFont font, PdfColour? colour = null, double before = 10)
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
    public void Paragraphs(string text, PdfFont? font = null, PdfColour? colour = null, double indent = 0)
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
                if (bullet && i == 0) Text(_page!, "•", font, Left + indent + 2, Y, colour ?? Ink);
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
                Box(x, Y, widths[i], height, cells[i].Shaded ? Shade : null);
                var ty = Y + CellPadding;
                foreach (var text in lines[i].Skip(drawn).Take(take))
                {
                    var tx = cells[i].Centred ? x + (widths[i] - Measure(text, cells[i].Font)) / 2 : x + CellPadding;
                    Text(_page!, text, cells[i].Font, tx, ty, Ink);
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
        DrawRule(_page!, Left, Left + Width, Y, Accent, 1);
        Space(6);
    }

    /// <summary>
    /// Keeps <paramref name="height"/> points together on this page or the next and moves below them, returning where they start, for
    /// a drawing (a chart) placed with the primitives below.
    /// </summary>
    public double Reserve(double height)
    {
        KeepTogether(height);
        var top = Y;
        Y = Math.Min(Y + height, Bottom);
        return top;
    }

    /// <summary>A filled rectangle with no border, its top-left corner at x, top.</summary>
    public void FillRectangle(double x, double top, double width, double height, PdfColour fill)
    {
        if (width <= 0 || height <= 0) return;
        var page = _page!;
        page.SetStrokeColor(fill.R, fill.G, fill.B);
        page.SetTextAndFillColor(fill.R, fill.G, fill.B);
        page.DrawRectangle(new PdfPoint(x, PageY(page, top + height)), width, height, 0.1, fill: true);
        page.ResetColor();
    }

    /// <summary>A straight line between two points measured from the top of the page.</summary>
    public void Line(double x1, double top1, double x2, double top2, PdfColour colour, double thickness = 0.6)
    {
        var page = _page!;
        page.SetStrokeColor(colour.R, colour.G, colour.B);
        page.DrawLine(new PdfPoint(x1, PageY(page, top1)), new PdfPoint(x2, PageY(page, top2)), thickness);
        page.ResetColor();
    }

    /// <summary>One line of text placed exactly, its line box's top-left corner at x, top.</summary>
    public void TextAt(string text, PdfFont font, double x, double top, PdfColour? colour = null) => Text(_page!, text, font, x, top, colour ?? Ink);

    /// <summary>How wide the text is drawn in the font, in points.</summary>
    public static double TextWidth(string text, PdfFont font) => Measure(text, font);

    /// <summary>Draws the header and footer on every page and returns the finished PDF.</summary>
    public byte[] Finish(string headerLeft, string headerRight, string footerLeft)
    {
        if (_finished) throw new InvalidOperationException("The document is already finished.");
        _finished = true;
        var count = _pages.Count;
        for (var i = 0; i < count; i++)
        {
            var page = _pages[i];
            var width = page.PageSize.Width;
            var height = page.PageSize.Height;
            Text(page, headerLeft, Small, MarginLeft, 34, Muted);
            Text(page, headerRight, Small, width - MarginRight - Measure(headerRight, Small), 34, Muted);
            DrawRule(page, MarginLeft, width - MarginRight, 47, Accent, 0.8);
            var footerY = height - MarginBottom + 20;
            DrawRule(page, MarginLeft, width - MarginRight, footerY - 4, Rule, 0.5);
            Text(page, footerLeft, Small, MarginLeft, footerY, Muted);
            var pageText = $"Page {i + 1} of {count}";
            Text(page, pageText, Small, width - MarginRight - Measure(pageText, Small), footerY, Muted);
        }
        return _document.Build();
    }

    public void Dispose() => _document.Dispose();

    private void DrawLine(string text, PdfFont font, double x, PdfColour colour)
    {
        if (Y + LineHeight(font) > Bottom) NewPage();
        Text(_page!, text, font, x, Y, colour);
        Y += LineHeight(font);
    }

    /// <summary>Draws one line of text whose line box starts <paramref name="top"/> points below the page's top edge.</summary>
    private void Text(PdfPageBuilder page, string text, PdfFont font, double x, double top, PdfColour colour)
    {
        var face = PdfTypeface.Of(font.Face);
        var printable = face.Printable(text);
        if (string.IsNullOrWhiteSpace(printable)) return;
        var baseline = PageY(page, top + face.Ascent * font.Size);
        page.SetTextAndFillColor(colour.R, colour.G, colour.B);
        page.AddText(printable, font.Size, new PdfPoint(x, baseline), FontFor(font.Face, printable));
        page.ResetColor();
    }

    /// <summary>A bordered box, filled first when <paramref name="fill"/> is given; its top-left corner at x, top.</summary>
    private void Box(double x, double top, double width, double height, PdfColour? fill)
    {
        var page = _page!;
        var corner = new PdfPoint(x, PageY(page, top + height));
        page.SetStrokeColor(Rule.R, Rule.G, Rule.B);
        if (fill is { } f)
        {
            page.SetTextAndFillColor(f.R, f.G, f.B);
            page.DrawRectangle(corner, width, height, 0.6, fill: true);
            page.ResetColor();
        }
        else
        {
            page.DrawRectangle(corner, width, height, 0.6);
        }
        page.ResetColor();
    }

    private static void DrawRule(PdfPageBuilder page, double from, double to, double top, PdfColour colour, double thickness)
    {
        var y = PageY(page, top);
        page.SetStrokeColor(colour.R, colour.G, colour.B);
        page.DrawLine(new PdfPoint(from, y), new PdfPoint(to, y), thickness);
        page.ResetColor();
    }

    /// <summary>A distance from the top of the page as PDF's y coordinate, which counts up from the bottom.</summary>
    private static double PageY(PdfPageBuilder page, double fromTop) => page.PageSize.Height - fromTop;

    /// <summary>
    /// The copy of the face that draws <paramref name="text"/>: the latest one, unless the text's new characters would
    /// take it past the characters one embedded font can encode, in which case the face is embedded once more.
    /// </summary>
    private PdfDocumentBuilder.AddedFont FontFor(PdfFace face, string text)
    {
        if (!_fonts.TryGetValue(face, out var copies)) _fonts[face] = copies = [];
        foreach (var (font, characters) in copies)
        {
            if (text.All(characters.Contains)) return font;
        }
        if (copies.Count > 0)
        {
            var (latest, used) = copies[^1];
            if (used.Count + text.Distinct().Count(c => !used.Contains(c)) <= CharactersPerFont)
            {
                used.UnionWith(text);
                return latest;
            }
        }
        var added = _document.AddTrueTypeFont(PdfTypeface.Of(face).File);
        copies.Add((added, [.. text]));
        return added;
    }

    /// <summary>Every line of a text that may hold several paragraphs, wrapped to <paramref name="width"/>.</summary>
    private static List<string> WrapAll(string text, PdfFont font, double width)
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
    private static List<string> Wrap(string paragraph, PdfFont font, double width)
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

    /// <summary>The width the text takes when drawn, after any characters the face lacks are replaced.</summary>
    private static double Measure(string text, PdfFont font)
    {
        var face = PdfTypeface.Of(font.Face);
        return face.Width(face.Printable(text), font.Size);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ');
}
