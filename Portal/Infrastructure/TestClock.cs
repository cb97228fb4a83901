using Portal.Components.Scheduling;

namespace Portal.Infrastructure;

/// <summary>
/// The system clock moved by an offset. Time still runs, so each moment is stamped as it happens, but "now" can be put past
/// a deadline: by end-to-end tests (only when <c>Portal:TestClock:Enabled</c> is true in Development) and by the benchmarks.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Offset += by;

    /// <summary>Moves the clock so that it now reads <paramref name="moment"/>.</summary>
    public void Set(DateTimeOffset moment) => Offset = moment - System.GetUtcNow();
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
