using Portal.Components.Documents;
using Portal.Domain.Common;
using Portal.Domain.Meetings;
using static Portal.Components.Meetings.PerformanceWords;

namespace Portal.Components.BoardReports;

/// <summary>
/// The board report as a PDF: a summary across the contracts, then for each contract its measures against target with a bar chart
/// per measure, capacity and referrals, the actions of the half and the risk log. Unverified figures are marked self-reported.
/// </summary>
public static class BoardReportPdf
{
    public const string SelfReportedNote = "* self-reported: not yet verified by an officer";
    internal static readonly PdfColour TargetColour = new(158, 172, 196);
    internal static readonly PdfColour ActualColour = new(31, 56, 100);

    public static byte[] Render(BoardReportView view, DateTimeOffset generatedAt)
    {
        var report = view.Report;
        using var pdf = new PdfLayout($"Board report {report.Half.Label}", "Report to the Reducing Reoffending Board");
        pdf.Heading("Report to the Reducing Reoffending Board", pdf.Title, before: 0);
        pdf.Paragraphs(report.Half.Label, pdf.Heading2, PdfLayout.Ink);
        pdf.Field("Contracts", view.Scope);
        pdf.Field("Figures as at", UkTime.LongDate(report.AsAt));
        pdf.Field("Produced", $"{UkTime.Format(generatedAt)} (UK time)");
        pdf.Space(4);
        if (!report.HasReturns)
        {
            pdf.Paragraphs(BoardReportText.NoReturns(report));
        }
        else
        {
            pdf.Paragraphs(BoardReportText.Summary(report));
            pdf.Note("Each rating is given in words. A figure is self-reported until an officer has verified it against the supplier's evidence; " +
                "self-reported figures are marked with an asterisk (*).");
        }
        foreach (var section in report.Contracts) Contract(pdf, section);
        return pdf.Finish("Board report", report.Half.Label, "Report to the Reducing Reoffending Board");
    }

    private static void Contract(PdfLayout pdf, ContractSection section)
    {
        pdf.NewPage();
        pdf.Heading($"{section.Reference} · {section.Title}", pdf.Heading1, before: 0);
        pdf.Paragraphs($"Supplier: {section.SupplierName}", pdf.Body, PdfLayout.Muted);
        if (!section.HasReturns)
        {
            pdf.Paragraphs("No returns were submitted for this half-year.");
        }
        else
        {
            pdf.Paragraphs(BoardReportText.Rag(section.Rag, section.SelfReportedFigures, section.VerifiedFigures));
            Measures(pdf, section);
            pdf.Heading("Capacity and referrals", pdf.Heading2);
            pdf.Field("Referrals received", Count(section.ReferralsReceived));
            pdf.Field("Referrals accepted", Count(section.ReferralsAccepted));
            pdf.Field("Caseload at the last return", $"{Count(section.LatestCaseload)} of a capacity of {section.Capacity}");
            foreach (var measure in section.Measures)
            {
                PdfBarChart.Draw(pdf, $"{measure.Name}: target and actual", "Quarter", measure.Unit, measure.Points.Select(p => p.PeriodName).ToList(),
                [
                    new BarSeries("Target", TargetColour, measure.Points.Select(p => p.Target).ToList()),
                    new BarSeries("Actual", ActualColour, measure.Points.Select(p => p.Actual).ToList(), measure.Points.Select(p => p.SelfReported).ToList()),
                ], measure.TotalSelfReported ? SelfReportedNote : null);
            }
        }
        Actions(pdf, section);
        Risks(pdf, section);
    }

    private static void Measures(PdfLayout pdf, ContractSection section)
    {
        pdf.Heading("Performance against targets", pdf.Heading2);
        pdf.Row(Head(pdf, 0.28, "Measure"), Head(pdf, 0.14, "Quarter"), Head(pdf, 0.12, "Target"), Head(pdf, 0.14, "Actual"), Head(pdf, 0.12, "Rating"),
            Head(pdf, 0.2, "Figure"));
        foreach (var measure in section.Measures)
        {
            foreach (var point in measure.Points)
            {
                pdf.Row(new PdfCell(0.28, $"{measure.Name} ({measure.Unit})", pdf.Body), new PdfCell(0.14, point.PeriodName, pdf.Body),
                    new PdfCell(0.12, Number(point.Target), pdf.Body, Centred: true), new PdfCell(0.14, Number(point.Actual) + (point.SelfReported ? "*" : ""), pdf.Body, Centred: true),
                    new PdfCell(0.12, Rag(point.Rating), pdf.Bold, Centred: true), new PdfCell(0.2, Status(point.Status), pdf.Body));
            }
            pdf.Row(new PdfCell(0.28, "", pdf.Body, Shaded: true), new PdfCell(0.14, measure.IsRate ? "Half (average)" : "Half (total)", pdf.Bold, Shaded: true),
                new PdfCell(0.12, Number(measure.TotalTarget), pdf.Bold, Shaded: true, Centred: true),
                new PdfCell(0.14, Number(measure.TotalActual) + (measure.TotalSelfReported ? "*" : ""), pdf.Bold, Shaded: true, Centred: true),
                new PdfCell(0.32, measure.AgainstTarget, pdf.Bold, Shaded: true));
        }
    }

    private static void Actions(PdfLayout pdf, ContractSection section)
    {
        pdf.Heading("Actions from contract meetings", pdf.Heading2);
        pdf.Paragraphs(BoardReportText.Actions(section));
        if (section.OverdueActions.Count == 0) return;
        pdf.Row(Head(pdf, 0.08, "Ref"), Head(pdf, 0.42, "Overdue action"), Head(pdf, 0.2, "Owner"), Head(pdf, 0.14, "Due"), Head(pdf, 0.16, "Status"));
        foreach (var action in section.OverdueActions)
        {
            pdf.Row(new PdfCell(0.08, action.Reference, pdf.Bold), new PdfCell(0.42, action.Description, pdf.Body), new PdfCell(0.2, action.OwnerName, pdf.Body),
                new PdfCell(0.14, UkTime.LongDate(action.DueOn), pdf.Body), new PdfCell(0.16, action.Status, pdf.Body));
        }
    }

    private static void Risks(PdfLayout pdf, ContractSection section)
    {
        pdf.Heading("Risks", pdf.Heading2);
        if (section.Risks.Count == 0)
        {
            pdf.Paragraphs("No risks were on the contract's risk log during the half-year.");
            return;
        }
        pdf.Row(Head(pdf, 0.07, "Ref"), Head(pdf, 0.33, "Risk"), Head(pdf, 0.14, "Score"), Head(pdf, 0.28, "Mitigation"), Head(pdf, 0.18, "Owner and status"));
        foreach (var risk in section.Risks)
        {
            pdf.Row(new PdfCell(0.07, risk.Reference, pdf.Bold), new PdfCell(0.33, risk.Description, pdf.Body),
                new PdfCell(0.14, $"{risk.Level} ({risk.Likelihood} × {risk.Impact} = {risk.Score})", pdf.Body), new PdfCell(0.28, risk.Mitigation, pdf.Body),
                new PdfCell(0.18, $"{risk.Owner}; {risk.Status}", pdf.Body));
        }
    }

    private static PdfCell Head(PdfLayout pdf, double share, string text) => new(share, text, pdf.Bold, Shaded: true);
}
