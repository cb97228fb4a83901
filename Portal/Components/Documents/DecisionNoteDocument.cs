using Portal.Components.DecisionNotes;
using Portal.Components.PublicRegister;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Equality;
using Portal.Domain.Identity;

namespace Portal.Components.Documents;

internal sealed record SignOffLine(string Comment, string? SignerName, DateOnly? SignedOn);

internal sealed record DecisionLine(string Outcome, string? Rationale, string? CommissionerName, DateOnly? DecidedOn);

internal sealed record AttachmentLine(string Kind, string Name, long Size, string Sha256, bool IsAppendix);

/// <summary>
/// What a decision-note PDF prints, from either source: the office's full note, or the published note of the public
/// register. The published form carries only what the register publishes — its redacted sections have no text at all,
/// so the renderer cannot print what the register withheld.
/// </summary>
internal sealed record DecisionNoteDocument
{
    public required string Reference { get; init; }
    public required string Title { get; init; }
    public string? DecisionNumber { get; init; }
    public bool IsPublished { get; init; }

    /// <summary>The version printed, and whether a later one has replaced it; null on the published form.</summary>
    public int? Version { get; init; }
    public bool IsSupersededVersion { get; init; }

    /// <summary>The form's non-narrative answers (relates-to, urgency, policy, deferral...); only on the office's form.</summary>
    public DecisionNoteContent? Form { get; init; }

    /// <summary>Narrative text by section key (see <see cref="DecisionNoteSections"/>).</summary>
    public required IReadOnlyDictionary<string, string> Texts { get; init; }

    /// <summary>
    /// On the published form, the sections withheld (no text is present for them); on the office's form, the sections
    /// the note asks to redact when it is published.
    /// </summary>
    public IReadOnlySet<string> Redacted { get; init; } = new HashSet<string>();

    public ValueSummary? Value { get; init; }
    public SignOffLine? ChiefExecutive { get; init; }
    public SignOffLine? MonitoringOfficer { get; init; }
    public SignOffLine? Section151Officer { get; init; }
    public DecisionLine? Decision { get; init; }
    public string? EqualityAssessmentStatus { get; init; }
    public IReadOnlyList<AttachmentLine> Attachments { get; init; } = [];
    public bool AppendicesRedacted { get; init; }

    public string? Text(string key) => Texts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>The office's note as its page shows it, optionally at an earlier version of its content.</summary>
    public static DecisionNoteDocument FromView(DecisionNoteView view, int? version = null, DecisionNoteContent? versionContent = null)
    {
        var printed = versionContent ?? view.Content;
        var number = version ?? view.CurrentVersion;
        var isCurrent = number == view.CurrentVersion;
        SignOffLine? SignOff(ApproverPosition position)
        {
            var signOff = view.SignOffs.Where(s => s.Position == position && s.NoteVersion == number).MaxBy(s => s.SignedAt);
            return signOff is null ? null : new SignOffLine(signOff.Comment, signOff.SignerName, UkTime.DateOf(signOff.SignedAt));
        }
        var decided = isCurrent && view.DecisionRecordedAt is { } at
            ? new DecisionLine(view.State == CommissionState.Declined ? "Declined" : "Approved", view.DecisionRationale, view.CommissionerName, UkTime.DateOf(at))
            : null;
        return new DecisionNoteDocument
        {
            Reference = view.Reference,
            Title = printed.Title,
            DecisionNumber = isCurrent ? view.DecisionNumber : null,
            Version = number,
            IsSupersededVersion = !isCurrent,
            Form = printed,
            Texts = TextsOf(printed),
            Redacted = printed.RedactNote == true ? printed.RedactedSections.ToHashSet() : new HashSet<string>(),
            Value = isCurrent ? view.Value : null,
            ChiefExecutive = SignOff(ApproverPosition.ChiefExecutive),
            MonitoringOfficer = SignOff(ApproverPosition.MonitoringOfficer),
            Section151Officer = SignOff(ApproverPosition.Section151Officer),
            Decision = decided,
            EqualityAssessmentStatus = view.EqualityAssessmentStatus switch
            {
                EiaStatus.Passed => "The equality impact assessment has passed quality assurance.",
                EiaStatus.SubmittedForQa => "The equality impact assessment is with the equality lead for quality assurance.",
                EiaStatus.Returned => "The equality impact assessment was returned to its author for changes.",
                EiaStatus.Draft => "The equality impact assessment is in draft.",
                _ => "No equality impact assessment has been started.",
            },
            Attachments = view.Attachments.Select(a => new AttachmentLine(a.Kind.Describe(), a.OriginalName, a.Size, a.Sha256, a.IsAppendix)).ToList(),
        };
    }

    /// <summary>The note as the public register publishes it: redactions already applied by the register.</summary>
    public static DecisionNoteDocument FromPublished(PublishedDecision decision) => new()
    {
        Reference = decision.DecisionNumber,
        Title = decision.Title,
        DecisionNumber = decision.DecisionNumber,
        IsPublished = true,
        Texts = decision.Sections.Where(s => !s.IsRedacted && s.Text is not null).ToDictionary(s => s.Key, s => s.Text!),
        Redacted = decision.Sections.Where(s => s.IsRedacted).Select(s => s.Key).ToHashSet(),
        ChiefExecutive = decision.ChiefExecutiveRecommendation is { } ce ? new SignOffLine(ce, null, null) : null,
        MonitoringOfficer = decision.MonitoringOfficerComments is { } mo ? new SignOffLine(mo, null, null) : null,
        Section151Officer = decision.Section151OfficerComments is { } s151 ? new SignOffLine(s151, null, null) : null,
        Decision = new DecisionLine(decision.Approved ? "Approved" : "Declined", decision.Rationale, null, decision.DecidedOn),
        EqualityAssessmentStatus = decision.HasEqualityAssessment ? "The equality impact assessment is published on the register." : null,
        Attachments = decision.Appendices.Select(a => new AttachmentLine("Appendix", a.Name, a.Size, a.Sha256, true)).ToList(),
        AppendicesRedacted = decision.AppendicesRedacted,
    };

    private static Dictionary<string, string> TextsOf(DecisionNoteContent note) => new()
    {
        ["title"] = note.Title,
        ["summary"] = note.Summary,
        ["recommendation"] = note.Recommendation,
        ["introduction"] = note.IntroductionAndBackground,
        ["service-aims"] = note.ServiceAims,
        ["staffing"] = note.StaffingAndCapacity,
        ["outcomes"] = note.OutcomesAndMeasures,
        ["performance-monitoring"] = note.PerformanceMonitoring,
        ["procurement-route"] = note.ProcurementRouteNarrative,
        ["procurement-timetable"] = note.ProcurementTimetable,
        ["issues"] = note.IssuesForConsideration,
        ["other-options"] = note.OtherOptionsConsidered,
        ["consultation"] = note.ConsultationAndEngagement,
        ["legal"] = note.LegalComments,
        ["equality"] = note.EqualityComments,
        ["background-papers"] = note.BackgroundPapers,
    };
}
