using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Components.Notifications;

/// <summary>
/// What other features call to tell people something (ITT issued, addendum, answer published, deadline
/// reminders): one in-portal notification per user and, for each user with an email address, one outbox
/// row, all saved in one transaction so a notification never goes without its email or the other way round.
/// </summary>
public sealed class NotificationSender(
    IDbContextFactory<PortalDbContext> contexts,
    NotificationNotifier notifier,
    TimeProvider clock)
{
    /// <returns>How many users were notified (unknown user ids are skipped).</returns>
    public async Task<int> NotifyAsync(IEnumerable<string> userIds, string subject, string body, string? link, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var ids = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        if (ids.Count == 0) return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var user in users)
        {
            db.Set<Notification>().Add(new Notification
            {
                RecipientUserId = user.Id, Subject = subject, Body = body, Link = link, CreatedAt = now,
            });
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                db.Set<OutboxMessage>().Add(new OutboxMessage
                {
                    To = user.Email, Subject = subject, BodyText = EmailBody(body, link), CreatedAt = now, NextAttemptAt = now,
                });
            }
        }
        // One SaveChanges is one transaction: the notifications and their emails are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(users.Select(u => u.Id));
        return users.Count;
    }

    private static string EmailBody(string body, string? link) =>
        string.IsNullOrWhiteSpace(link) ? body : $"{body}\n\nOpen it in the Commissioning Portal: {link}";
}
