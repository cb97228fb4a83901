using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Identity;

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
}
