using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Tendering;

namespace Portal.Components.OpenData;

/// <summary>
/// What a commission's export is built from, gathered once from its records; a stage not yet reached is null. Text a
/// reader may not see (a redacted summary, a deferred decision) is already left out here, so the builder never sees it.
/// </summary>
public sealed record OpenDataFacts(
    string Reference,
    string Title,
    string? Summary,
    ProcurementRoute? Route,
    DecisionFacts? Decision,
    TenderFacts? Tender,
    Contract? Contract,
    ContractProgress Progress);

/// <param name="DecisionNoteUrl">The published decision note, or null while it is not on the public register.</param>
public sealed record DecisionFacts(
    string Number,
    DateTimeOffset ApprovedAt,
    string? CommissionerRationale,
    Money AnnualValueLow,
    Money AnnualValueHigh,
    int InitialTermMonths,
    int ExtensionOptionCount,
    int ExtensionOptionMonths,
    string? DecisionNoteUrl);

/// <param name="CallOff">The framework and lot called off from, in words; null when the ITT did not record them.</param>
/// <param name="Criteria">The award criteria in the ITT's order, each with its weight; empty when no ITT was built in the portal.</param>
/// <param name="OpenedAt">When the tender box was opened; null until then.</param>
public sealed record TenderFacts(
    DateTimeOffset IssuedAt,
    DateTimeOffset? ClarificationDeadline,
    DateTimeOffset TenderDeadline,
    string? CallOff,
    IReadOnlyList<AwardCriterion> Criteria,
    PriceScoringFormula? PriceFormula,
    IReadOnlyList<TenderDocumentFacts> Documents,
    DateTimeOffset? OpenedAt,
    int TendersReceived);

public sealed record AwardCriterion(string Key, string Name, int WeightingPercent);

public sealed record TenderDocumentFacts(Guid Id, IttDocumentKind Kind, string Title, int Version, DateTimeOffset PublishedAt);

/// <summary>How far the contract has gone since the award: signed (and when), the service commenced, the contract closed (and when).</summary>
public sealed record ContractProgress(DateTimeOffset? SignedAt, bool ServiceCommenced, DateTimeOffset? ClosedAt)
{
    public static readonly ContractProgress None = new(null, false, null);
}
