using System.Text.Json;
using Portal.Domain.Equality;

namespace Portal.Components.Equality;

/// <summary>
/// The page's editable copy of an EIA. It turns back into <see cref="EqualityAssessmentContent"/> for the rules and the
/// service, and remembers what was last saved so the page knows whether anything typed is still unsaved.
/// </summary>
public sealed class EqualityAssessmentForm
{
    public static readonly string TooLongMessage = $"Keep each answer to {EqualityAssessmentRules.TextMaxLength:N0} characters.";

    private string _savedSnapshot = "";

    public string TitleOfPolicy { get; set; } = "";
    public string Department { get; set; } = "";
    public DateTime? AssessmentDate { get; set; }

    /// <summary>The date as a date input holds it (yyyy-MM-dd); anything else clears it.</summary>
    public string? AssessmentDateText
    {
        get => AssessmentDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        set => AssessmentDate = DateTime.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date) ? date : null;
    }
    public string AimsAndPurpose { get; set; } = "";
    public string WhoIsAffected { get; set; } = "";
    public string DataSummary { get; set; } = "";
    public string ResearchSummary { get; set; } = "";
    public string ConsultationSummary { get; set; } = "";
    public string ConclusionsSummary { get; set; } = "";
    public List<CharacteristicForm> Characteristics { get; } = [];
    public string Decisions { get; set; } = "";
    public string PilotConsideration { get; set; } = "";
    public string MonitoringArrangements { get; set; } = "";
    public bool Publish { get; set; } = true;

    public static EqualityAssessmentForm From(EqualityAssessmentContent content, bool saved)
    {
        var form = new EqualityAssessmentForm
        {
            TitleOfPolicy = content.TitleOfPolicy,
            Department = content.Department,
            AssessmentDate = content.AssessmentDate?.ToDateTime(TimeOnly.MinValue),
            AimsAndPurpose = content.AimsAndPurpose,
            WhoIsAffected = content.WhoIsAffected,
            DataSummary = content.DataSummary,
            ResearchSummary = content.ResearchSummary,
            ConsultationSummary = content.ConsultationSummary,
            ConclusionsSummary = content.ConclusionsSummary,
            Decisions = content.Decisions,
            PilotConsideration = content.PilotConsideration,
            MonitoringArrangements = content.MonitoringArrangements,
            Publish = content.Publish,
        };
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
            form.Characteristics.Add(CharacteristicForm.From(content.For(characteristic)));
        // An EIA not yet stored starts with suggestions from the commission, which still need saving.
        form._savedSnapshot = saved ? form.Snapshot() : "";
        return form;
    }

    public EqualityAssessmentContent ToContent() => new()
    {
        TitleOfPolicy = TitleOfPolicy ?? "",
        Department = Department ?? "",
        AssessmentDate = AssessmentDate is { } date ? DateOnly.FromDateTime(date) : null,
        AimsAndPurpose = AimsAndPurpose ?? "",
        WhoIsAffected = WhoIsAffected ?? "",
        DataSummary = DataSummary ?? "",
        ResearchSummary = ResearchSummary ?? "",
        ConsultationSummary = ConsultationSummary ?? "",
        ConclusionsSummary = ConclusionsSummary ?? "",
        Characteristics = Characteristics.Select(c => c.ToAssessment()).ToList(),
        Decisions = Decisions ?? "",
        PilotConsideration = PilotConsideration ?? "",
        MonitoringArrangements = MonitoringArrangements ?? "",
        Publish = Publish,
    };

    public CharacteristicForm For(ProtectedCharacteristic characteristic) => Characteristics.Single(c => c.Characteristic == characteristic);

    public bool HasUnsavedChanges => Snapshot() != _savedSnapshot;

    /// <summary>True when any answer is longer than the form accepts; such a form is never sent to be saved.</summary>
    public bool HasTooLongAnswer => EqualityAssessmentRules.TooLong(ToContent()).Count > 0;

    public string Snapshot() => JsonSerializer.Serialize(ToContent());

    /// <summary>Marks the given snapshot as the stored version (typing that happened while it was saved stays unsaved).</summary>
    public void MarkSaved(string snapshot) => _savedSnapshot = snapshot;

    public static bool IsTooLong(string? text) => text?.Length > EqualityAssessmentRules.TextMaxLength;
}

public sealed class CharacteristicForm
{
    public ProtectedCharacteristic Characteristic { get; init; }
    public string Data { get; set; } = "";
    public string Research { get; set; } = "";
    public string Consultation { get; set; } = "";
    public string Conclusion { get; set; } = "";
    public Impact? Impact { get; set; }
    public string Mitigation { get; set; } = "";

    public string Key => $"characteristic-{Characteristic}";

    /// <summary>Its number in sections 3 to 6 of the form: 3.1 is the data for age.</summary>
    public int Number => (int)Characteristic + 1;

    public bool IsAssessed => ToAssessment().IsAssessed;

    public bool NeedsMitigation => Impact == Domain.Equality.Impact.Negative;

    public static CharacteristicForm From(CharacteristicAssessment a) => new()
    {
        Characteristic = a.Characteristic,
        Data = a.Data,
        Research = a.Research,
        Consultation = a.Consultation,
        Conclusion = a.Conclusion,
        Impact = a.Impact,
        Mitigation = a.Mitigation,
    };

    public CharacteristicAssessment ToAssessment() =>
        new(Characteristic, Data ?? "", Research ?? "", Consultation ?? "", Conclusion ?? "", Impact, Mitigation ?? "");
}
