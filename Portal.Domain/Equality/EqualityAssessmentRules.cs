namespace Portal.Domain.Equality;

public sealed record EiaProblem(string SectionKey, string Message);

/// <summary>What an EIA needs before quality assurance, and the warnings a good reviewer would raise.</summary>
public static class EqualityAssessmentRules
{
    public const int TextMaxLength = 8000;

    public static IReadOnlyList<EiaProblem> Missing(EqualityAssessmentContent c)
    {
        var missing = new List<EiaProblem>();
        void Need(string key, string text, string label)
        {
            if (string.IsNullOrWhiteSpace(text)) missing.Add(new EiaProblem(key, $"Complete the {label}."));
        }
        Need("title", c.TitleOfPolicy, "title of the policy or procedure");
        Need("department", c.Department, "department");
        if (c.AssessmentDate is null) missing.Add(new EiaProblem("date", "Give the date of the assessment."));
        Need("aims", c.AimsAndPurpose, "aims and purpose");
        Need("affected", c.WhoIsAffected, "who is likely to be affected");
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            var assessment = c.For(characteristic);
            var key = $"characteristic-{characteristic}";
            if (string.IsNullOrWhiteSpace(assessment.Conclusion))
                missing.Add(new EiaProblem(key, $"{characteristic.Describe()}: set out the conclusion on its impact."));
            if (assessment.Impact is null)
                missing.Add(new EiaProblem(key, $"{characteristic.Describe()}: say whether the impact is positive, neutral or negative."));
            else if (assessment.Impact == Impact.Negative && string.IsNullOrWhiteSpace(assessment.Mitigation))
                missing.Add(new EiaProblem(key, $"{characteristic.Describe()}: a negative impact needs its mitigation."));
        }
        Need("decisions", c.Decisions, "decisions");
        Need("monitoring", c.MonitoringArrangements, "monitoring arrangements");
        return missing;
    }

    public static IReadOnlyList<EiaProblem> TooLong(EqualityAssessmentContent c)
    {
        var texts = new[] { c.TitleOfPolicy, c.Department, c.AimsAndPurpose, c.WhoIsAffected, c.DataSummary, c.ResearchSummary,
                c.ConsultationSummary, c.ConclusionsSummary, c.Decisions, c.PilotConsideration, c.MonitoringArrangements }
            .Concat(c.Characteristics.SelectMany(a => new[] { a.Data, a.Research, a.Consultation, a.Conclusion, a.Mitigation }));
        return texts.Any(t => t.Length > TextMaxLength)
            ? [new EiaProblem("form", $"Keep each answer to {TextMaxLength:N0} characters.")]
            : [];
    }

    /// <summary>
    /// Warns when every characteristic carries the same words in a column: an inspection found women's needs unmet behind
    /// an identical "available to all" for every group.
    /// </summary>
    public static IReadOnlyList<string> Warnings(EqualityAssessmentContent c)
    {
        var columns = new (string Label, Func<CharacteristicAssessment, string> Text)[]
        {
            ("data", a => a.Data), ("research", a => a.Research), ("consultation", a => a.Consultation), ("conclusions", a => a.Conclusion),
        };
        var all = Enum.GetValues<ProtectedCharacteristic>().Select(c.For).ToList();
        return columns
            .Where(column => all.Select(column.Text).Select(Normalise).Distinct().Count() == 1 && !string.IsNullOrWhiteSpace(column.Text(all[0])))
            .Select(column => $"Every characteristic has the same {column.Label} text. Say what is known about each group: " +
                "identical wording for every group can hide needs that go unmet.")
            .ToList();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
