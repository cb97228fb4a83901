using Microsoft.EntityFrameworkCore;
using Portal.Components.Responses;
using Portal.Data;
using Portal.Domain.Evaluations;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Evaluation;

/// <summary>
/// Every bid in the opened box with its total price (unsealed from its answers), why it was excluded (if it was) and its
/// moderated scores, for the results and the report. Their services decide who may see it; this only reads.
/// </summary>
public sealed class ModeratedSheetSource(IDbContextFactory<PortalDbContext> contexts, ResponseVault vault) : IModeratedSheetSource
{
    public async Task<ModeratedSheet?> GetAsync(Guid commissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var itt = await db.Set<InvitationToTender>().AsNoTracking().SingleOrDefaultAsync(i => i.CommissionId == commissionId, cancellationToken);
        if (itt is null) return null;
        var opening = await db.Set<TenderOpeningRecord>().AsNoTracking().SingleOrDefaultAsync(o => o.InvitationToTenderId == itt.Id, cancellationToken);
        if (opening is null) return null;
        var evaluation = await db.TenderEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.CommissionId == commissionId, cancellationToken);
        var ids = opening.Responses.Select(r => r.ResponseId).ToList();
        var responses = await db.Set<TenderResponse>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        using var cipher = responses.Count > 0 ? await vault.ExistingCipherAsync(db, itt.Id, cancellationToken) : null;
        var bids = new List<ModeratedBid>();
        foreach (var opened in opening.Responses)
        {
            var response = responses.Single(r => r.Id == opened.ResponseId);
            ResponseVault.Reveal(response, cipher!);
            bids.Add(new ModeratedBid(response.Id, response.SupplierId, response.SupplierName, response.Content.TotalPrice,
                evaluation?.ExclusionReason(response.Id), evaluation?.ModeratedScoresOf(response.Id) ?? []));
        }
        return new ModeratedSheet(commissionId, itt.Id, bids, evaluation?.AllModerated ?? false);
    }
}
