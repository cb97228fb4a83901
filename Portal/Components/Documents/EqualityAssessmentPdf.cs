using Portal.Domain.Common;
using System.Globalization;
using Portal.Components.Equality;
using Portal.Components.PublicRegister;
using Portal.Domain.Equality;

namespace Portal.Components.Documents;

/// <summary>
/// Draws an equality impact assessment as the office's EIA form (seed 001): the policy's title, department and date,
/// then each numbered section, with all nine protected characteristics of the Equality Act 2010 under data, research,
/// consultation and conclusions, and a table of each characteristic's impact and mitigation.
/// </summary>
public static class EqualityAssessmentPdf
{
    private const string NotCompleted = "Not completed.";

    private sealed record Assurance(string Status, string? Author, DateOnly? SubmittedOn, string? Reviewer, DateOnly? ReviewedOn, string? Comments);

    public static byte[] Render(EqualityAssessmentView view) => Render(view.Reference, view.Content, new Assurance(
        view.Status switch
        {
            EiaStatus.Passed => "Passed quality assurance",
            EiaStatus.SubmittedForQa => "Submitted for quality assurance",
            EiaStatus.Returned => "Returned to its author for changes",
            _ => "Draft",
        },
        view.AuthorName, view.SubmittedAt is { } s ? UkTime.DateOf(s) : null,
        view.ReviewerName, view.ReviewedAt is { } r ? UkTime.DateOf(r) : null, view.ReviewComments), published: false);

    public static byte[] Render(PublishedEqualityAssessment published) => Render(published.Reference, published.Content,
        new Assurance("Passed quality assurance", null, null, null, published.PassedOn, null), published: true);

    private static byte[] Render(string reference, EqualityAssessmentContent c, Assurance assurance, bool published)
    {
        using var pdf = new PdfLayout($"Equality impact assessment: {c.TitleOfPolicy}", "Equality impact assessment");
        pdf.Heading("Equality Impact Assessment", pdf.Title, before: 0);
        pdf.Paragraphs("The purpose of this EIA is to ensure equality issues are considered as part of decision making when developing or " +
            "reviewing a policy or procedure. It is quality assured by the Commissioner's Office before the policy is published.", pdf.Italic, PdfLayout.Muted);
        pdf.Space(4);
        pdf.Field("Title of policy/procedure:", Or(c.TitleOfPolicy));
        pdf.Field("Department:", Or(c.Department));
        pdf.Field("Date:", Date(c.AssessmentDate));

        pdf.Heading("1. Identify the aims and purpose of the policy", pdf.Heading1, before: 14);
        Text(pdf, c.AimsAndPurpose);

        pdf.Heading("2. Identify the individuals and organisations who are likely to have an interest in, or be affected by the policy", pdf.Heading1);
        Text(pdf, c.WhoIsAffected);

        Numbered(pdf, c, 3, "Data",
            "Summarise the findings of any monitoring data or information considered regarding the impact of this policy on people from all or any of the protected groups. This could include national or local data.",
            c.DataSummary, a => a.Data);
        Numbered(pdf, c, 4, "Research",
            "Summarise the findings of any research considered regarding this policy for all or any of the protected groups.",
            c.ResearchSummary, a => a.Research);
        Numbered(pdf, c, 5, "Consultation",
            "Summarise the opinions of any consultation for all or any of the protected groups: who was consulted and how. If there was no consultation, justify why.",
            c.ConsultationSummary, a => a.Consultation);
        Numbered(pdf, c, 6, "Conclusions",
            "Taking into account the results of the monitoring, research and consultation, set out how the policy impacts or could impact on people from the protected groups (positive and/or negative impacts).",
            c.ConclusionsSummary, a => a.Conclusion);

        pdf.Heading("Impact on each protected characteristic", pdf.Heading2, before: 8);
        pdf.Row(new PdfCell(0.28, "Characteristic", pdf.Bold, Shaded: true), new PdfCell(0.14, "Impact", pdf.Bold, Shaded: true),
            new PdfCell(0.58, "Mitigation", pdf.Bold, Shaded: true));
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            var a = c.For(characteristic);
            pdf.Row(new PdfCell(0.28, characteristic.Describe(), pdf.Body), new PdfCell(0.14, a.Impact?.ToString() ?? "Not assessed", a.Impact == Impact.Negative ? pdf.Bold : pdf.Body),
                new PdfCell(0.58, string.IsNullOrWhiteSpace(a.Mitigation) ? (a.Impact == Impact.Negative ? "None given" : "—") : a.Mitigation.Trim(), pdf.Body));
        }

