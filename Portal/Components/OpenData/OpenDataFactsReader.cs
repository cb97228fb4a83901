using Microsoft.EntityFrameworkCore;
using Portal.Components.PublicRegister;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;

namespace Portal.Components.OpenData;

/// <summary>
/// Reads what the export needs from a commission's records. When a stage was reached comes from the audit trail's
/// transitions (the one record every commission has, whether or not its ITT was built in the portal); what the ITT said
/// comes from the ITT, when there is one.
/// </summary>
internal static class OpenDataFactsReader
{
    public static async Task<OpenDataFacts> ReadAsync(PortalDbContext db, Commission commission, PublishedDecision? published,
        string baseUrl, bool publicOnly, CancellationToken cancellationToken)
    {
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.CommissionId == commission.Id && (e.Trigger != null || e.Action == "ContractSigned"))
            .Select(e => new { e.Trigger, e.Action, e.OccurredAt }).ToListAsync(cancellationToken);
        DateTimeOffset? Last(CommissionTrigger trigger) =>
            events.Where(e => e.Trigger == trigger.ToString()).Select(e => (DateTimeOffset?)e.OccurredAt).Max();

        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commission.Id, cancellationToken);
        var progress = contract is null ? ContractProgress.None : new ContractProgress(
            events.Where(e => e.Action == "ContractSigned").Select(e => (DateTimeOffset?)e.OccurredAt).Max(),
            Last(CommissionTrigger.CommenceService) is not null,
            commission.State == CommissionState.Closed ? contract.ClosedAt ?? Last(CommissionTrigger.CloseContract) : null);

        // The public see the decision only once the register publishes it, and its summary only if not redacted.
        var summary = publicOnly
            ? published?.Sections.FirstOrDefault(s => s.Key == "summary" && !s.IsRedacted)?.Text
            : commission.Summary;
        var decision = publicOnly && published is null ? null : Decision(commission, published, baseUrl);
        var tender = Last(CommissionTrigger.IssueItt) is { } issuedAt
            ? await TenderAsync(db, commission, issuedAt, Last(CommissionTrigger.OpenTenders), cancellationToken)
            : null;
        return new OpenDataFacts(commission.Reference, commission.Title, string.IsNullOrWhiteSpace(summary) ? null : summary,
            commission.Route, decision, tender, contract, progress);
    }

    private static DecisionFacts? Decision(Commission commission, PublishedDecision? published, string baseUrl)
    {
        if (commission is not { DecisionApprovedAt: { } approvedAt, DecisionNumber: { } number, AnnualValueLow: { } low, AnnualValueHigh: { } high,
                InitialTermMonths: { } months })
            return null;
        return new DecisionFacts(number, approvedAt, commission.DecisionRationale, low, high, months, commission.ExtensionOptionCount,
            commission.ExtensionOptionMonths, published is null ? null : $"{baseUrl}/register/decisions/{commission.Id}");
    }

    private static async Task<TenderFacts?> TenderAsync(PortalDbContext db, Commission commission, DateTimeOffset issuedAt, DateTimeOffset? openedAt,
        CancellationToken cancellationToken)
    {
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commission.Id, cancellationToken);
        var deadline = commission.TenderDeadline ?? itt?.TenderDeadline;
        if (deadline is null) return null;
        var content = itt?.Content;
        return new TenderFacts(
            issuedAt,
            commission.ClarificationDeadline ?? itt?.ClarificationDeadline,
            deadline.Value,
            content?.LotId is { } lotId ? await CallOffAsync(db, lotId, cancellationToken) : null,
            content is null ? [] : Criteria(content),
            content?.PriceScoringFormula,
            itt is null ? [] : itt.Documents.Select(d => new TenderDocumentFacts(d.Id, d.Kind, d.Title, d.Current.Number,
                d.Current.AddedAt > issuedAt ? d.Current.AddedAt : issuedAt)).ToList(),
            openedAt,
            commission.TendersReceivedCount);
    }

    private static List<AwardCriterion> Criteria(IttContent content)
    {
        var criteria = content.QualityQuestions
            .Select((q, i) => new AwardCriterion(Criterion.Quality(i).Key, $"Quality question {i + 1}: {q.Text}", q.WeightingPercent)).ToList();
        if (content.SocialValueWeightingPercent > 0) criteria.Add(new AwardCriterion(Criterion.SocialValue.Key, "Social value", content.SocialValueWeightingPercent));
        if (content.PriceWeightingPercent > 0) criteria.Add(new AwardCriterion(Criterion.Price.Key, "Price", content.PriceWeightingPercent));
        return criteria;
    }

    private static async Task<string?> CallOffAsync(PortalDbContext db, Guid lotId, CancellationToken cancellationToken)
    {
        var lot = await db.Lots.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        if (lot is null) return null;
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == lot.FrameworkId)
            .Select(f => new { f.Name, f.ContractingAuthority }).SingleAsync(cancellationToken);
        return $"“{framework.Name}” ({framework.ContractingAuthority}), {lot.Describe()}";
    }
}
