namespace Portal.Domain.DecisionNotes;

/// <summary>How each stored field of a note reads to a person, for the version comparison and the audit trail.</summary>
public static class DecisionNoteFieldLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        [nameof(DecisionNoteContent.Title)] = "Title",
        [nameof(DecisionNoteContent.RelatesToPolicing)] = "Relates to policing",
        [nameof(DecisionNoteContent.RelatesToCrime)] = "Relates to crime",
        [nameof(DecisionNoteContent.RelatesToFireAndRescue)] = "Relates to fire and rescue",
        [nameof(DecisionNoteContent.IsUrgent)] = "Urgent",
        [nameof(DecisionNoteContent.UrgencyReasons)] = "Reasons for urgency",
        [nameof(DecisionNoteContent.DecisionRequiredBy)] = "Decision required by",
        [nameof(DecisionNoteContent.ConsideredUnderDecisionMakingPolicy)] = "Considered under the decision-making policy",
        [nameof(DecisionNoteContent.IsKeyDecision)] = "Key decision",
        [nameof(DecisionNoteContent.EmpoweredToDecide)] = "Who is empowered to decide",
        [nameof(DecisionNoteContent.Summary)] = "Summary",
        [nameof(DecisionNoteContent.Recommendation)] = "Recommendation",
        [nameof(DecisionNoteContent.IntroductionAndBackground)] = "Introduction and background",
        [nameof(DecisionNoteContent.ServiceAims)] = "Service aims",
        [nameof(DecisionNoteContent.StaffingAndCapacity)] = "Staffing and service capacity",
        [nameof(DecisionNoteContent.OutcomesAndMeasures)] = "Outcomes and performance measures",
        [nameof(DecisionNoteContent.PerformanceMonitoring)] = "Performance monitoring",
        [nameof(DecisionNoteContent.ProcurementRouteNarrative)] = "Procurement route",
        [nameof(DecisionNoteContent.ProcurementTimetable)] = "Procurement timetable",
        [nameof(DecisionNoteContent.AnnualValueLow)] = "Annual cost from",
        [nameof(DecisionNoteContent.AnnualValueHigh)] = "Annual cost to",
        [nameof(DecisionNoteContent.InitialTermStartsOn)] = "Initial term starts",
        [nameof(DecisionNoteContent.InitialTermMonths)] = "Initial term (months)",
        [nameof(DecisionNoteContent.ExtensionOptionCount)] = "Extension options",
        [nameof(DecisionNoteContent.ExtensionOptionMonths)] = "Months per extension",
        [nameof(DecisionNoteContent.Route)] = "Route to market",
        [nameof(DecisionNoteContent.Category)] = "Category of contract",
        [nameof(DecisionNoteContent.IssuesForConsideration)] = "Issues for consideration",
        [nameof(DecisionNoteContent.OtherOptionsConsidered)] = "Other options considered",
        [nameof(DecisionNoteContent.ConsultationAndEngagement)] = "Consultation and engagement",
        [nameof(DecisionNoteContent.LegalAdviceSought)] = "Legal advice sought",
        [nameof(DecisionNoteContent.LegalComments)] = "Legal comments",
        [nameof(DecisionNoteContent.EqualityComments)] = "Equality comments",
        [nameof(DecisionNoteContent.BackgroundPapers)] = "Background and supporting papers",
        [nameof(DecisionNoteContent.PublicAccessAllowed)] = "Public access allowed",
        [nameof(DecisionNoteContent.PublicAccessReason)] = "Reason public access is withheld",
        [nameof(DecisionNoteContent.Dpia)] = "DPIA status",
        [nameof(DecisionNoteContent.DpiaNotes)] = "DPIA notes",
        [nameof(DecisionNoteContent.Deferral)] = "Publication deferral",
        [nameof(DecisionNoteContent.DeferredUntil)] = "Publication deferred until",
        [nameof(DecisionNoteContent.DeferralReason)] = "Reason for deferral",
        [nameof(DecisionNoteContent.RedactNote)] = "Redact the note",
        [nameof(DecisionNoteContent.RedactedSections)] = "Sections redacted",
        [nameof(DecisionNoteContent.RedactAppendices)] = "Redact the appendices",
        [nameof(DecisionNoteContent.DeclarationAuthor)] = "Originating officer",
        [nameof(DecisionNoteContent.DeclarationConfirmed)] = "Declaration confirmed",
        [nameof(DecisionNoteContent.DeclarationDate)] = "Declaration date",
    };

    public static string For(string field) => Labels.GetValueOrDefault(field, field);
}
