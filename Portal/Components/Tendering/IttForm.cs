using System.Text.Json;
using Portal.Domain.Calendar;
using Portal.Domain.Tendering;

namespace Portal.Components.Tendering;

/// <summary>
/// The builder's editable copy of an ITT. It turns back into <see cref="IttContent"/> for the rules and the service, and
/// remembers what was last saved so the page knows whether anything typed is still unsaved.
/// </summary>
public sealed class IttForm
{
    /// <summary>The time a deadline is given when its date is first set: the seed's tender deadline is 12 noon.</summary>
    public static readonly TimeOnly DefaultDeadlineTime = new(12, 0);

    private string _savedSnapshot = "";

    public Guid? LotId { get; set; }
    public List<ComplianceQuestionForm> ComplianceQuestions { get; } = [];
    public List<QualityQuestionForm> QualityQuestions { get; } = [];
    public int PriceWeightingPercent { get; set; }
    public int SocialValueWeightingPercent { get; set; }
    public PriceScoringFormula PriceScoringFormula { get; set; }
    public ProcurementRegime Regime { get; set; }
    public int? VoluntaryStandstillDays { get; set; }
    public Dictionary<TimetablePhase, PhaseDateForm> Dates { get; } = Enum.GetValues<TimetablePhase>().ToDictionary(p => p, _ => new PhaseDateForm());

    public static IttForm From(IttContent content)
    {
        var form = new IttForm
        {
            LotId = content.LotId,
            PriceWeightingPercent = content.PriceWeightingPercent,
            SocialValueWeightingPercent = content.SocialValueWeightingPercent,
            PriceScoringFormula = content.PriceScoringFormula,
            Regime = content.Regime,
            VoluntaryStandstillDays = content.VoluntaryStandstillDays,
        };
        form.ComplianceQuestions.AddRange(content.ComplianceQuestions.Select(q => new ComplianceQuestionForm { Text = q.Text }));
        form.QualityQuestions.AddRange(content.QualityQuestions.Select(QualityQuestionForm.From));
        foreach (var entry in content.Timetable) form.Dates[entry.Phase] = new PhaseDateForm { Date = entry.Date, Time = entry.Time };
        form._savedSnapshot = form.Snapshot();
        return form;
    }

    public IttContent ToContent() => new()
    {
        LotId = LotId,
        ComplianceQuestions = ComplianceQuestions.Select(q => new ComplianceQuestion(q.Text ?? "")).ToList(),
        QualityQuestions = QualityQuestions.Select(q => q.ToQuestion()).ToList(),
        PriceWeightingPercent = PriceWeightingPercent,
        SocialValueWeightingPercent = SocialValueWeightingPercent,
        PriceScoringFormula = PriceScoringFormula,
        Regime = Regime,
        VoluntaryStandstillDays = VoluntaryStandstillDays,
        Timetable = Dates.Where(d => d.Value.Date is not null).OrderBy(d => d.Key)
            .Select(d => new TimetableEntry(d.Key, d.Value.Date!.Value, Timetable.Deadlines.Contains(d.Key) ? d.Value.Time : null)).ToList(),
    };

    public Timetable BuildTimetable() => ToContent().BuildTimetable();

    /// <summary>Takes a timetable's dates (after moving later dates, say), keeping the regime and standstill as they are.</summary>
    public void UseDates(Timetable timetable)
    {
        foreach (var phase in Enum.GetValues<TimetablePhase>())
            Dates[phase] = timetable[phase] is { } entry ? new PhaseDateForm { Date = entry.Date, Time = entry.Time } : new PhaseDateForm();
    }

    public int WeightTotal => ToContent().WeightTotal;

    public bool HasUnsavedChanges => Snapshot() != _savedSnapshot;

    public string Snapshot() => JsonSerializer.Serialize(ToContent());

    /// <summary>Marks the given snapshot as the stored version (typing that happened while it was saved stays unsaved).</summary>
    public void MarkSaved(string snapshot) => _savedSnapshot = snapshot;
}

public sealed class ComplianceQuestionForm
{
    /// <summary>Identifies the question on the page while questions are added, removed and moved.</summary>
    public Guid Key { get; } = Guid.NewGuid();
    public string Text { get; set; } = "";
}

public sealed class QualityQuestionForm
{
    public const int DefaultWordLimit = 500;

    public Guid Key { get; } = Guid.NewGuid();
    public string Text { get; set; } = "";
    public int WeightingPercent { get; set; }
    public int WordLimit { get; set; } = DefaultWordLimit;
    public bool AllowsAttachments { get; set; }

    /// <summary>The descriptor for each score, 0 to 5.</summary>
    public string[] Descriptors { get; } = new string[IttRules.ScoreCount];

    public static QualityQuestionForm From(QualityQuestion question)
    {
        var form = new QualityQuestionForm { Text = question.Text, WeightingPercent = question.WeightingPercent, WordLimit = question.WordLimit,
            AllowsAttachments = question.AllowsAttachments };
        for (var score = 0; score < IttRules.ScoreCount; score++) form.Descriptors[score] = question.DescriptorFor(score);
        return form;
    }

    public QualityQuestion ToQuestion() => new(Text ?? "", WeightingPercent, WordLimit, Descriptors.Select(d => d ?? "").ToList(),
        AllowsAttachments);
}

public sealed class PhaseDateForm
{
    public DateOnly? Date { get; set; }

    /// <summary>UK local time of day, for the deadlines only.</summary>
    public TimeOnly? Time { get; set; }
}
