using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.Tests.Integration.Documents;

/// <summary>
/// The text a PDF shows, read back with PdfPig: each page's letters, decoded through the fonts' ToUnicode tables as a
/// reader's "copy text" does, in the order they are drawn, with a line break wherever the next letter does not carry
/// on along the same baseline (a new line, the next cell of a table row, the footer). Good enough for the portal's own
/// documents, which draw each line in one piece.
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
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(Lines).ToList();
        return new Document(document.NumberOfPages, pages);
    }

    private static string Lines(Page page)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null && !Continues(previous, letter)) text.Append('\n');
            text.Append(letter.Value);
            previous = letter;
        }
        return text.ToString();
    }

    /// <summary>Whether <paramref name="next"/> starts where <paramref name="previous"/> ends, on the same baseline.</summary>
    private static bool Continues(Letter previous, Letter next) =>
        Math.Abs(next.StartBaseLine.Y - previous.EndBaseLine.Y) < 0.5 && Math.Abs(next.StartBaseLine.X - previous.EndBaseLine.X) < 0.5;

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
