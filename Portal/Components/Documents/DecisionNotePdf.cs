using System.Globalization;
using Portal.Components.PublicRegister;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;

namespace Portal.Components.Documents;

/// <summary>
/// Draws a decision note as the office's A4 "request for decision" form (seed 001), in the form's order: the first page
/// with what the decision relates to, the Commissioner's approval box, the office's box with the decision number, the
/// decision-making policy table, title, summary, recommendation and the Chief Executive's box; then the report and
/// advice, the report implications with the statutory officers' comments, and the closing parts of the form.
/// </summary>
public static class DecisionNotePdf
{
    private const string Office = "The Commissioner's Office";
    private const string NotCompleted = "Not completed.";

    public static byte[] Render(DecisionNotes.DecisionNoteView view, int? version = null, DecisionNoteContent? versionContent = null) =>
        Render(DecisionNoteDocument.FromView(view, version, versionContent));

    public static byte[] Render(PublishedDecision decision) => Render(DecisionNoteDocument.FromPublished(decision));

    internal static byte[] Render(DecisionNoteDocument d)
    {
        using var pdf = new PdfLayout($"Request for decision: {d.Title}", d.IsPublished ? "Published decision note" : "Decision note");
        FirstPage(pdf, d);
        ReportAndAdvice(pdf, d);
        Implications(pdf, d);
        ClosingParts(pdf, d);
        var headerRight = d.IsPublished
            ? $"Decision {d.DecisionNumber} · published on the public register"
            : $"{d.Reference} · version {d.Version}{(d.IsSupersededVersion ? " (superseded)" : "")}";
        var footer = d.DecisionNumber is { } number ? $"Decision number {number} · {Truncate(d.Title, 70)}" : $"{d.Reference} · {Truncate(d.Title, 80)}";
        return pdf.Finish($"{Office} · Request for decision", headerRight, footer);
    }

    private static void FirstPage(PdfLayout pdf, DecisionNoteDocument d)
    {
        pdf.Heading("Request for decision by the Commissioner", pdf.Title, before: 0);
        pdf.Paragraphs(d.Title, pdf.Heading2, PdfLayout.Ink);
        if (d.IsSupersededVersion)
            pdf.Note($"This is version {d.Version} of the note. A later version has replaced it; sign-offs shown are those given on this version.");
        pdf.Space(4);

        if (d.Form is { } form)
        {
            pdf.Row(new PdfCell(0.4, "", pdf.Bold, Shaded: true), new PdfCell(0.2, "Policing", pdf.Bold, true, true),
                new PdfCell(0.2, "Crime", pdf.Bold, true, true), new PdfCell(0.2, "Fire & Rescue", pdf.Bold, true, true));
            pdf.Row(new PdfCell(0.4, "This decision relates to:", pdf.Bold), new PdfCell(0.2, Mark(form.RelatesToPolicing), pdf.Bold, Centred: true),
                new PdfCell(0.2, Mark(form.RelatesToCrime), pdf.Bold, Centred: true), new PdfCell(0.2, Mark(form.RelatesToFireAndRescue), pdf.Bold, Centred: true));
            pdf.Space(10);
        }

        pdf.BoxTitle("APPROVAL (for completion by the Commissioner only)");
        if (d.Decision is { } decision)
        {
            pdf.Field("Decision", decision.Outcome);
            pdf.Field(decision.Outcome == "Declined" ? "Rationale for the decision" : "Rationale for approval", decision.Rationale ?? "None recorded.");
            if (!d.IsPublished) pdf.Field("Commissioner", decision.CommissionerName ?? "Not recorded");
            pdf.Field("Date", Date(decision.DecidedOn));
        }
        else
        {
            pdf.Field("Decision", d.IsSupersededVersion ? "Not decided on this version" : "Awaiting the Commissioner's decision");
        }
        pdf.Space(10);

        if (d.Form is { } f)
        {
            pdf.Field("Date decision required by", Date(f.DecisionRequiredBy));
            pdf.Field("If an urgent approval is required, please state reasons", f.IsUrgent ? Or(f.UrgencyReasons, "Urgent; no reasons given.") : "Not urgent.");
            pdf.Space(10);
        }

        pdf.BoxTitle("For completion by the Commissioner's Office only");
        pdf.Field("Decision number", d.DecisionNumber ?? "Allocated when the Commissioner records the decision");
        if (d.Decision?.DecidedOn is { } decidedOn) pdf.Field("Decision recorded", Date(decidedOn));
        pdf.Space(10);

        if (d.Form is { } policy)
        {
            pdf.Row(new PdfCell(0.7, "", pdf.Bold, Shaded: true), new PdfCell(0.15, "Yes", pdf.Bold, true, true), new PdfCell(0.15, "No", pdf.Bold, true, true));
            YesNo(pdf, "Has the required decision been considered under the guidance of the Commissioner's Decision Making Policy?", policy.ConsideredUnderDecisionMakingPolicy);
            YesNo(pdf, "Has the required decision been deemed to be a Key Decision as defined within the Commissioner's Decision Making Policy?", policy.IsKeyDecision);
            pdf.Row(new PdfCell(0.7, "Who is empowered to make the required decision?", pdf.Body), new PdfCell(0.3, Or(policy.EmpoweredToDecide, NotCompleted), pdf.Bold));
            pdf.Space(10);
        }

        pdf.Field("Title", d.Title, 0.18);
        Section(pdf, d, "summary", "Summary:", pdf.Heading2);
        Section(pdf, d, "recommendation", "Recommendation:", pdf.Heading2);

        // The register does not publish the Chief Executive's recommendation, so the published form has no such box.
        if (d.IsPublished) return;
        pdf.Space(6);
        pdf.BoxTitle("Chief Executive");
        if (d.ChiefExecutive is { } chief)
        {
            pdf.Field("Recommendation", chief.Comment);
            pdf.Field("Signed", chief.SignerName ?? "");
            pdf.Field("Date", Date(chief.SignedOn));
        }
        else
        {
            pdf.Field("Recommendation", "Not yet given on this version.");
        }
    }

