using Portal.Domain.Meetings;

namespace Portal.Components.BoardReports;

/// <summary>The board report's sentences, the same on the page, in the PDF and in the workbook.</summary>
public static class BoardReportText
{
    public static string NoReturns(BoardReport report) =>
        $"No returns were submitted for {report.Half.Label}, so there is no performance to report for it. Choose another half-year.";

    public static string Summary(BoardReport report) =>
        $"{report.Contracts.Count(c => c.HasReturns)} of {report.Contracts.Count} contract{(report.Contracts.Count == 1 ? "" : "s")} returned figures for the half-year. " +
        Rag(report.Rag, report.SelfReportedFigures, report.Contracts.Sum(c => c.VerifiedFigures));

    public static string Rag(RagCounts rag, int selfReported, int verified) =>
        $"Quarterly ratings: {rag.Green} green, {rag.Amber} amber, {rag.Red} red{(rag.NotRated > 0 ? $", {rag.NotRated} not rated" : "")}. " +
        $"{verified} figure{(verified == 1 ? "" : "s")} verified by an officer, {selfReported} self-reported.";

    public static string Actions(ContractSection section) =>
        $"{section.ActionsOpened} action{(section.ActionsOpened == 1 ? "" : "s")} raised and {section.ActionsClosed} closed in the half-year; " +
        (section.OverdueActions.Count == 0 ? "none overdue." : $"{section.OverdueActions.Count} overdue at its end:");
}
