using System.Globalization;

namespace Portal.Benchmark.Responses;

/// <summary>
/// Reads another process's resident memory (VmRSS, its working set) and the anonymous part of it (RssAnon: heap and
/// buffers, its private memory) from /proc every 100 ms, keeping the first reading and the highest.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly int _processId;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public MemorySampler(int processId)
    {
        _processId = processId;
        (BaselineRssKb, BaselineAnonKb) = Read();
        (PeakRssKb, PeakAnonKb) = (BaselineRssKb, BaselineAnonKb);
        _sampling = SampleAsync();
    }

    public long BaselineRssKb { get; }
    public long BaselineAnonKb { get; }
    public long PeakRssKb { get; private set; }
    public long PeakAnonKb { get; private set; }
    public int Samples { get; private set; } = 1;

    public double RssGrowthMb => (PeakRssKb - BaselineRssKb) / 1024.0;
    public double AnonGrowthMb => (PeakAnonKb - BaselineAnonKb) / 1024.0;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var (rss, anon) = Read();
                PeakRssKb = Math.Max(PeakRssKb, rss);
                PeakAnonKb = Math.Max(PeakAnonKb, anon);
                Samples++;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private (long RssKb, long AnonKb) Read()
    {
        long rss = 0, anon = 0;
        foreach (var line in File.ReadLines($"/proc/{_processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kilobytes(line);
        }
        return (rss, anon);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