    private static void ReportAndAdvice(PdfLayout pdf, DecisionNoteDocument d)
    {
        pdf.NewPage();
        pdf.Heading("REPORT AND ADVICE TO THE COMMISSIONER", pdf.Heading1, before: 0);
        pdf.HorizontalRule();
        Section(pdf, d, "introduction", "1. Introduction and background", pdf.Heading1);
        Section(pdf, d, "service-aims", "Service aims", pdf.Heading2);
        Section(pdf, d, "staffing", "Staffing / service capacity", pdf.Heading2);
        Section(pdf, d, "outcomes", "Outcomes and performance measures", pdf.Heading2);
        Section(pdf, d, "performance-monitoring", "Performance monitoring", pdf.Heading2);
        Section(pdf, d, "procurement-route", "Procurement", pdf.Heading2);
        Timetable(pdf, d);
        ValueAndRoute(pdf, d);
        Section(pdf, d, "issues", "2. Issues for consideration", pdf.Heading1);
        Section(pdf, d, "other-options", "3. What other options have been considered?", pdf.Heading1);
        Section(pdf, d, "consultation", "4. Consultation and engagement undertaken", pdf.Heading1);
    }

    private static void Implications(PdfLayout pdf, DecisionNoteDocument d)
    {
        pdf.Heading("REPORT IMPLICATIONS", pdf.Heading1, before: 16);
        pdf.HorizontalRule();
        Officer(pdf, d, "Monitoring Officer comments:", d.MonitoringOfficer);
        Officer(pdf, d, "Section 151 Officer comments:", d.Section151Officer);

        if (d.Form is { } form)
        {
            pdf.Space(8);
            pdf.Row(new PdfCell(0.7, "", pdf.Bold, Shaded: true), new PdfCell(0.15, "Yes", pdf.Bold, true, true), new PdfCell(0.15, "No", pdf.Bold, true, true));
            YesNo(pdf, "Has legal advice (outside of that provided by the Monitoring Officer) been sought on the content of this report?", form.LegalAdviceSought);
        }
        Section(pdf, d, "legal", "Legal comments:", pdf.Heading2);
        Section(pdf, d, "equality", "5. Equality comments", pdf.Heading1);
        if (d.EqualityAssessmentStatus is { } eia) pdf.Note(eia);
    }

