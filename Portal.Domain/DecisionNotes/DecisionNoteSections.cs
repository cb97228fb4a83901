namespace Portal.Domain.DecisionNotes;

/// <summary>A part of the form: the key a page links to, the label a person reads, and whether submission needs it.</summary>
public sealed record DecisionNoteSection(string Key, string Label, bool IsMandatory, bool CanBeRedacted, Func<DecisionNoteContent, bool> IsComplete);

/// <summary>The form's parts in order, what makes each complete, and which may be redacted from the published note.</summary>
public static class DecisionNoteSections
{
    private static bool Has(string text) => !string.IsNullOrWhiteSpace(text);

    public static IReadOnlyList<DecisionNoteSection> All { get; } =
    [
        new("title", "title", true, false, c => Has(c.Title)),
        new("relates-to", "what the decision relates to", true, false, c => c.RelatesToPolicing || c.RelatesToCrime || c.RelatesToFireAndRescue),
        new("urgency", "reasons for urgency", true, false, c => !c.IsUrgent || Has(c.UrgencyReasons)),
        new("decision-required-by", "date the decision is required by", true, false, c => c.DecisionRequiredBy is not null),
        new("decision-making-policy", "decision-making policy answers", true, false, c => c.ConsideredUnderDecisionMakingPolicy is not null && c.IsKeyDecision is not null),
        new("summary", "summary", true, true, c => Has(c.Summary)),
        new("recommendation", "recommendation", true, false, c => Has(c.Recommendation)),
        new("introduction", "introduction and background", true, true, c => Has(c.IntroductionAndBackground)),
        new("service-aims", "service aims", true, true, c => Has(c.ServiceAims)),
        new("staffing", "staffing and service capacity", false, true, c => Has(c.StaffingAndCapacity)),
        new("outcomes", "outcomes and performance measures", true, true, c => Has(c.OutcomesAndMeasures)),
        new("performance-monitoring", "performance monitoring", false, true, c => Has(c.PerformanceMonitoring)),
        new("procurement-route", "procurement route", true, true, c => Has(c.ProcurementRouteNarrative)),
        new("procurement-timetable", "procurement timetable", true, true, c => Has(c.ProcurementTimetable)),
        new("value", "annual cost, term and extensions", false, false, c => c.AnnualValueLow is not null && c.AnnualValueHigh is not null && c.InitialTermMonths is not null && c.InitialTermStartsOn is not null),
        new("issues", "issues for consideration", true, true, c => Has(c.IssuesForConsideration)),
        new("other-options", "other options considered", true, true, c => Has(c.OtherOptionsConsidered)),
        new("consultation", "consultation and engagement", true, true, c => Has(c.ConsultationAndEngagement)),
        new("legal", "legal advice and legal comments", true, true, c => c.LegalAdviceSought is not null && (c.LegalAdviceSought == false || Has(c.LegalComments))),
        new("equality", "equality comments", true, true, c => Has(c.EqualityComments)),
        new("background-papers", "background and supporting papers", false, true, c => Has(c.BackgroundPapers)),
        new("public-access", "public access to information", true, false, c => c.PublicAccessAllowed is not null && (c.PublicAccessAllowed == true || Has(c.PublicAccessReason))),
        new("dpia", "data protection impact assessment", true, false, c => c.Dpia is not null),
        new("deferral", "publication deferral", true, false, c => c.Deferral is not null && (c.Deferral != PublicationDeferral.UntilDate || c.DeferredUntil is not null)),
        new("redaction", "redaction of the note and appendices", true, false, c => c.RedactNote is not null && c.RedactAppendices is not null && (c.RedactNote == false || c.RedactedSections.Count > 0)),
        new("declaration", "originating officer's declaration", true, false, c => Has(c.DeclarationAuthor) && c.DeclarationConfirmed && c.DeclarationDate is not null),
    ];

    public static IReadOnlyList<DecisionNoteSection> Missing(DecisionNoteContent content) =>
        All.Where(s => s.IsMandatory && !s.IsComplete(content)).ToList();

    public static IReadOnlyList<DecisionNoteSection> Redactable { get; } = All.Where(s => s.CanBeRedacted).ToList();
}
