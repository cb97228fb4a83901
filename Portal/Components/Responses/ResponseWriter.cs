using Microsoft.EntityFrameworkCore;
using Portal.Components.Tendering;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;
using Portal.Domain.Tendering.Responses;
using Portal.Infrastructure;

namespace Portal.Components.Responses;

/// <summary>
/// The one write path for a bidder's response, inside the tender's write transaction: the organisation's response loaded
/// (or started), its answers unsealed with the ITT's key, changed by the domain's rules, sealed again and saved.
/// </summary>
public sealed class ResponseWriter(TenderWriter writer, ResponseVault vault)
{
    public const string StaleMessage =
        "Someone in your organisation saved this response since you opened it. Copy anything you have typed, reload the page, and add it again.";

    /// <param name="expectedToken">The response version the bidder's page showed; null where the change does not depend on it.</param>
    public Task<OperationResult> ChangeAsync(Guid ittId, Actor actor, string doing, Guid? expectedToken,
        Func<TenderChange, TenderResponse, ResponseShape, Task> change) =>
        writer.ChangeAsInvitedSupplierAsync(ittId, actor, doing, (work, invitation) => ChangeWithinAsync(work, invitation, actor, expectedToken, change));

    /// <summary>The same change to the response, inside a change to the tender already under way.</summary>
    public async Task ChangeWithinAsync(TenderChange work, IttInvitation invitation, Actor actor, Guid? expectedToken,
        Func<TenderChange, TenderResponse, ResponseShape, Task> change)
    {
        if (invitation.HasDeclined) throw new DomainRuleException("Your organisation declined to bid for this tender, so it cannot send a response.");
        using var cipher = await vault.CipherForAsync(work.Db, work.Itt.Id);
        var response = await work.Db.Set<TenderResponse>()
            .SingleOrDefaultAsync(r => r.InvitationToTenderId == work.Itt.Id && r.SupplierId == invitation.SupplierId);
        if (response is null)
        {
            response = TenderResponse.Start(invitation, actor, work.At);
            work.Db.Set<TenderResponse>().Add(response);
        }
        else
        {
            if (expectedToken is { } token && token != response.ConcurrencyToken) throw new DomainRuleException(StaleMessage);
            ResponseVault.Reveal(response, cipher);
        }
        var version = response.ConcurrencyToken;
        await change(work, response, ResponseShape.Of(work.Itt, work.Commission.InitialTermMonths));
        // Sealed again only when the answers may have changed: an unchanged response keeps its stored bytes.
        if (response.ConcurrencyToken != version || work.Db.Entry(response).State == EntityState.Added) ResponseVault.Seal(response, cipher);
    }
}