    private static void ClosingParts(PdfLayout pdf, DecisionNoteDocument d)
    {
        Section(pdf, d, "background-papers", "6. Background / supporting papers", pdf.Heading1);
        Attachments(pdf, d);

        if (d.Form is not { } form) return;

        pdf.Heading("7. Public access to information", pdf.Heading1);
        pdf.Paragraphs(form.PublicAccessAllowed switch
        {
            true => "Yes",
            false => "No" + (string.IsNullOrWhiteSpace(form.PublicAccessReason) ? "" : " – " + form.PublicAccessReason.Trim()),
            null => NotCompleted,
        });

        pdf.Heading("8. Data Protection Impact Assessment", pdf.Heading1);
        pdf.Paragraphs(form.Dpia switch
        {
            DpiaStatus.NotRequired => "Not required.",
            DpiaStatus.ToBeCompletedAfterTender => "To be completed once the tender process is complete.",
            DpiaStatus.InProgress => "In progress.",
            DpiaStatus.Completed => "Completed.",
            _ => NotCompleted,
        });
        if (!string.IsNullOrWhiteSpace(form.DpiaNotes)) pdf.Paragraphs(form.DpiaNotes);

        pdf.Heading("9. Is the publication of this form to be deferred?", pdf.Heading1);
        pdf.Paragraphs(form.Deferral switch
        {
            PublicationDeferral.NotDeferred => "No.",
            PublicationDeferral.UntilDate => $"Yes – until {Date(form.DeferredUntil)}.",
            PublicationDeferral.UntilContractAwarded => "Yes – until the contract is awarded.",
            _ => NotCompleted,
        });
        if (form.Deferral is not PublicationDeferral.NotDeferred && !string.IsNullOrWhiteSpace(form.DeferralReason)) pdf.Paragraphs(form.DeferralReason);

        pdf.Heading("10. If the report is for publication, is redaction required?", pdf.Heading1);
        pdf.Row(new PdfCell(0.7, "", pdf.Bold, Shaded: true), new PdfCell(0.15, "Yes", pdf.Bold, true, true), new PdfCell(0.15, "No", pdf.Bold, true, true));
        YesNo(pdf, "Of the decision note?", form.RedactNote);
        YesNo(pdf, "Of the appendices?", form.RedactAppendices);
        if (form.RedactNote == true && form.RedactedSections.Count > 0)
        {
            var labels = DecisionNoteSections.All.Where(s => form.RedactedSections.Contains(s.Key)).Select(s => Capitalise(s.Label));
            pdf.Row(new PdfCell(0.3, "Sections redacted", pdf.Bold, Shaded: true), new PdfCell(0.7, string.Join("\n", labels), pdf.Body));
        }

        pdf.Space(14);
        pdf.BoxTitle("ORIGINATING OFFICER DECLARATION");
        pdf.Field("Author", Or(form.DeclarationAuthor, NotCompleted), 0.2);
        pdf.Field("Signed", form.DeclarationConfirmed ? $"Confirmed by {Or(form.DeclarationAuthor, "the author")} in the portal" : "Not confirmed", 0.2);
        pdf.Field("Date", Date(form.DeclarationDate), 0.2);
    }

    private static void Section(PdfLayout pdf, DecisionNoteDocument d, string key, string heading, PdfFont font)
    {
        var redacted = d.Redacted.Contains(key);
        var text = d.Text(key);
        if (d.IsPublished && !redacted && text is null) return;
        pdf.Heading(heading, font);
        if (d.IsPublished && redacted)
        {
            pdf.Note(PublicRegisterService.RedactedText);
            return;
        }
        if (redacted) pdf.Note("To be redacted when the note is published.");
        if (text is null) pdf.Note(NotCompleted);
        else pdf.Paragraphs(text);
    }

    /// <summary>The procurement timetable as the form's Phase / Date table when every line reads "phase: date".</summary>
    private static void Timetable(PdfLayout pdf, DecisionNoteDocument d)
    {
        var text = d.Text("procurement-timetable");
        var lines = text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (d.Redacted.Contains("procurement-timetable") || lines.Length == 0 || lines.Any(l => !l.Contains(": ", StringComparison.Ordinal)))
        {
            Section(pdf, d, "procurement-timetable", "Procurement timetable", pdf.Heading2);
            return;
        }
        pdf.Heading("Procurement timetable", pdf.Heading2);
        pdf.Paragraphs("The proposed procurement timetable is set out below.");
        pdf.Row(new PdfCell(0.62, "Phase", pdf.Bold, Shaded: true), new PdfCell(0.38, "Date", pdf.Bold, Shaded: true));
        foreach (var line in lines)
        {
            var split = line.LastIndexOf(": ", StringComparison.Ordinal);
            pdf.Row(new PdfCell(0.62, line[..split], pdf.Body), new PdfCell(0.38, line[(split + 2)..], pdf.Body));
        }
        pdf.Space(6);
    }

