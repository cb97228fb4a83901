using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;

namespace Portal.Components.OpenData;

/// <summary>The tender section of each release: as issued, as opened, and as closed by the award.</summary>
public static class OcdsTenders
{
    public static OcdsTender AsIssued(OpenDataFacts facts, TenderFacts tender)
    {
        var decision = facts.Decision;
        var weighted = tender.Criteria.Count > 0;
        return new OcdsTender(
            facts.Reference,
            Title: facts.Title,
            Description: facts.Summary,
            Status: "active",
            Value: decision is null ? null : OcdsReleasePackageBuilder.Value(ContractValue.OverMonths(decision.AnnualValueHigh, decision.InitialTermMonths)),
            MinValue: decision is null ? null : OcdsReleasePackageBuilder.Value(ContractValue.OverMonths(decision.AnnualValueLow, decision.InitialTermMonths)),
            ProcurementMethod: Method(facts.Route),
            ProcurementMethodDetails: MethodDetails(facts.Route, tender.CallOff),
            MainProcurementCategory: "services",
            SubmissionMethod: ["electronicSubmission"],
            SubmissionMethodDetails: "Electronic submission; tenders stay sealed until the deadline has passed and two procurement officers open them together.",
            TenderPeriod: new OcdsPeriod(OcdsDates.Instant(tender.IssuedAt), OcdsDates.Instant(tender.TenderDeadline)),
            EnquiryPeriod: tender.ClarificationDeadline is { } clarifications
                ? new OcdsPeriod(OcdsDates.Instant(tender.IssuedAt), OcdsDates.Instant(clarifications))
                : null,
            AwardCriteria: weighted ? "ratedCriteria" : null,
            AwardCriteriaDetails: weighted ? CriteriaDetails(tender) : null,
            Documents: tender.Documents.Count == 0 ? null : tender.Documents.Select((d, i) => Document(facts.Reference, d, i)).ToList());
    }

    /// <summary>After opening, the number of tenders in the box; never who sent them or what they offered.</summary>
    public static OcdsTender AsOpened(string reference, TenderFacts tender) =>
        new(reference, Status: "active", NumberOfTenderers: tender.TendersReceived);

    /// <summary>
    /// The tender is complete once awarded. Its milestones give, as dates, the two facts of the award that core OCDS has no
    /// field for: when the assessment summaries went to the bidders, and when the standstill ended.
    /// </summary>
    public static OcdsTender AsAwarded(OpenDataFacts facts, Contract contract) =>
        new(facts.Reference, Status: "complete", NumberOfTenderers: facts.Tender?.TendersReceived, Milestones:
        [
            new("assessment-summaries", "Assessment summaries sent to every bidder (notice of the intention to award)", "engagement", "met",
                DateMet: OcdsDates.Instant(contract.AssessmentSummariesSentAt)),
            new("standstill", "End of the standstill period", "approval", "met",
                Description: $"Standstill from {UkTime.Format(contract.StandstillStartedAt)} to {UkTime.Format(contract.StandstillEndedAt)} (UK time). " +
                    OcdsReleasePackageBuilder.Sentence(contract.StandstillRule),
                DueDate: OcdsDates.Instant(contract.StandstillEndedAt), DateMet: OcdsDates.Instant(contract.StandstillEndedAt)),
        ]);

    /// <summary>A framework call-off is "selective": only the suppliers on the lot may bid.</summary>
    private static string Method(ProcurementRoute? route) => route switch
    {
        ProcurementRoute.OpenTender or ProcurementRoute.LightTouchCompetition => "open",
        ProcurementRoute.DirectAward => "direct",
        _ => "selective",
    };

    private static string MethodDetails(ProcurementRoute? route, string? callOff) => route switch
    {
        ProcurementRoute.FrameworkCallOff or null => callOff is null ? "Call-off from a framework agreement" : $"Call-off from framework {callOff}",
        { } other => other.Describe(),
    };

    private static string CriteriaDetails(TenderFacts tender)
    {
        var parts = tender.Criteria.Select(c => c.Key == Criterion.Price.Key && tender.PriceFormula == PriceScoringFormula.LowestPriceRatio
            ? $"{c.Name} ({c.WeightingPercent}%, scored as the lowest compliant price divided by the bidder's price, times the weight)"
            : $"{c.Name} ({c.WeightingPercent}%)");
        return "Compliance questions are pass or fail; each compliant tender is then scored on: " + string.Join("; ", parts) +
            ". Quality questions are scored 0 to 5 against published descriptors.";
    }

    /// <summary>
    /// The ITT's documents by title and type only: their files are for invited suppliers, so no address is given. The id is
    /// the commission's reference and the document's place in the ITT, stable across releases.
    /// </summary>
    private static OcdsDocument Document(string reference, TenderDocumentFacts document, int index) =>
        new($"{reference}-itt-{index + 1}", document.Title, DocumentType(document.Kind), Description: $"Version {document.Version}",
            DatePublished: OcdsDates.Instant(document.PublishedAt), Language: "en");

    private static string DocumentType(IttDocumentKind kind) => kind switch
    {
        IttDocumentKind.Specification => "technicalSpecifications",
        IttDocumentKind.Terms => "contractDraft",
        IttDocumentKind.PricingSchedule => "billOfQuantity",
        IttDocumentKind.Questionnaire => "evaluationCriteria",
        _ => "biddingDocuments",
    };
}
