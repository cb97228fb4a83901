using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Data;

/// <summary>Healthy when the database answers a query and is in write-ahead-log mode.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Commissions.AnyAsync(cancellationToken);
            var mode = await DatabaseInitializer.JournalModeAsync(db, cancellationToken);
            return mode == "wal"
                ? HealthCheckResult.Healthy("Database reachable, journal mode WAL")
                : HealthCheckResult.Degraded($"Database journal mode is '{mode}', not WAL");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Database unreachable", ex);
        }
    }
}
