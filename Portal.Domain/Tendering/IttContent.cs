using Portal.Domain.Calendar;

namespace Portal.Domain.Tendering;

public enum IttDocumentKind { Specification, Terms, PricingSchedule, Questionnaire, Other }

/// <summary>How price is scored. LowestPriceRatio: lowest compliant price / bidder's price × price weight.</summary>
public enum PriceScoringFormula { LowestPriceRatio }

public sealed record ComplianceQuestion(string Text);

/// <summary>
/// A quality question scored 0 to 5; <see cref="Descriptors"/> holds the descriptor for each score, index 0 to 5.
/// <see cref="AllowsAttachments"/>: bidders may attach documents (a CV, a policy) in support of their answer.
/// </summary>
public sealed record QualityQuestion(string Text, int WeightingPercent, int WordLimit, IReadOnlyList<string> Descriptors,
    bool AllowsAttachments = false)
{
    public string DescriptorFor(int score) => score >= 0 && score < Descriptors.Count ? Descriptors[score] : "";
}

/// <summary>What the ITT builder edits: the lot, the questions, the weightings, the price formula and the timetable.</summary>
public sealed record IttContent
{
    public const int DefaultSocialValueWeightingPercent = 10;

    public Guid? LotId { get; init; }
    public IReadOnlyList<ComplianceQuestion> ComplianceQuestions { get; init; } = [];
    public IReadOnlyList<QualityQuestion> QualityQuestions { get; init; } = [];
    public int PriceWeightingPercent { get; init; }
    public int SocialValueWeightingPercent { get; init; } = DefaultSocialValueWeightingPercent;
    public PriceScoringFormula PriceScoringFormula { get; init; } = PriceScoringFormula.LowestPriceRatio;
    public ProcurementRegime Regime { get; init; } = ProcurementRegime.ProcurementAct2023;
    public int? VoluntaryStandstillDays { get; init; }
    public IReadOnlyList<TimetableEntry> Timetable { get; init; } = [];

    /// <summary>Quality questions, price and social value together, in whole percent.</summary>
    public int WeightTotal => QualityQuestions.Sum(q => q.WeightingPercent) + PriceWeightingPercent + SocialValueWeightingPercent;

    public Timetable BuildTimetable() => new(Regime, Timetable, VoluntaryStandstillDays);
}

/// <summary>One uploaded version of an ITT document: the file is an attachment, referred to by id.</summary>
public sealed record IttDocumentVersion(int Number, Guid AttachmentId, string FileName, long SizeBytes, string Sha256,
    DateTimeOffset AddedAt, string AddedByName);

/// <summary>A document of the ITT with every version it has had; the last is the current one.</summary>
public sealed record IttDocument(Guid Id, IttDocumentKind Kind, string Title, IReadOnlyList<IttDocumentVersion> Versions)
{
    public IttDocumentVersion Current => Versions[^1];
}

/// <summary>A file to add as a document version: the attachment already stored, described by name, size and SHA-256.</summary>
public sealed record IttFile(Guid AttachmentId, string FileName, long SizeBytes, string Sha256);
