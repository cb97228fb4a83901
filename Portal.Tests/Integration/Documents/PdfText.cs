using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Portal.Tests.Integration.Documents;

/// <summary>
/// The text a PDF shows, read back with PDFsharp: each page's content stream is decoded, and the glyph codes of its
/// text-showing operators are mapped to characters through the fonts' ToUnicode tables — as a reader's "copy text"
/// does. Good enough for the portal's own documents, which draw each line with one operator.
/// </summary>
public static partial class PdfText
{
    public sealed record Document(int PageCount, IReadOnlyList<string> Pages)
    {
        /// <summary>All pages' text with runs of white space (including line breaks) collapsed to single spaces.</summary>
        public string Flat => Collapse(string.Join(" ", Pages));

        public bool Contains(string text) => Flat.Contains(Collapse(text), StringComparison.Ordinal);
    }

    public static Document Read(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var pages = new List<string>();
        foreach (var page in document.Pages)
        {
            var fonts = new Dictionary<string, Font>();
            var resources = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
            if (resources is not null)
            {
                foreach (var key in resources.Elements.Keys)
                {
                    var font = resources.Elements.GetDictionary(key);
                    var toUnicode = font?.Elements.GetDictionary("/ToUnicode");
                    fonts[key] = new Font(font?.Elements.GetName("/Subtype") == "/Type0",
                        toUnicode?.Stream is { } cmap ? ParseCMap(Encoding.ASCII.GetString(cmap.UnfilteredValue)) : []);
                }
            }
            var content = Encoding.Latin1.GetString(page.Contents.CreateSingleContent().Stream.UnfilteredValue);
            pages.Add(ShownText(content, fonts));
        }
        return new Document(document.PageCount, pages);
    }

    private sealed record Font(bool TwoByteCodes, Dictionary<int, string> ToUnicode);

    private static string ShownText(string content, Dictionary<string, Font> fonts)
    {
        var text = new StringBuilder();
        var current = new Font(false, []);
        foreach (Match token in Operators().Matches(content))
        {
            if (token.Groups["font"].Success)
            {
                current = fonts.GetValueOrDefault(token.Groups["font"].Value) ?? new Font(false, []);
            }
            else if (token.Groups["hex"].Success)
            {
                var hex = WhiteSpace().Replace(token.Groups["hex"].Value, "");
                var font = current.ToUnicode;
                var width = current.TwoByteCodes ? 4 : 2;
                for (var i = 0; i + width <= hex.Length; i += width)
                {
                    var code = int.Parse(hex.AsSpan(i, width), NumberStyles.HexNumber);
                    text.Append(font.TryGetValue(code, out var mapped) ? mapped : WinAnsi(code));
                }
                text.Append('\n');
            }
            else if (token.Groups["literal"].Success)
            {
                text.Append(string.Concat(Unescape(token.Groups["literal"].Value).Select(c => current.ToUnicode.TryGetValue(c, out var mapped) ? mapped : WinAnsi(c))))
                    .Append('\n');
            }
        }
        return text.ToString();
    }

    private static Dictionary<int, string> ParseCMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match block in BfChar().Matches(cmap))
        {
            foreach (Match pair in HexPair().Matches(block.Groups[1].Value))
                map[Convert.ToInt32(pair.Groups[1].Value, 16)] = Utf16(pair.Groups[2].Value);
        }
        foreach (Match block in BfRange().Matches(cmap))
        {
            foreach (Match range in HexRange().Matches(block.Groups[1].Value))
            {
                var from = Convert.ToInt32(range.Groups[1].Value, 16);
                var to = Convert.ToInt32(range.Groups[2].Value, 16);
                var start = Convert.ToInt32(range.Groups[3].Value, 16);
                for (var code = from; code <= to; code++) map[code] = char.ConvertFromUtf32(start + code - from);
            }
        }
        return map;
    }

    /// <summary>A simple font without a ToUnicode table uses PDFsharp's default, WinAnsiEncoding (Windows-1252).</summary>
    private static string WinAnsi(int code) => code <= 0xFF ? Windows1252.GetString([(byte)code]) : ((char)code).ToString();

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static string Utf16(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    private static string Unescape(string literal) => Regex.Replace(literal, @"\\([nrtbf()\\]|[0-7]{1,3})", m => m.Groups[1].Value switch
    {
        "n" => "\n", "r" => "\r", "t" => "\t", "b" => "\b", "f" => "\f", "(" => "(", ")" => ")", "\\" => "\\",
        var octal => ((char)Convert.ToInt32(octal, 8)).ToString(),
    });

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?<font>/[A-Za-z0-9_.+-]+)\s+[\d.]+\s+Tf|<(?<hex>[0-9A-Fa-f\s]*)>\s*Tj|\((?<literal>(?:\\.|[^\\)])*)\)\s*Tj")]
    private static partial Regex Operators();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
