using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Data;

public static class Transactions
{
    /// <summary>Saves and commits; false when a concurrency token shows someone else changed a row first (nothing is saved).</summary>
    public static async Task<bool> TrySaveAndCommitAsync(this PortalDbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
