using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;

namespace Portal.Components.PublicRegister;

public sealed record PublishedContractItem(
    string Reference,
    string Title,
    string SupplierName,
    Money Value,
    Money AnnualValue,
    DateOnly AwardedOn,
    DateOnly CallOffEffectiveDate,
    DateOnly CommencementDate,
    DateOnly EndsOn,
    int InitialTermMonths,
    int ExtensionOptionCount,
    int ExtensionOptionMonths,
    DateOnly CurrentEndsOn,
    int ExtensionsTaken,
    bool EndedEarly,
    Guid? PublishedDecisionId);

/// <summary>
/// The register of awarded contracts. A commissioner publishes its contracts over £10,000; here a contract's value is its
/// value over the initial term (extensions not taken are not counted), and it is listed when that is more than £10,000.
/// </summary>
public sealed class ContractRegisterService(IDbContextFactory<PortalDbContext> contexts, PublicRegisterService decisions)
{
    public static readonly Money PublicationThreshold = Money.FromPounds(10_000);
    public const int ShownAtMost = 50;

    private static readonly CommissionState[] AwardedOrLater =
        [CommissionState.Awarded, CommissionState.Mobilisation, CommissionState.ContractManagement, CommissionState.Closed];

    public async Task<IReadOnlyList<PublishedContractItem>> SearchAsync(string? text, DateOnly? awardedFrom, DateOnly? awardedTo,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from contract in db.Contracts.AsNoTracking()
                    join commission in db.Commissions.AsNoTracking() on contract.CommissionId equals commission.Id
                    where AwardedOrLater.Contains(commission.State)
                    select new { contract, commission.Number };
        if (!string.IsNullOrWhiteSpace(text))
        {
            var trimmed = text.Trim();
            var pattern = $"%{trimmed.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            var number = Portal.Components.OpenData.OpenDataService.TryParseReference(trimmed, out var parsed) ? parsed : -1;
            query = query.Where(r => EF.Functions.Like(r.contract.Title, pattern, "\\") || EF.Functions.Like(r.contract.SupplierName, pattern, "\\")
                || r.Number == number);
        }
        if (awardedFrom is { } from) query = query.Where(r => r.contract.AwardedAt >= UkTime.FromUkLocal(from.ToDateTime(TimeOnly.MinValue)));
        if (awardedTo is { } to) query = query.Where(r => r.contract.AwardedAt < UkTime.FromUkLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        // The threshold is applied here rather than in SQL: money is stored as pence behind a converter, and an office awards
        // few enough contracts that reading the matching ones is cheap.
        var rows = (await query.ToListAsync(cancellationToken))
            .Where(r => r.contract.Value > PublicationThreshold)
            .OrderByDescending(r => r.contract.AwardedAt).Take(ShownAtMost).ToList();
        var ids = rows.Select(r => r.contract.CommissionId).ToList();
        var published = await decisions.Published(db).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return rows.Select(r => Item(r.contract, Commission.FormatReference(r.Number), published.Contains(r.contract.CommissionId))).ToList();
    }

    private static PublishedContractItem Item(Contract c, string reference, bool decisionPublished) => new(
        reference, c.Title, c.SupplierName, c.Value, c.AnnualValue, UkTime.DateOf(c.AwardedAt),
        c.CallOffEffectiveDate, c.CommencementDate, c.EndsOn, c.InitialTermMonths, c.ExtensionOptionCount, c.ExtensionOptionMonths,
        c.CurrentEndsOn, c.ExtensionsTaken, c.EndedEarlyOn is not null, decisionPublished ? c.CommissionId : null);
}
