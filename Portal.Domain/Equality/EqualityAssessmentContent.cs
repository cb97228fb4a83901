namespace Portal.Domain.Equality;

/// <summary>The nine protected characteristics of the Equality Act 2010, section 4.</summary>
public enum ProtectedCharacteristic
{
    Age,
    Disability,
    GenderReassignment,
    MarriageAndCivilPartnership,
    PregnancyAndMaternity,
    Race,
    ReligionOrBelief,
    Sex,
    SexualOrientation,
}

public enum Impact { Positive, Neutral, Negative }

public sealed record CharacteristicAssessment(
    ProtectedCharacteristic Characteristic,
    string Data = "",
    string Research = "",
    string Consultation = "",
    string Conclusion = "",
    Impact? Impact = null,
    string Mitigation = "")
{
    public bool IsAssessed => !string.IsNullOrWhiteSpace(Conclusion) && Impact is not null
        && (Impact != Equality.Impact.Negative || !string.IsNullOrWhiteSpace(Mitigation));
}

/// <summary>Every section of the office's EIA form (seed 001), with all nine characteristics where the form has seven.</summary>
public sealed record EqualityAssessmentContent
{
    public string TitleOfPolicy { get; init; } = "";
    public string Department { get; init; } = "";
    public DateOnly? AssessmentDate { get; init; }
    public string AimsAndPurpose { get; init; } = "";
    public string WhoIsAffected { get; init; } = "";
    public string DataSummary { get; init; } = "";
    public string ResearchSummary { get; init; } = "";
    public string ConsultationSummary { get; init; } = "";
    public string ConclusionsSummary { get; init; } = "";
    public IReadOnlyList<CharacteristicAssessment> Characteristics { get; init; } =
        Enum.GetValues<ProtectedCharacteristic>().Select(c => new CharacteristicAssessment(c)).ToList();
    public string Decisions { get; init; } = "";
    public string PilotConsideration { get; init; } = "";
    public string MonitoringArrangements { get; init; } = "";
    public bool Publish { get; init; } = true;

    public CharacteristicAssessment For(ProtectedCharacteristic characteristic) =>
        Characteristics.FirstOrDefault(c => c.Characteristic == characteristic) ?? new CharacteristicAssessment(characteristic);

    public int AssessedCount => Enum.GetValues<ProtectedCharacteristic>().Count(c => For(c).IsAssessed);
}

public static class ProtectedCharacteristics
{
    public static string Describe(this ProtectedCharacteristic characteristic) => characteristic switch
    {
        ProtectedCharacteristic.GenderReassignment => "Gender reassignment",
        ProtectedCharacteristic.MarriageAndCivilPartnership => "Marriage and civil partnership",
        ProtectedCharacteristic.PregnancyAndMaternity => "Pregnancy and maternity",
        ProtectedCharacteristic.ReligionOrBelief => "Religion or belief",
        ProtectedCharacteristic.SexualOrientation => "Sexual orientation",
        _ => characteristic.ToString(),
    };
}
