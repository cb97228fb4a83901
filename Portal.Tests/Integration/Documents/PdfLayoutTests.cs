using System.Text;
using Portal.Components.Documents;

namespace Portal.Tests.Integration.Documents;

/// <summary>What the seeded notes do not exercise: awkward characters, many of them, and a cell longer than a page.</summary>
public sealed class PdfLayoutTests
{
    [Fact]
    public async Task Characters_the_font_lacks_are_replaced_instead_of_failing_the_document()
    {
        using var layout = new PdfLayout("Awkward characters", "Test");
        layout.Paragraphs("Pilot 中文 in Łódź – costs £1,000\u2011£2,000 for “the office’s” team 🙂 done.");
        layout.Field("Label", "Ǆ non\u00A0breaking");

        var bytes = layout.Finish("Header", "Right", "Footer");

        await DocumentClients.KeepAsync("awkward-characters.pdf", bytes);
        var pdf = PdfText.Read(bytes);
        Assert.True(pdf.Contains("Pilot ?? in Łódź – costs £1,000-£2,000 for “the office’s” team ? done."), pdf.Flat);
        Assert.True(pdf.Contains("Page 1 of 1"), pdf.Flat);
    }

    [Fact]
    public void More_distinct_characters_than_one_embedded_font_can_encode_all_read_back()
    {
        var text = new StringBuilder();
        foreach (var range in new[] { (0x21, 0x7E), (0xA1, 0x17F), (0x391, 0x3C9), (0x410, 0x44F) })
        {
            for (var c = range.Item1; c <= range.Item2; c++)
            {
                if (char.IsLetterOrDigit((char)c) || char.IsPunctuation((char)c) || char.IsSymbol((char)c)) text.Append((char)c);
            }
        }
        var all = text.ToString().Replace("\u0387", "").Replace("\u00AD", "");
        Assert.True(all.Distinct().Count() > 300);
        var words = Enumerable.Range(0, (all.Length + 9) / 10).Select(i => all.Substring(i * 10, Math.Min(10, all.Length - i * 10)));

        using var layout = new PdfLayout("Many characters", "Test");
        layout.Paragraphs(string.Join(" ", words));
        var pdf = PdfText.Read(layout.Finish("Header", "Right", "Footer"));

        Assert.True(pdf.Contains(string.Join(" ", words)[..200]), pdf.Flat);
        // The body is drawn before the header and footer, so its characters come first, in order.
        Assert.Equal(all, string.Concat(pdf.Flat.Where(c => !char.IsWhiteSpace(c)))[..all.Length]);
    }

    [Fact]
    public async Task A_cell_longer_than_a_page_runs_on_over_the_next_pages_with_every_page_numbered()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 150).Select(i => $"Line {i} of the long answer"));
        using var layout = new PdfLayout("Long cell", "Test");
        layout.Heading("A long answer", layout.Heading1, before: 0);
        layout.Field("Answer", lines);

        var bytes = layout.Finish("Header", "Right", "Footer");

        await DocumentClients.KeepAsync("long-cell.pdf", bytes);
        var pdf = PdfText.Read(bytes);
        Assert.True(pdf.PageCount >= 3, $"{pdf.PageCount} page(s)");
        for (var i = 1; i <= 150; i++) Assert.True(pdf.Contains($"Line {i} of the long answer"), $"Line {i} is missing.");
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            Assert.Contains($"Page {page} of {pdf.PageCount}", pdf.Pages[page - 1]);
            Assert.Contains("Header", pdf.Pages[page - 1]);
        }
    }
}
