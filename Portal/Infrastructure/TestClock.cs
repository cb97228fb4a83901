using Portal.Components.Scheduling;

namespace Portal.Infrastructure;

/// <summary>
/// The system clock moved forward by an offset that end-to-end tests set, so a browser test can pass a deadline without
/// waiting for it. Only used when <c>Portal:TestClock:Enabled</c> is true in the Development environment.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}

public static class TestClock
{
    public static bool IsEnabled(WebApplicationBuilder builder) =>
        builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Portal:TestClock:Enabled", false);

    /// <summary>POST /testing/clock/advance?minutes=N moves the clock on, then makes every timed move now due, as the scheduler would.</summary>
    public static void MapTestClock(this WebApplication app)
    {
        if (app.Services.GetService<ShiftedClock>() is null) return;
        app.MapPost("/testing/clock/advance", async (int minutes, ShiftedClock clock, TimedMoveService moves) =>
        {
            clock.Advance(TimeSpan.FromMinutes(minutes));
            var moved = 0;
            // One move per commission per run: a tender may pass its clarification and its tender deadline in one jump.
            for (var run = 0; run < 3; run++) moved += await moves.RunDueMovesAsync();
            return TypedResults.Ok(new { now = clock.GetUtcNow(), moved });
        });
    }
}
