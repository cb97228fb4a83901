using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Infrastructure;

namespace Portal.Components.Notifications;

public sealed record NotificationView(Guid Id, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

/// <summary>The signed-in user's own notifications: whose they are is read from the current actor, never from the page.</summary>
public sealed class NotificationService(
    IDbContextFactory<PortalDbContext> contexts,
    ICurrentActor currentActor,
    NotificationNotifier notifier,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<NotificationView>> ListMineAsync(int take = 200, CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync();
        if (userId is null) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Notification>().AsNoTracking()
            .Where(n => n.RecipientUserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(take)
            .Select(n => new NotificationView(n.Id, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync();
        if (userId is null) return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Notification>().CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null, cancellationToken);
    }

    /// <returns>False if there is no such notification of the current user's (someone else's is never touched).</returns>
    public async Task<bool> MarkReadAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync();
        if (userId is null) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notification = await db.Set<Notification>()
            .SingleOrDefaultAsync(n => n.Id == notificationId && n.RecipientUserId == userId, cancellationToken);
        if (notification is null) return false;
        if (notification.ReadAt is null)
        {
            notification.ReadAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await notifier.NotifyAsync([userId]);
        }
        return true;
    }

    /// <returns>How many were marked read.</returns>
    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync();
        if (userId is null) return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unread = await db.Set<Notification>()
            .Where(n => n.RecipientUserId == userId && n.ReadAt == null).ToListAsync(cancellationToken);
        if (unread.Count == 0) return 0;
        var now = clock.GetUtcNow();
        foreach (var notification in unread) notification.ReadAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync([userId]);
        return unread.Count;
    }

    private async Task<string?> UserIdAsync()
    {
        var actor = await currentActor.GetAsync();
        return string.IsNullOrEmpty(actor.UserId) ? null : actor.UserId;
    }
}
