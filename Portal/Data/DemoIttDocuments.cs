using System.Security.Cryptography;
using Portal.Components.Documents;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;

namespace Portal.Data;

/// <summary>
/// What the demo tenders share: their compliance questions, the score descriptors of their quality questions, and their
/// documents as real PDF files.
/// </summary>
internal static class DemoIttDocuments
{
    public static ComplianceQuestion[] ComplianceQuestions() =>
    [
        new("Do you hold employer's liability insurance of at least £5 million and public liability insurance of at least £5 million?"),
        new("Will every member of staff working with service users hold an enhanced DBS check before they start?"),
    ];

    public static string[] Descriptors() =>
    [
        "No response, or a response that does not address the question.",
        "Poor: significant gaps; little confidence the requirement will be met.",
        "Weak: some understanding, but important parts are missing or unclear.",
        "Satisfactory: meets the requirement with some minor gaps.",
        "Good: meets the requirement fully with clear, evidenced detail.",
        "Excellent: exceeds the requirement with strong evidence and added value.",
    ];

    public static byte[] PdfBytes(string reference, string title, string subtitle, IReadOnlyList<string> paragraphs)
    {
        using var pdf = new PdfLayout(title, subtitle);
        pdf.Heading(title, pdf.Title);
        pdf.Paragraphs(subtitle, pdf.Bold);
        foreach (var paragraph in paragraphs) pdf.Paragraphs(paragraph);
        return pdf.Finish(reference, title, subtitle);
    }

    /// <summary>Writes one ITT document to the file store, as an upload would, and adds its record to <paramref name="files"/>.</summary>
    public static IttFile Store(Commission commission, string fileName, string title, IReadOnlyList<string> paragraphs, Actor officer,
        PortalStorage storage, DateTimeOffset at, List<IttDocumentFile> files)
    {
        var bytes = PdfBytes(commission.Reference, title, commission.Title, paragraphs);
        var storedName = Guid.NewGuid().ToString("N");
        File.WriteAllBytes(Path.Combine(storage.FilesFolder, storedName), bytes);
        var file = new IttDocumentFile(commission.Id, fileName, storedName, "application/pdf", bytes.Length,
            Convert.ToHexStringLower(SHA256.HashData(bytes)), officer.UserId, officer.DisplayName, at);
        files.Add(file);
        return file.ToIttFile();
    }
}
