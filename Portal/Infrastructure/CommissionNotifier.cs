namespace Portal.Infrastructure;

/// <summary>
/// Tells every open circuit that a commission changed, so other users' pages refresh without a reload.
/// Subscribers call back into their own circuit through InvokeAsync.
/// </summary>
public sealed class CommissionNotifier(ILogger<CommissionNotifier> logger)
{
    public event Func<Guid, Task>? Changed;

    public async Task NotifyAsync(Guid commissionId)
    {
        var handlers = Changed?.GetInvocationList().Cast<Func<Guid, Task>>() ?? [];
        foreach (var handler in handlers)
        {
            try
            {
                await handler(commissionId);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A page failed to refresh after commission {CommissionId} changed", commissionId);
            }
        }
    }
}
