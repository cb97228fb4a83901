namespace Portal.Components.Notifications;

/// <summary>
/// Tells every open circuit that a user's notifications changed, so the app bar's unread count refreshes
/// without a reload. Subscribers call back into their own circuit through InvokeAsync.
/// </summary>
public sealed class NotificationNotifier(ILogger<NotificationNotifier> logger)
{
    public event Func<string, Task>? Changed;

    public async Task NotifyAsync(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds.Distinct())
        {
            var handlers = Changed?.GetInvocationList().Cast<Func<string, Task>>() ?? [];
            foreach (var handler in handlers)
            {
                try
                {
                    await handler(userId);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "A page failed to refresh after notifications changed for user {UserId}", userId);
                }
            }
        }
    }
}
