using Portal.Components.Documents;
using Portal.Domain.Common;
using Portal.Domain.Tendering.Responses;

namespace Portal.Components.Responses;

/// <summary>The receipt a bidder keeps: when the server received its response, and the hashes that prove what it sent.</summary>
public static class ReceiptPdf
{
    public static byte[] Render(ReceiptView receipt)
    {
        using var pdf = new PdfLayout($"Tender receipt: {receipt.Reference}", "Tender receipt");
        pdf.Heading("Tender receipt", pdf.Title, before: 0);
        pdf.Paragraphs($"{receipt.OfficeName} received this response into its sealed tender box. No one at the office can read it before the tender deadline.",
            pdf.Italic, PdfLayout.Muted);
        pdf.Space(4);
        pdf.Field("Tender", $"{receipt.Reference}: {receipt.Title}");
        pdf.Field("Bidder", receipt.Organisation);
        pdf.Field("Submission", $"Number {receipt.Number}, by {receipt.SubmittedByName}");
        pdf.Field("Received (server time)", UkTime.Format(receipt.ReceivedAt));
        if (receipt.WithdrawnAt is { } withdrawn) pdf.Field("Withdrawn", $"{UkTime.Format(withdrawn)} by {receipt.WithdrawnByName}");
        pdf.Field("Answers SHA-256", receipt.AnswersSha256);
        pdf.Field("Whole-response SHA-256", receipt.ResponseSha256);

        pdf.Heading("Files", pdf.Heading1, before: 14);
        if (receipt.Files.Count == 0) pdf.Paragraphs("No files were attached.");
        else
        {
            pdf.Row(new PdfCell(0.34, "File", pdf.Bold, Shaded: true), new PdfCell(0.16, "Size", pdf.Bold, Shaded: true),
                new PdfCell(0.5, "SHA-256", pdf.Bold, Shaded: true));
            foreach (var file in receipt.Files)
                pdf.Row(new PdfCell(0.34, $"{file.Name}\n{file.Purpose}", pdf.Body), new PdfCell(0.16, file.SizeBytes < 1_024 ? FileSize.Describe(file.SizeBytes) : $"{FileSize.Describe(file.SizeBytes)}\n{file.SizeBytes:N0} bytes", pdf.Body),
                    new PdfCell(0.5, file.Sha256, pdf.Small));
        }
        pdf.Heading("How the whole-response hash is made", pdf.Heading2, before: 12);
        pdf.Paragraphs(ResponseSubmission.HashRecipe, pdf.Small);
        return pdf.Finish($"{receipt.OfficeName} · Tender receipt", $"{receipt.Reference} · submission {receipt.Number}",
            $"{receipt.Organisation} · received {UkTime.Format(receipt.ReceivedAt)}");
    }

    public static string FileName(ReceiptView receipt) => $"{receipt.Reference}-receipt-{receipt.Number}.pdf";
}
