using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Domain.Tendering;

namespace Portal.Components.Tendering;

/// <summary>Whom to tell about a tender: portal users, and the named contact of a supplier that has no portal user yet.</summary>
public sealed record TenderRecipients(IReadOnlyList<string> UserIds, IReadOnlyList<string> Emails)
{
    /// <summary>The users of every invited supplier (or only of <paramref name="onlySupplierId"/>); a supplier with none is emailed at its contact address.</summary>
    public static async Task<TenderRecipients> InvitedSuppliersAsync(PortalDbContext db, Guid ittId, Guid? onlySupplierId = null,
        CancellationToken cancellationToken = default)
    {
        var supplierIds = await db.Set<IttInvitation>().AsNoTracking()
            .Where(i => i.InvitationToTenderId == ittId && (onlySupplierId == null || i.SupplierId == onlySupplierId))
            .Select(i => i.SupplierId).ToListAsync(cancellationToken);
        return await SuppliersAsync(db, supplierIds, cancellationToken);
    }

    public static async Task<TenderRecipients> SuppliersAsync(PortalDbContext db, IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken = default)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.SupplierOrganisationId != null && supplierIds.Contains(u.SupplierOrganisationId.Value))
            .Select(u => new { u.Id, u.SupplierOrganisationId }).ToListAsync(cancellationToken);
        var withUsers = users.Select(u => u.SupplierOrganisationId!.Value).ToHashSet();
        var contacts = await db.SupplierOrganisations.AsNoTracking()
            .Where(s => supplierIds.Contains(s.Id)).Select(s => new { s.Id, s.ContactEmail }).ToListAsync(cancellationToken);
        return new TenderRecipients(users.Select(u => u.Id).ToList(),
            contacts.Where(c => !withUsers.Contains(c.Id)).Select(c => c.ContactEmail).ToList());
    }

    /// <summary>Every procurement officer: clarification questions wait on them.</summary>
    public static async Task<TenderRecipients> ProcurementOfficersAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var ids = await (from user in db.Users.AsNoTracking()
                         join link in db.UserRoles on user.Id equals link.UserId
                         join role in db.Roles on link.RoleId equals role.Id
                         where role.Name == Roles.ProcurementOfficer
                         select user.Id).ToListAsync(cancellationToken);
        return new TenderRecipients(ids, []);
    }
}
