using Portal.Domain.Commissions;

namespace Portal.Domain.DecisionNotes;

public sealed record FieldProblem(string SectionKey, string Message);

/// <summary>What makes a note's content unacceptable to save at all (as opposed to incomplete, which only blocks submission).</summary>
public static class DecisionNoteValidation
{
    public static IReadOnlyList<FieldProblem> Problems(DecisionNoteContent c)
    {
        var problems = new List<FieldProblem>();
        foreach (var problem in c.Details.Problems()) problems.Add(new FieldProblem(SectionFor(problem), problem));
        CheckLength(problems, "urgency", c.UrgencyReasons, "reasons for urgency");
        CheckLength(problems, "decision-making-policy", c.EmpoweredToDecide, "who is empowered to decide", 200);
        foreach (var (key, text, label) in LongTexts(c)) CheckLength(problems, key, text, label);
        CheckLength(problems, "declaration", c.DeclarationAuthor, "author's name", 200);
        if (c.Deferral == PublicationDeferral.UntilDate && c.DeferredUntil is { } until && c.DecisionRequiredBy is { } required && until < required)
            problems.Add(new FieldProblem("deferral", "Publication cannot be deferred to a date before the decision is required."));
        foreach (var key in c.RedactedSections.Where(k => DecisionNoteSections.Redactable.All(s => s.Key != k)))
            problems.Add(new FieldProblem("redaction", $"'{key}' is not a part of the note that can be redacted."));
        return problems;
    }

    private static IEnumerable<(string Key, string Text, string Label)> LongTexts(DecisionNoteContent c) =>
    [
        ("introduction", c.IntroductionAndBackground, "introduction and background"),
        ("service-aims", c.ServiceAims, "service aims"),
        ("staffing", c.StaffingAndCapacity, "staffing and service capacity"),
        ("outcomes", c.OutcomesAndMeasures, "outcomes and performance measures"),
        ("performance-monitoring", c.PerformanceMonitoring, "performance monitoring"),
        ("procurement-route", c.ProcurementRouteNarrative, "procurement route"),
        ("procurement-timetable", c.ProcurementTimetable, "procurement timetable"),
        ("issues", c.IssuesForConsideration, "issues for consideration"),
        ("other-options", c.OtherOptionsConsidered, "other options considered"),
        ("consultation", c.ConsultationAndEngagement, "consultation and engagement"),
        ("legal", c.LegalComments, "legal comments"),
        ("equality", c.EqualityComments, "equality comments"),
        ("background-papers", c.BackgroundPapers, "background and supporting papers"),
        ("public-access", c.PublicAccessReason, "reason for withholding public access"),
        ("dpia", c.DpiaNotes, "DPIA notes"),
        ("deferral", c.DeferralReason, "reason for deferral"),
    ];

    private static void CheckLength(List<FieldProblem> problems, string key, string text, string label, int max = Commission.TextMaxLength)
    {
        if (text.Length > max) problems.Add(new FieldProblem(key, $"Keep the {label} to {max:N0} characters."));
    }

    private static string SectionFor(string detailsProblem) => detailsProblem switch
    {
        _ when detailsProblem.Contains("title", StringComparison.OrdinalIgnoreCase) => "title",
        _ when detailsProblem.Contains("summary", StringComparison.OrdinalIgnoreCase) => "summary",
        _ when detailsProblem.Contains("recommendation", StringComparison.OrdinalIgnoreCase) => "recommendation",
        _ => "value",
    };
}
