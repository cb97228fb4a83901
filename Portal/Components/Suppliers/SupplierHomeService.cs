using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Suppliers;

public sealed record SupplierLotView(string Framework, string ContractingAuthority, int LotNumber, string LotName, string Region, SupplierStatus Status);

public sealed record SupplierHomeView(string OrganisationName, string ContactName, string ContactEmail, IReadOnlyList<SupplierLotView> Lots);

/// <summary>What a supplier user sees of its own organisation; nothing of any other, and nothing of the office's.</summary>
public sealed class SupplierHomeService(IDbContextFactory<PortalDbContext> contexts, ICurrentActor currentActor,
    Microsoft.AspNetCore.Identity.UserManager<ApplicationUser> users, ILogger<SupplierHomeService> logger)
{
    public async Task<OperationResult<SupplierHomeView>> GetAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.SupplierUser))
        {
            logger.LogWarning("Refused the supplier home page to {UserId}, who is not a supplier user", actor.UserId);
            return OperationResult<SupplierHomeView>.From(OperationResult.Forbidden());
        }
        var user = await users.FindByIdAsync(actor.UserId);
        if (user?.SupplierOrganisationId is not { } supplierId)
            return OperationResult<SupplierHomeView>.From(OperationResult.NotFound("organisation"));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var supplier = await db.SupplierOrganisations.AsNoTracking().SingleOrDefaultAsync(s => s.Id == supplierId, cancellationToken);
        if (supplier is null) return OperationResult<SupplierHomeView>.From(OperationResult.NotFound("organisation"));
        var lots = await (from lot in db.Lots.AsNoTracking()
                          from member in lot.Members
                          join framework in db.Frameworks.AsNoTracking() on lot.FrameworkId equals framework.Id
                          where member.SupplierId == supplierId
                          orderby framework.Name, lot.Number
                          select new SupplierLotView(framework.Name, framework.ContractingAuthority, lot.Number, lot.Name, lot.Region, member.Status))
            .ToListAsync(cancellationToken);
        return OperationResult<SupplierHomeView>.Ok(new SupplierHomeView(supplier.Name, supplier.ContactName, supplier.ContactEmail, lots));
    }
}
