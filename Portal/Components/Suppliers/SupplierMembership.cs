using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;

namespace Portal.Components.Suppliers;

/// <summary>The organisation a supplier user acts for: the only one whose invitations, questions and answers it may see.</summary>
public static class SupplierMembership
{
    public static async Task<Guid?> OrganisationOfAsync(PortalDbContext db, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsSupplier) return null;
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.SupplierOrganisationId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The invitation of the actor's organisation to this ITT; null for anyone else, whatever id they guessed.</summary>
    public static async Task<IttInvitation?> InvitationOfAsync(PortalDbContext db, Actor actor, Guid ittId, CancellationToken cancellationToken = default) =>
        await OrganisationOfAsync(db, actor, cancellationToken) is { } supplierId
            ? await db.Set<IttInvitation>().AsNoTracking()
                .SingleOrDefaultAsync(i => i.InvitationToTenderId == ittId && i.SupplierId == supplierId, cancellationToken)
            : null;
}
