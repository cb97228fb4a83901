namespace Portal.Infrastructure;

/// <summary>
/// The loop a background service runs: do the work now, then on every tick of a timer driven by the injected clock.
/// A failed run is logged and the next tick tries again; only shutdown ends the loop.
/// </summary>
public static class PeriodicWork
{
    public static async Task RunAsync(TimeProvider clock, TimeSpan interval, Func<CancellationToken, Task> work, ILogger logger,
        string failureMessage, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Failure}", failureMessage);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
