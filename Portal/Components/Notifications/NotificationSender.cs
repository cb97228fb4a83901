using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Components.Notifications;

/// <summary>What to tell people: a subject, a body and, optionally, a portal-relative link to what it is about.</summary>
public sealed record NotificationMessage(string Subject, string Body, string? Link);

/// <summary>
/// What other features call to tell people something (ITT issued, addendum, answer published, deadline
/// reminders): one in-portal notification per user and, for each user with an email address, one outbox
/// row. <see cref="StageAsync"/> adds them to the caller's unit of work, so they commit with the change they
/// announce or not at all; <see cref="NotifyAsync"/> saves them on their own.
/// </summary>
public sealed class NotificationSender(
    IDbContextFactory<PortalDbContext> contexts,
    NotificationNotifier notifier,
    IConfiguration configuration,
    TimeProvider clock)
{
    /// <returns>How many users were notified (unknown user ids are skipped).</returns>
    public async Task<int> NotifyAsync(IEnumerable<string> userIds, string subject, string body, string? link, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notified = await StageAsync(db, userIds, [], new NotificationMessage(subject, body, link), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await PushAsync(notified);
        return notified.Count;
    }

    /// <summary>
    /// Adds a notification for each known user and an email for each with an address, plus an email to each of
    /// <paramref name="otherEmails"/> (people with no portal account, such as a supplier's named contact). Nothing is
    /// saved: the caller's commit does that. Returns the users to <see cref="PushAsync"/> to once it has.
    /// </summary>
    public async Task<IReadOnlyList<string>> StageAsync(PortalDbContext db, IEnumerable<string> userIds, IEnumerable<string> otherEmails,
        NotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Subject);
        var ids = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        var users = ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var user in users)
        {
            db.Set<Notification>().Add(new Notification
            {
                RecipientUserId = user.Id, Subject = message.Subject, Body = message.Body, Link = message.Link, CreatedAt = now,
            });
        }
        var emails = users.Select(u => u.Email).Concat(otherEmails)
            .Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var email in emails)
        {
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                To = email, Subject = message.Subject, BodyText = EmailBody(message), CreatedAt = now, NextAttemptAt = now,
            });
        }
        return users.Select(u => u.Id).ToList();
    }

    /// <summary>Updates the unread count on the open pages of users whose notifications have just committed.</summary>
    public Task PushAsync(IEnumerable<string> userIds) => notifier.NotifyAsync(userIds);

    private string EmailBody(NotificationMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Link)) return message.Body;
        var baseUrl = (configuration["Portal:PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5080").TrimEnd('/');
        return $"{message.Body}\n\nOpen it in the Commissioning Portal: {baseUrl}{message.Link}";
    }
}
