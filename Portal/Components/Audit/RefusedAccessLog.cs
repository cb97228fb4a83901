using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Identity;

namespace Portal.Components.Audit;

/// <summary>
/// Records an attempt to reach something the person may not see (another bidder's response, a sealed tender, a guessed
/// file address) in the log and in the audit trail, so that attempts at access can be found and answered for later.
/// </summary>
public sealed class RefusedAccessLog(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, ILogger<RefusedAccessLog> logger)
{
    public const string Action = "AccessRefused";

    /// <param name="what">What was asked for, e.g. "the response of Pathways to Work CIC before the tender box was opened".</param>
    /// <param name="commissionId">The commission it concerns, when the one asking may know of it (an office user).</param>
    public async Task RecordAsync(Actor actor, string what, Guid? commissionId = null)
    {
        logger.LogWarning("Refused {What} to {UserId}", what, actor.UserId);
        await AuditTrail.AppendAloneAsync(contexts, commissionId, actor, clock.GetUtcNow(), Action,
            $"{(actor.UserId.Length == 0 ? "Someone signed out" : actor.DisplayName)} was refused {what}");
    }
}
