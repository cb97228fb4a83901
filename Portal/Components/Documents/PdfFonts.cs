using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Portal.Components.Documents;

/// <summary>The three faces of Liberation Sans the documents are drawn with.</summary>
internal enum PdfFace
{
    Regular,
    Bold,
    Italic,
}

/// <summary>A face at a size, as the layout's paragraphs, headings and cells ask for it.</summary>
internal sealed record PdfFont(PdfFace Face, double Size);

/// <summary>
/// Liberation Sans (metrically compatible with Arial, the font of the office's forms), read from the TTF files embedded
/// in this assembly, so that rendering never depends on which fonts a server or CI machine happens to have installed.
/// Each face knows its glyphs' advance widths, for word wrap, and which characters it can draw: a character it has no
/// glyph for is replaced by a near equivalent, its unaccented letter, or "?", rather than failing the whole document.
/// </summary>
internal sealed class PdfTypeface
{
    private static readonly Lazy<PdfTypeface> Regular = new(() => Load("LiberationSans-Regular"));
    private static readonly Lazy<PdfTypeface> Bold = new(() => Load("LiberationSans-Bold"));
    private static readonly Lazy<PdfTypeface> Italic = new(() => Load("LiberationSans-Italic"));

    /// <summary>Characters some text carries that the font lacks, and what to draw instead.</summary>
    private static readonly Dictionary<char, string> Substitutes = new()
    {
        ['\u2010'] = "-", // hyphen
        ['\u2011'] = "-", // non-breaking hyphen
        ['\u2012'] = "–", // figure dash
        ['\u2015'] = "—", // horizontal bar
        ['\u2212'] = "-", // minus sign
        ['\u2007'] = " ", // figure space
        ['\u2009'] = " ", // thin space
        ['\u202F'] = " ", // narrow no-break space
        ['\u2043'] = "-", // hyphen bullet
        ['\u2713'] = "X", // check mark
        ['\u2714'] = "X",
        ['\u2715'] = "X",
        ['\u2717'] = "X",
        ['\u00AD'] = "",  // soft hyphen
        ['\uFEFF'] = "",  // byte order mark
    };

    private readonly TrueTypeFont _font;
    private readonly double _unitsPerEm;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<char, (bool Drawable, double Advance)> _glyphs = new();

    private PdfTypeface(byte[] file)
    {
        File = file;
        _font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(file));
        _unitsPerEm = _font.GetUnitsPerEm();
        Ascent = _font.TableRegister.HorizontalHeaderTable.Ascent / _unitsPerEm;
    }

    /// <summary>The TTF file, to embed in each document.</summary>
    public byte[] File { get; }

    /// <summary>The distance from the top of a line to its baseline, as a fraction of the font size.</summary>
    public double Ascent { get; }

    public static PdfTypeface Of(PdfFace face) => face switch
    {
        PdfFace.Bold => Bold.Value,
        PdfFace.Italic => Italic.Value,
        _ => Regular.Value,
    };

    /// <summary>The width of <paramref name="text"/> (already <see cref="Printable"/>) at <paramref name="size"/> points.</summary>
    public double Width(string text, double size)
    {
        var units = 0.0;
        foreach (var c in text) units += Glyph(c).Advance;
        return units * size / _unitsPerEm;
    }

    /// <summary>The text with every character the face cannot draw replaced, so that drawing it never throws.</summary>
    public string Printable(string text)
    {
        if (text.All(c => Glyph(c).Drawable)) return text;
        var printable = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && Glyph((char)rune.Value).Drawable)
            {
                printable.Append((char)rune.Value);
                continue;
            }
            if (Rune.IsControl(rune)) continue;
            if (rune.IsBmp && Substitutes.TryGetValue((char)rune.Value, out var substitute) && substitute.All(c => Glyph(c).Drawable))
            {
                printable.Append(substitute);
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.SpaceSeparator)
            {
                printable.Append(' ');
                continue;
            }
            // A letter with an accent the font has no glyph for: its base letter, and any marks the font has.
            var decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && Glyph(decomposed[0]).Drawable)
            {
                printable.Append(decomposed.Where(c => Glyph(c).Drawable).ToArray());
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            printable.Append('?');
        }
        return printable.ToString();
    }

    private (bool Drawable, double Advance) Glyph(char c) => _glyphs.GetOrAdd(c, Measure);

    private (bool Drawable, double Advance) Measure(char c)
    {
        if (char.IsSurrogate(c) || char.IsControl(c)) return (false, 0);
        // The parsed font is not documented as safe to share between threads, and documents render concurrently.
        lock (_gate)
        {
            if (!_font.TryGetBoundingBox(c, out _) || !_font.TryGetAdvanceWidth(c, out var advance)) return (false, 0);
            return (true, advance);
        }
    }

    private static PdfTypeface Load(string faceName)
    {
        var resource = $"Portal.Fonts.{faceName}.ttf";
        using var stream = typeof(PdfTypeface).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font {resource} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new PdfTypeface(copy.ToArray());
    }
}
