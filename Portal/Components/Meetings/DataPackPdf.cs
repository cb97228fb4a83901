using Portal.Components.Documents;
using Portal.Domain.Common;
using Portal.Domain.Performance;
using static Portal.Components.Meetings.PerformanceWords;

namespace Portal.Components.Meetings;

/// <summary>
/// A meeting's data pack: for its quarter and the quarters before it, each measure's figure against its target with its rating in words
/// and whether an officer has verified it, the referrals, the caseload against capacity, and the supplier's narrative.
/// </summary>
public static class DataPackPdf
{
    public const string NoReturnsText = "No returns have been submitted for this quarter or the ones before it.";

    public static byte[] Render(DataPackView pack, DateTimeOffset generatedAt)
    {
        using var pdf = new PdfLayout($"Data pack: {pack.MeetingTitle}", "Meeting data pack");
        pdf.Heading("Data pack", pdf.Title, before: 0);
        pdf.Paragraphs(pack.MeetingTitle, pdf.Heading2, PdfLayout.Ink);
        pdf.Field("Contract", $"{pack.Reference} · {pack.Title}");
        pdf.Field("Supplier", pack.SupplierName);
        pdf.Field("Meeting", $"{UkTime.Format(pack.MeetingStartsAt)} (UK time)");
        pdf.Field("Produced", $"{UkTime.Format(generatedAt)} (UK time)");
        pdf.Space(4);
        pdf.Note("A figure is self-reported until an officer has verified it against the supplier's evidence. Ratings are given in words.");
        if (pack.Periods.Count == 0)
        {
            pdf.Paragraphs(NoReturnsText);
            return pdf.Finish("Meeting data pack", pack.Reference, $"{pack.Reference} · {pack.MeetingTitle}");
        }
        Referrals(pdf, pack);
        foreach (var period in pack.Periods.Reverse()) Figures(pdf, period);
        return pdf.Finish("Meeting data pack", pack.Reference, $"{pack.Reference} · {pack.MeetingTitle}");
    }

    private static void Referrals(PdfLayout pdf, DataPackView pack)
    {
        pdf.Heading("Referrals, caseload and capacity", pdf.Heading1);
        pdf.Row(Head(pdf, 0.26, "Quarter"), Head(pdf, 0.16, "Referrals received"), Head(pdf, 0.16, "Referrals accepted"), Head(pdf, 0.2, "Caseload against capacity"),
            Head(pdf, 0.22, "Return"));
        foreach (var period in pack.Periods)
        {
            pdf.Row(new PdfCell(0.26, period.Period.Name, pdf.Bold), new PdfCell(0.16, Count(period.ReferralsReceived), pdf.Body, Centred: true),
                new PdfCell(0.16, Count(period.ReferralsAccepted), pdf.Body, Centred: true),
                new PdfCell(0.2, $"{Count(period.Caseload)} of {pack.Capacity}", pdf.Body, Centred: true), new PdfCell(0.22, Submitted(period), pdf.Body));
        }
    }

    private static void Figures(PdfLayout pdf, PeriodPerformance period)
    {
        pdf.Heading($"{period.Period.Label}: figures against target", pdf.Heading1);
        if (period.SubmittedAt is null)
        {
            pdf.Paragraphs(Submitted(period));
            return;
        }
        pdf.Row(Head(pdf, 0.34, "Measure"), Head(pdf, 0.12, "Target"), Head(pdf, 0.12, "Actual"), Head(pdf, 0.14, "Rating"), Head(pdf, 0.28, "Figure"));
        foreach (var figure in period.Figures)
        {
            pdf.Row(new PdfCell(0.34, $"{figure.MeasureName} ({figure.Unit})", pdf.Body), new PdfCell(0.12, Number(figure.Target), pdf.Body, Centred: true),
                new PdfCell(0.12, Number(figure.Actual), pdf.Body, Centred: true), new PdfCell(0.14, Rag(figure.Rating), pdf.Bold, Centred: true),
                new PdfCell(0.28, Status(figure.Status), pdf.Body));
        }
        pdf.Heading("Supplier's narrative", pdf.Heading2);
        if (string.IsNullOrWhiteSpace(period.Narrative)) pdf.Note("No narrative given.");
        else pdf.Paragraphs(period.Narrative);
    }

    public static string Submitted(PeriodPerformance period) => period.SubmittedAt is { } at
        ? $"Submitted {UkTime.LongDate(at)}{(period.IsLate ? " (late)" : "")}"
        : $"Not submitted (due {UkTime.LongDate(period.ReturnDueOn)})";

    private static PdfCell Head(PdfLayout pdf, double share, string text) => new(share, text, pdf.Bold, Shaded: true);
}
