using ClosedXML.Excel;
using static Portal.Components.Documents.WorkbookSheets;
using Portal.Domain.Common;
using static Portal.Components.EvaluationResults.EvaluationReportText;

namespace Portal.Components.EvaluationResults;

/// <summary>
/// The evaluation report as an Excel workbook, for the office to sort and check: a sheet each for the ranking, the scores
/// per criterion per bid with the moderation rationale, the post-tender clarifications and the recommendation. Figures
/// are numbers, not text, so the sums can be checked in the workbook.
/// </summary>
public static class EvaluationReportWorkbook
{
    public static byte[] Render(EvaluationResultsView view, DateTimeOffset generatedAt)
    {
        using var workbook = new XLWorkbook();
        Ranking(workbook.AddWorksheet("Ranking"), view, generatedAt);
        Scores(workbook.AddWorksheet("Scores"), view);
        Clarifications(workbook.AddWorksheet("Clarifications"), view);
        Recommendation(workbook.AddWorksheet("Recommendation"), view);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Ranking(IXLWorksheet sheet, EvaluationResultsView view, DateTimeOffset generatedAt)
    {
        sheet.Cell(1, 1).Value = $"Evaluation report: {view.Reference} {view.Title}";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = Status(view);
        sheet.Cell(3, 1).Value = $"Weightings: {Weightings(view)}. Produced {UkTime.Format(generatedAt)} (UK time).";
        var row = Header(sheet, 5, "Rank", "Bidder", "Quality", "Social value", "Price score", "Total", "Price (£)", "Possibly abnormally low", "Note");
        foreach (var bid in view.Results.Ranked)
        {
            row++;
            sheet.Cell(row, 1).Value = bid.Rank!.Value;
            sheet.Cell(row, 2).Value = bid.SupplierName;
            Number(sheet.Cell(row, 3), bid.QualityScore);
            Number(sheet.Cell(row, 4), bid.SocialValueScore);
            Number(sheet.Cell(row, 5), bid.PriceScore);
            Number(sheet.Cell(row, 6), bid.TotalScore);
            if (bid.TotalPrice is { } price) Number(sheet.Cell(row, 7), price.Pounds, "#,##0.00");
            sheet.Cell(row, 8).Value = bid.AbnormallyLowPrice ? "Yes" : "No";
            sheet.Cell(row, 9).Value = bid.RankNote ?? "";
        }
        foreach (var bid in view.Results.Bidders.Where(b => b.Excluded))
        {
            row++;
            sheet.Cell(row, 1).Value = "Excluded";
            sheet.Cell(row, 2).Value = bid.SupplierName;
            sheet.Cell(row, 9).Value = bid.ExclusionReason;
        }
        Widths(sheet, 10, 34, 10, 12, 12, 10, 14, 12, 80);
    }

    private static void Scores(IXLWorksheet sheet, EvaluationResultsView view)
    {
        var row = Header(sheet, 1, "Rank", "Bidder", "Criterion", "Weight (%)", "Moderated score (0-5)", "Points", "Moderation rationale");
        foreach (var bid in view.Results.Ranked)
        {
            foreach (var criterion in bid.Criteria)
            {
                row++;
                sheet.Cell(row, 1).Value = bid.Rank!.Value;
                sheet.Cell(row, 2).Value = bid.SupplierName;
                sheet.Cell(row, 3).Value = criterion.Title;
                sheet.Cell(row, 4).Value = criterion.WeightPercent;
                if (criterion.Score is { } score) sheet.Cell(row, 5).Value = score;
                Number(sheet.Cell(row, 6), criterion.WeightedScore);
                sheet.Cell(row, 7).Value = criterion.Rationale;
            }
        }
        Widths(sheet, 8, 30, 50, 10, 12, 10, 80);
    }

    private static void Clarifications(IXLWorksheet sheet, EvaluationResultsView view)
    {
        var row = Header(sheet, 1, "Reference", "Bidder", "Question", "Sent", "Respond by (UK time)", "Answer", "Answered");
        foreach (var c in view.Clarifications)
        {
            row++;
            sheet.Cell(row, 1).Value = c.Reference;
            sheet.Cell(row, 2).Value = c.SupplierName;
            sheet.Cell(row, 3).Value = c.Question;
            sheet.Cell(row, 4).Value = $"{UkTime.Format(c.SentAt)} by {c.SentByName}";
            sheet.Cell(row, 5).Value = UkTime.Format(c.RespondBy);
            sheet.Cell(row, 6).Value = c.Answer ?? (c.Overdue ? "Not answered within the time limit." : "Awaiting the bidder's answer.");
            sheet.Cell(row, 7).Value = c.AnsweredAt is null ? "" : $"{UkTime.Format(c.AnsweredAt)} by {c.AnsweredByName}";
        }
        Widths(sheet, 10, 30, 60, 28, 20, 60, 28);
    }

    private static void Recommendation(IXLWorksheet sheet, EvaluationResultsView view)
    {
        if (view.Recommendation is not { } r)
        {
            sheet.Cell(1, 1).Value = "No award recommendation has been made yet.";
            return;
        }
        var facts = new (string Label, string Value)[]
        {
            ("Recommended bidder", r.SupplierName), ("Rank", r.Rank.ToString()), ("Rationale", r.Rationale),
            ("Reason for departing from the ranking", r.DepartureReason ?? "Not departing: the bid ranked first"),
            ("Recommended by", $"{r.RecommendedByName} on {UkTime.Format(r.RecommendedAt)}"), ("Named approver", r.ApproverLabel), ("Decision", Decision(r)),
        };
        for (var i = 0; i < facts.Length; i++)
        {
            sheet.Cell(i + 1, 1).Value = facts[i].Label;
            sheet.Cell(i + 1, 1).Style.Font.Bold = true;
            sheet.Cell(i + 1, 2).Value = facts[i].Value;
        }
        Widths(sheet, 36, 100);
    }

    private static void Number(IXLCell cell, decimal value, string format = "0.00")
    {
        cell.Value = value;
        cell.Style.NumberFormat.Format = format;
    }
}
