using Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Commissions;
using Portal.Data;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;

namespace Portal.Components.Scheduling;

/// <summary>
/// Fires the timed moves (clarification and tender deadlines) once they fall due. Due moves are read from
/// the database on every tick, so nothing is lost across a restart; each move goes through the same write
/// transaction as a person's, and a commission that has already moved no longer matches, so none fires twice.
/// </summary>
public sealed class TimedMoveService(
    IDbContextFactory<PortalDbContext> contexts,
    CommissionWriter writer,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<TimedMoveService> logger) : BackgroundService
{
    private static readonly Dictionary<CommissionState, CommissionTrigger> TimedTriggers = new()
    {
        [CommissionState.ClarificationPeriod] = CommissionTrigger.ClarificationDeadlinePassed,
        [CommissionState.TenderPeriod] = CommissionTrigger.TenderDeadlinePassed,
    };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(clock, TimeSpan.FromSeconds(configuration.GetValue("Portal:Scheduler:IntervalSeconds", 30)), RunDueMovesAsync,
            logger, "Timed moves failed on this tick; they will be tried again on the next", stoppingToken);

    /// <returns>How many due commissions were looked at and saved.</returns>
    public async Task<int> RunDueMovesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Commissions.AsNoTracking().Where(c => c.NextTimedMoveAt <= now)
                .OrderBy(c => c.NextTimedMoveAt).Select(c => c.Id).ToListAsync(cancellationToken);
        }
        var moved = 0;
        foreach (var id in due)
        {
            var result = await writer.ChangeAsync(id, null, Actor.System, (commission, at) =>
            {
                if (!TimedTriggers.TryGetValue(commission.State, out var trigger)) return;
                var request = new TransitionRequest(Actor.System, at, "The deadline passed");
                if (commission.CanFire(trigger, request)) commission.Fire(trigger, request);
            }, cancellationToken);
            if (result.Succeeded) moved++;
            else logger.LogWarning("Timed move on commission {CommissionId} not made: {Message}", id, result.Message);
        }
        return moved;
    }
}
