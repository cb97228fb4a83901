using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Audit;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Components.Audit;

/// <summary>Checks the whole audit chain, streaming events so a million of them need little memory.</summary>
public sealed class AuditVerificationService(IDbContextFactory<PortalDbContext> contexts, ILogger<AuditVerificationService> logger)
{
    public async Task<OperationResult<ChainVerification>> VerifyAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Administrator))
        {
            logger.LogWarning("{UserId} tried to verify the audit chain without the Administrator role", actor.UserId);
            return OperationResult<ChainVerification>.From(OperationResult.Forbidden());
        }
        var result = await VerifyChainAsync(contexts, cancellationToken);
        if (!result.IsIntact) logger.LogError("Audit chain verification failed: {Message}", result.Message);
        return OperationResult<ChainVerification>.Ok(result);
    }

    public static async Task<ChainVerification> VerifyChainAsync(IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var verifier = new AuditChainVerifier();
        await foreach (var auditEvent in db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            verifier.Check(auditEvent);
            if (verifier.Failed) break;
        }
        return verifier.Result();
    }
}
