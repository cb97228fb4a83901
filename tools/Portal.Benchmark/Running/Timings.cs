using System.Globalization;

namespace Portal.Benchmark.Running;

/// <summary>One query's timings, in milliseconds, and what the last call returned.</summary>
public sealed class Timings(string name)
{
    public const double TargetMedianMs = 50;

    private readonly List<double> _samples = [];

    public string Name { get; } = name;
    public string Result { get; set; } = "";

    public void Add(TimeSpan elapsed) => _samples.Add(elapsed.TotalMilliseconds);

    public double Median
    {
        get
        {
            var sorted = Sorted();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>Nearest-rank 95th percentile.</summary>
    public double P95 => Sorted()[(int)Math.Ceiling(0.95 * _samples.Count) - 1];

    public double Max => _samples.Max();

    public bool Passes => Median < TargetMedianMs;

    public static void PrintTable(IReadOnlyList<Timings> all)
    {
        Console.WriteLine("| Query | Median ms | p95 ms | Max ms | Returned | Target (median < 50 ms) |");
        Console.WriteLine("|---|---:|---:|---:|---|---|");
        foreach (var t in all)
            Console.WriteLine($"| {t.Name} | {Ms(t.Median)} | {Ms(t.P95)} | {Ms(t.Max)} | {t.Result} | {(t.Passes ? "PASS" : "FAIL")} |");
    }

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private double[] Sorted() => _samples.Order().ToArray();
}