        pdf.Heading("7. Decisions", pdf.Heading1, before: 14);
        pdf.Paragraphs("If the policy will have a negative impact on members of one or more of the protected groups, explain how the policy will change or why it is to continue in the same way. If no changes are proposed, the policy needs to be objectively justified.", pdf.Italic, PdfLayout.Muted);
        Text(pdf, c.Decisions);

        pdf.Heading("8. Monitoring arrangements", pdf.Heading1);
        pdf.Heading("If the policy is new, what consideration has been given to piloting it?", pdf.Heading2, PdfLayout.Ink, before: 2);
        Text(pdf, c.PilotConsideration);
        pdf.Heading("What arrangements have been made to monitor the effects of the policy on equality and diversity?", pdf.Heading2, PdfLayout.Ink, before: 2);
        Text(pdf, c.MonitoringArrangements);

        pdf.Space(6);
        pdf.Paragraphs(c.Publish
            ? "This equality impact assessment will be published on the Commissioner's website."
            : "This equality impact assessment will not be published.", pdf.Bold);

        pdf.Space(10);
        pdf.BoxTitle("Quality assurance");
        pdf.Field("Status", assurance.Status);
        if (!published && assurance.Author is not null) pdf.Field("Author", assurance.Author + (assurance.SubmittedOn is { } sub ? $", submitted {Date(sub)}" : ""));
        if (!published && assurance.Reviewer is not null) pdf.Field("Equality lead", assurance.Reviewer);
        if (assurance.ReviewedOn is { } reviewed) pdf.Field(published ? "Passed" : "Reviewed", Date(reviewed));
        if (!published && assurance.Comments is not null) pdf.Field("Comments", assurance.Comments);

        var header = published ? $"{reference} · published on the public register" : $"{reference} · {assurance.Status.ToLowerInvariant()}";
        return pdf.Finish("The Commissioner's Office · Equality impact assessment", header, $"{reference} · {Truncate(Or(c.TitleOfPolicy), 80)}");
    }

    private static void Numbered(PdfLayout pdf, EqualityAssessmentContent c, int number, string title, string prompt, string summary,
        Func<CharacteristicAssessment, string> text)
    {
        pdf.Heading($"{number}. {title}", pdf.Heading1, before: 14);
        pdf.Paragraphs(prompt, pdf.Italic, PdfLayout.Muted);
        if (!string.IsNullOrWhiteSpace(summary)) pdf.Paragraphs(summary);
        var index = 1;
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            var assessment = c.For(characteristic);
            pdf.Heading($"{number}.{index++} {characteristic.Describe()}", pdf.Heading2, before: 4);
            Text(pdf, text(assessment));
            if (number == 6 && assessment.Impact is { } impact)
                pdf.Paragraphs($"Impact: {impact}" + (string.IsNullOrWhiteSpace(assessment.Mitigation) ? "" : $". Mitigation: {assessment.Mitigation.Trim()}"), pdf.Bold);
        }
    }

    private static void Text(PdfLayout pdf, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) pdf.Note(NotCompleted);
        else pdf.Paragraphs(text);
    }

    private static string Or(string text) => string.IsNullOrWhiteSpace(text) ? NotCompleted : text.Trim();

    private static string Date(DateOnly? date) => date is { } value ? UkTime.LongDate(value) : NotCompleted;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
