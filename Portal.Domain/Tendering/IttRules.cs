using Portal.Domain.Calendar;

namespace Portal.Domain.Tendering;

/// <summary>The checks on an ITT: <see cref="Invalid"/> refuses a save; <see cref="ReadinessProblems"/> stops issue.</summary>
public static class IttRules
{
    public const int QuestionMaxLength = 2_000;
    public const int DescriptorMaxLength = 1_000;
    public const int TitleMaxLength = 200;
    public const int MaxWordLimit = 10_000;
    public const int ScoreCount = 6;
    public const int MaxQuestions = 100;

    /// <summary>Problems that make the content unsaveable, first most important.</summary>
    public static IReadOnlyList<string> Invalid(IttContent content)
    {
        var problems = new List<string>();
        if (content.ComplianceQuestions.Count > MaxQuestions || content.QualityQuestions.Count > MaxQuestions)
            problems.Add($"Keep to {MaxQuestions} questions of each kind.");
        for (var i = 0; i < content.ComplianceQuestions.Count; i++)
        {
            CheckText(problems, content.ComplianceQuestions[i].Text, $"Compliance question {i + 1}");
        }
        for (var i = 0; i < content.QualityQuestions.Count; i++)
        {
            var q = content.QualityQuestions[i];
            var name = $"Quality question {i + 1}";
            CheckText(problems, q.Text, name);
            CheckWeight(problems, q.WeightingPercent, $"{name}'s weighting");
            if (q.WordLimit is < 1 or > MaxWordLimit)
                problems.Add($"{name}'s word limit must be between 1 and {MaxWordLimit:N0} words.");
            if (q.Descriptors.Count > ScoreCount)
                problems.Add($"{name} has descriptors for more than the scores 0 to 5.");
            if (q.Descriptors.Any(d => d?.Length > DescriptorMaxLength))
                problems.Add($"Keep each of {name}'s descriptors to {DescriptorMaxLength:N0} characters.");
        }
        CheckWeight(problems, content.PriceWeightingPercent, "The price weighting");
        CheckWeight(problems, content.SocialValueWeightingPercent, "The social value weighting");
        if (content.VoluntaryStandstillDays is < 0 or > 365) problems.Add("The voluntary standstill must be between 0 and 365 days.");
        if (content.Timetable.GroupBy(e => e.Phase).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            problems.Add($"The timetable has more than one {Timetable.Label(duplicate.Key)}.");
        return problems;
    }

    /// <summary>What stops the ITT from being issued, each as a sentence.</summary>
    public static IReadOnlyList<string> ReadinessProblems(IttContent content, int documentCount)
    {
        var problems = new List<string>();
        if (content.LotId is null) problems.Add("Choose the lot.");
        if (documentCount == 0) problems.Add("Add at least one document.");
        if (content.QualityQuestions.Count == 0) problems.Add("Add at least one quality question.");
        for (var i = 0; i < content.QualityQuestions.Count; i++)
        {
            var q = content.QualityQuestions[i];
            var missing = Enumerable.Range(0, ScoreCount).Where(s => string.IsNullOrWhiteSpace(q.DescriptorFor(s))).ToList();
            if (missing.Count > 0)
                problems.Add($"Quality question {i + 1} needs a descriptor for score {string.Join(", ", missing)}.");
        }
        if (content.WeightTotal != 100) problems.Add($"The weights total {content.WeightTotal}%; they must total 100%.");
        foreach (var phase in new[] { TimetablePhase.ClarificationDeadline, TimetablePhase.TenderDeadline })
        {
            var entry = content.Timetable.FirstOrDefault(e => e.Phase == phase);
            if (entry is null) problems.Add($"Set the {Lower(phase)}.");
            else if (entry.Time is null) problems.Add($"Give the {Lower(phase)} a time of day.");
        }
        problems.AddRange(content.BuildTimetable().OutOfOrder().Select(w => "Put the timetable in order: " + w.Message));
        return problems;
    }

    private static string Lower(TimetablePhase phase) => Timetable.Label(phase).ToLowerInvariant();

    private static void CheckText(List<string> problems, string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) problems.Add($"{name} needs its text.");
        else if (text.Length > QuestionMaxLength) problems.Add($"Keep {name.ToLowerInvariant()} to {QuestionMaxLength:N0} characters.");
    }

    private static void CheckWeight(List<string> problems, int weight, string name)
    {
        if (weight is < 0 or > 100) problems.Add($"{name} must be between 0% and 100%.");
    }
}
