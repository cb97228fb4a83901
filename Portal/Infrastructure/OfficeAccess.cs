using Portal.Domain.Identity;

namespace Portal.Infrastructure;

/// <summary>The check every office-side service makes first: a supplier user, or someone signed out, gets nothing.</summary>
public static class OfficeAccess
{
    public static OperationResult? Refuse(Actor actor, ILogger logger, string what)
    {
        if (actor.IsOfficeUser) return null;
        logger.LogWarning("Refused {What} to {UserId}, who holds no office role", what, actor.UserId);
        return OperationResult.Forbidden();
    }
}
