using Portal.Components.Documents;
using Portal.Domain.Common;
using static Portal.Components.EvaluationResults.EvaluationReportText;

namespace Portal.Components.EvaluationResults;

/// <summary>
/// The evaluation report as a PDF: the method and weightings, the ranking with its tie explanations and price warnings,
/// each bid's scores per criterion with the moderation rationale, exclusions, post-tender clarifications and the award
/// recommendation with its approval.
/// </summary>
public static class EvaluationReportPdf
{
    public static byte[] Render(EvaluationResultsView view, DateTimeOffset generatedAt)
    {
        using var pdf = new PdfLayout($"Evaluation report: {view.Title}", "Evaluation report");
        pdf.Heading("Evaluation report", pdf.Title, before: 0);
        pdf.Paragraphs(view.Title, pdf.Heading2, PdfLayout.Ink);
        pdf.Field("Commission", view.Reference);
        pdf.Field("Status", Status(view));
        pdf.Field("Weightings", Weightings(view));
        pdf.Field("Report produced", $"{UkTime.Format(generatedAt)} (UK time)");
        pdf.Space(4);
        pdf.Paragraphs(Method);
        pdf.Note(AbnormallyLow(view.AbnormallyLowPercent));

        Ranking(pdf, view);
        Bids(pdf, view);
        Clarifications(pdf, view);
        Recommendation(pdf, view);
        return pdf.Finish("Evaluation report", view.Reference, $"{view.Reference} · {view.Title}");
    }

    private static void Ranking(PdfLayout pdf, EvaluationResultsView view)
    {
        pdf.Heading("Ranking", pdf.Heading1);
        pdf.Row(Head(pdf, 0.08, "Rank"), Head(pdf, 0.3, "Bidder"), Head(pdf, 0.13, "Quality"), Head(pdf, 0.12, "Social value"),
            Head(pdf, 0.11, "Price score"), Head(pdf, 0.1, "Total"), Head(pdf, 0.16, "Price"));
        foreach (var bid in view.Results.Ranked)
        {
            pdf.Row(new PdfCell(0.08, bid.Rank.ToString()!, pdf.Bold, Centred: true), new PdfCell(0.3, bid.SupplierName, pdf.Body),
                new PdfCell(0.13, Points(bid.QualityScore), pdf.Body), new PdfCell(0.12, Points(bid.SocialValueScore), pdf.Body),
                new PdfCell(0.11, Points(bid.PriceScore), pdf.Body), new PdfCell(0.1, Points(bid.TotalScore), pdf.Bold), new PdfCell(0.16, Price(bid.TotalPrice), pdf.Body));
        }
        var notes = view.Results.Ranked.Where(b => b.RankNote is not null).ToList();
        if (notes.Count == 0) return;
        pdf.Heading("Ties and price warnings", pdf.Heading2);
        foreach (var bid in notes) pdf.Paragraphs($"- {bid.SupplierName}: {bid.RankNote}");
    }

    private static void Bids(PdfLayout pdf, EvaluationResultsView view)
    {
        pdf.Heading("Scores and moderation rationale", pdf.Heading1);
        foreach (var bid in view.Results.Ranked)
        {
            pdf.Heading($"{bid.Rank}. {bid.SupplierName} — total {Points(bid.TotalScore)}", pdf.Heading2);
            pdf.Row(Head(pdf, 0.3, "Criterion"), Head(pdf, 0.08, "Weight"), Head(pdf, 0.08, "Score"), Head(pdf, 0.1, "Points"), Head(pdf, 0.44, "Moderation rationale"));
            foreach (var c in bid.Criteria)
            {
                pdf.Row(new PdfCell(0.3, c.Title, pdf.Body), new PdfCell(0.08, $"{c.WeightPercent}%", pdf.Body, Centred: true),
                    new PdfCell(0.08, c.Score?.ToString() ?? "–", pdf.Body, Centred: true), new PdfCell(0.1, Points(c.WeightedScore), pdf.Bold),
                    new PdfCell(0.44, c.Rationale, pdf.Body));
            }
        }
        var excluded = view.Results.Bidders.Where(b => b.Excluded).ToList();
        if (excluded.Count == 0) return;
        pdf.Heading("Excluded at compliance", pdf.Heading2);
        foreach (var bid in excluded) pdf.Field(bid.SupplierName, bid.ExclusionReason!);
    }

    private static void Clarifications(PdfLayout pdf, EvaluationResultsView view)
    {
        pdf.Heading("Post-tender clarifications", pdf.Heading1);
        if (view.Clarifications.Count == 0)
        {
            pdf.Note("No post-tender clarification was sent.");
            return;
        }
        foreach (var c in view.Clarifications)
        {
            pdf.BoxTitle($"{c.Reference} to {c.SupplierName}, sent by {c.SentByName} on {UkTime.Format(c.SentAt)}");
            pdf.Field("Question", c.Question, 0.2);
            pdf.Field("Respond by", $"{UkTime.Format(c.RespondBy)} (UK time)", 0.2);
            pdf.Field("Answer", Answer(c), 0.2);
            pdf.Space(6);
        }
    }

    private static void Recommendation(PdfLayout pdf, EvaluationResultsView view)
    {
        pdf.Heading("Award recommendation", pdf.Heading1);
        if (view.Recommendation is not { } r)
        {
            pdf.Note("No award recommendation has been made yet.");
            return;
        }
        pdf.Field("Recommended bidder", $"{r.SupplierName} (ranked {r.Rank})");
        pdf.Field("Rationale", r.Rationale);
        if (r.DepartureReason is not null) pdf.Field("Reason for departing from the ranking", r.DepartureReason);
        pdf.Field("Recommended by", $"{r.RecommendedByName} on {UkTime.Format(r.RecommendedAt)}");
        pdf.Field("Named approver", r.ApproverLabel);
        pdf.Field("Decision", Decision(r));
    }

    private static PdfCell Head(PdfLayout pdf, double share, string text) => new(share, text, pdf.Bold, Shaded: true);
}