    private static void ValueAndRoute(PdfLayout pdf, DecisionNoteDocument d)
    {
        if (d.Form is not { } form) return;
        pdf.Heading("Value and route to market", pdf.Heading2);
        pdf.Field("Annual cost", Range(form.AnnualValueLow, form.AnnualValueHigh));
        pdf.Field("Initial term", form.InitialTermMonths is { } months
            ? $"{months} months" + (form.InitialTermStartsOn is { } start ? $", {Date(start)} to {Date(form.InitialTermEndsOn)}" : "")
            : NotCompleted);
        pdf.Field("Extension options", form.ExtensionOptionCount == 0 ? "None" : $"{form.ExtensionOptionCount} × {form.ExtensionOptionMonths} months");
        if (d.Value is { } value)
        {
            pdf.Field("Initial term total", Range(value.InitialLow, value.InitialHigh));
            pdf.Field("Full term total", Range(value.FullTermLow, value.FullTermHigh)
                + (value.FullTermMonths > 0 ? $" over {value.FullTermMonths} months" : "")
                + (value.FullTermEndsOn is { } end ? $", to {Date(end)}" : ""));
        }
        pdf.Field("Route to market", form.Route?.Describe() ?? NotCompleted);
        pdf.Field("Category of contract", Capitalise(ProcurementThresholds.Describe(form.Category)));
        if (d.Value?.Route is { } route) pdf.Field("Threshold", route.Explanation + "\nSource: " + route.Threshold.Source);
        pdf.Space(6);
    }

    private static void Officer(PdfLayout pdf, DecisionNoteDocument d, string heading, SignOffLine? signOff)
    {
        if (d.IsPublished && signOff is null) return;
        pdf.Heading(heading, pdf.Heading2);
        if (signOff is null)
        {
            pdf.Note("Not yet given on this version.");
            return;
        }
        pdf.Paragraphs(signOff.Comment);
        if (signOff.SignerName is not null)
        {
            pdf.Row(new PdfCell(0.12, "Signed", pdf.Bold, Shaded: true), new PdfCell(0.48, signOff.SignerName, pdf.Body),
                new PdfCell(0.12, "Date", pdf.Bold, Shaded: true), new PdfCell(0.28, Date(signOff.SignedOn), pdf.Body));
        }
    }

    private static void Attachments(PdfLayout pdf, DecisionNoteDocument d)
    {
        if (d.IsPublished && d.AppendicesRedacted)
        {
            pdf.Heading("Appendices", pdf.Heading2);
            pdf.Note("The appendices to this note have been redacted.");
            return;
        }
        if (d.Attachments.Count == 0) return;
        pdf.Heading(d.IsPublished ? "Appendices" : "Attached papers", pdf.Heading2);
        pdf.Row(new PdfCell(0.22, "Kind", pdf.Bold, Shaded: true), new PdfCell(0.38, "File", pdf.Bold, Shaded: true),
            new PdfCell(0.12, "Size", pdf.Bold, Shaded: true), new PdfCell(0.18, "SHA-256", pdf.Bold, Shaded: true), new PdfCell(0.10, "Appendix", pdf.Bold, Shaded: true));
        foreach (var a in d.Attachments)
        {
            pdf.Row(new PdfCell(0.22, a.Kind, pdf.Body), new PdfCell(0.38, a.Name, pdf.Body), new PdfCell(0.12, FileSize.Describe(a.Size), pdf.Body),
                new PdfCell(0.18, a.Sha256.Length > 12 ? a.Sha256[..12] : a.Sha256, pdf.Small), new PdfCell(0.10, a.IsAppendix ? "Yes" : "No", pdf.Body, Centred: true));
        }
        pdf.Space(6);
    }

    private static void YesNo(PdfLayout pdf, string question, bool? answer) =>
        pdf.Row(new PdfCell(0.7, question, pdf.Body), new PdfCell(0.15, answer == true ? "X" : "", pdf.Bold, Centred: true),
            new PdfCell(0.15, answer == false ? "X" : answer is null ? "–" : "", pdf.Bold, Centred: true));

    private static string Mark(bool value) => value ? "X" : "";

    private static string Range(Money? low, Money? high) => (low, high) switch
    {
        ({ } l, { } h) when l == h => l.ToString(),
        ({ } l, { } h) => $"{l} – {h}",
        ({ } l, null) => $"From {l}",
        (null, { } h) => $"Up to {h}",
        _ => NotCompleted,
    };

    private static string Date(DateOnly? date) => date is { } value ? UkTime.LongDate(value) : NotCompleted;

    private static string Or(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
