namespace Portal.Benchmark.Responses;

/// <summary>
/// The real clock moved by an offset. Time still runs, so each receipt is stamped with its own moment, but "now" can be
/// put a little before the tender deadline, which the demo places days ahead.
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

    /// <summary>Moves the clock so that it now reads <paramref name="moment"/>.</summary>
    public void Set(DateTimeOffset moment) => Offset = moment - System.GetUtcNow();
}
