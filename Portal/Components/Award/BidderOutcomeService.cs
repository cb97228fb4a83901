using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Award;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Tendering;
using Portal.Infrastructure;

namespace Portal.Components.Award;

public enum BidderOutcomeStatus { IntendedForYou, NotSuccessfulInStandstill, StandstillSuspended, AwardedToYou, AwardedToAnother, Cancelled }

/// <summary>Where a tender's outcome stands for one bidder, as its dashboard shows it.</summary>
public sealed record BidderOutcomeItem(Guid IttId, BidderOutcomeStatus Status, string Headline, string Detail);

/// <summary>A bidder's own letter, with what has happened since it was sent.</summary>
public sealed record BidderOutcomeView(Guid IttId, string Reference, string Title, string OrganisationName, AssessmentSummary Letter,
    DateTimeOffset SentAt, BidderOutcomeItem Status, DateTimeOffset StandstillEndsAt, string StandstillRule, bool StandstillRestarted);

/// <summary>
/// What a supplier user sees of the outcome of the tenders its organisation bid for: its own assessment summary and nothing of
/// any other bidder's. Asking for a tender the organisation was not invited to is refused as not found, logged and audited.
/// </summary>
public sealed class BidderOutcomeService(
    IDbContextFactory<PortalDbContext> contexts,
    RefusedAccessLog refusals,
    ICurrentActor currentActor)
{
    public const string NoOutcomeYetMessage = "No outcome has been announced for this tender yet.";
    public const string NoLetterMessage = "Your organisation did not submit a tender for this one, so there is no assessment summary for it.";

    /// <summary>The outcome of each tender of the organisation's that has one, by ITT.</summary>
    public async Task<IReadOnlyDictionary<Guid, BidderOutcomeItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SupplierMembership.OrganisationOfAsync(db, actor, cancellationToken) is not { } supplierId) return new Dictionary<Guid, BidderOutcomeItem>();
        var intentions = await db.IntentionsToAward.AsNoTracking().Where(i => i.Letters.Any(l => l.SupplierId == supplierId)).ToListAsync(cancellationToken);
        var commissionIds = intentions.Select(i => i.CommissionId).ToList();
        var states = await db.Commissions.AsNoTracking().Where(c => commissionIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.State, cancellationToken);
        return intentions.ToDictionary(i => i.InvitationToTenderId, i => StatusOf(i, states[i.CommissionId], supplierId));
    }

    public async Task<OperationResult<BidderOutcomeView>> GetAsync(Guid ittId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await SupplierMembership.InvitationOfAsync(db, actor, ittId, cancellationToken);
        if (invitation is null)
        {
            await refusals.RecordAsync(actor, $"the outcome letter of ITT {ittId}, to which {(actor.IsSupplier ? "their organisation is not invited" : "they are no bidder")}");
            return OperationResult<BidderOutcomeView>.From(OperationResult.NotFound("outcome letter"));
        }
        var intention = await db.IntentionsToAward.AsNoTracking().SingleOrDefaultAsync(i => i.InvitationToTenderId == ittId, cancellationToken);
        if (intention is null) return OperationResult<BidderOutcomeView>.From(new OperationResult(OperationOutcome.NotFound, NoOutcomeYetMessage));
        if (intention.LetterFor(invitation.SupplierId) is not { } letter)
            return OperationResult<BidderOutcomeView>.From(new OperationResult(OperationOutcome.NotFound, NoLetterMessage));
        var commission = await db.Commissions.AsNoTracking().SingleAsync(c => c.Id == intention.CommissionId, cancellationToken);
        return OperationResult<BidderOutcomeView>.Ok(new BidderOutcomeView(ittId, commission.Reference, commission.Title, letter.SupplierName,
            letter.Summary, letter.SentAt, StatusOf(intention, commission.State, invitation.SupplierId), intention.StandstillEndsAt,
            intention.StandstillRule, intention.StandstillEndsAt != letter.Summary.StandstillEndsAt));
    }

    private static BidderOutcomeItem StatusOf(IntentionToAward intention, CommissionState state, Guid supplierId)
    {
        var won = intention.WinningSupplierId == supplierId;
        var until = $"Intention to award issued — standstill until {UkTime.Format(intention.StandstillEndsAt)}";
        return state switch
        {
            CommissionState.Standstill when won => new(intention.InvitationToTenderId, BidderOutcomeStatus.IntendedForYou, until,
                "We intend to award the contract to your organisation once the standstill period ends."),
            CommissionState.Standstill => new(intention.InvitationToTenderId, BidderOutcomeStatus.NotSuccessfulInStandstill, "Not successful",
                until),
            CommissionState.Suspended => new(intention.InvitationToTenderId, BidderOutcomeStatus.StandstillSuspended, "Standstill suspended",
                "A challenge has been received and is being considered; no contract will be made until it is resolved."),
            CommissionState.Cancelled => new(intention.InvitationToTenderId, BidderOutcomeStatus.Cancelled, "Procurement cancelled",
                "The procurement was cancelled after a challenge; no contract will be awarded."),
            _ when won => new(intention.InvitationToTenderId, BidderOutcomeStatus.AwardedToYou, "Awarded to you",
                "The award of the contract to your organisation is confirmed."),
            _ => new(intention.InvitationToTenderId, BidderOutcomeStatus.AwardedToAnother, "Not successful",
                $"Contract awarded to {intention.WinningSupplierName}"),
        };
    }
}
